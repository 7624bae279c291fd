import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Prints the renderer's JavaScript size, raw and gzipped, against the 80 kB gzipped aim. */
function reportBundleSize(): Plugin {
  return {
    name: 'report-bundle-size',
    generateBundle(_options, bundle) {
      let raw = 0;
      let gzipped = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        raw += Buffer.byteLength(file.code);
        gzipped += gzipSync(file.code).length;
      }
      const kB = (n: number) => (n / 1000).toFixed(1);
      console.log(`renderer JavaScript: ${kB(raw)} kB, ${kB(gzipped)} kB gzipped (aim: 80 kB gzipped)`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('main/index.ts') },
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
