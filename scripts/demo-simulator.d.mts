export const demoSimulatorArgs: readonly string[];
