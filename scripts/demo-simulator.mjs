// The simulator npm start runs: its flags, in one place, so the test of the demo
// (scripts/demo-simulator.test.ts) starts the very same one.

/** Arguments after `sim/cli.ts`: a free port, 6 calls a minute, the demo line-up (sim/README.md, "Demo"). */
export const demoSimulatorArgs = ['--port', '0', '--traffic', '6', '--demo'];
