import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { describeJsSize, jsSize } from './scripts/renderer-js-size';

/** Prints the renderer's JavaScript size, raw and gzipped, against the 80 kB gzipped aim. */
function reportBundleSize(): Plugin {
  return {
    name: 'report-bundle-size',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
      console.log(describeJsSize(jsSize(chunks)));
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The team worker is an entry of its own: main starts it by file (main/supervisor/team-read.ts).
      lib: { entry: { index: resolve('main/index.ts'), 'team-worker': resolve('main/supervisor/team-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('preload/index.ts') },
      // A sandboxed preload cannot load ESM; the package's "type":"module" would make it so.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [svelte(), reportBundleSize()],
  },
});
