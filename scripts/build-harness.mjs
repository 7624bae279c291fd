// Builds the Electron stand-in (e2e/harness) into plain CommonJS for `node -r` and require().
// `electron` stays external: register.cjs resolves it at run time, so app and harness share one instance.
import { build } from 'esbuild';

const t0 = performance.now();
await build({
  entryPoints: ['e2e/harness/standin/electron.ts', 'e2e/harness/standin/boot.ts'],
  outdir: 'e2e/harness/dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['playwright-core', 'esbuild', 'electron'],
});
console.log(`stand-in built in ${(performance.now() - t0).toFixed(0)} ms`);
