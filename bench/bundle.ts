// Figure 6: the renderer's JavaScript in out/renderer (npm run bench builds it first), gzipped
// as the build measures it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsSize, kB } from '../scripts/renderer-js-size';
import { figure, type Figure } from './figure';
import { round2 } from './stats';

const rendererDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

export async function measureBundle(log: (line: string) => void): Promise<Figure[]> {
  const entries = await readdir(rendererDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.join(e.parentPath, e.name));
  if (files.length === 0) throw new Error(`no JavaScript in ${rendererDir}: run npm run build first`);
  const size = jsSize(await Promise.all(files.map((f) => readFile(f))));
  log(`  ${files.length} file(s): ${kB(size.raw).toFixed(1)} kB raw, ${kB(size.gzipped).toFixed(1)} kB gzipped`);
  return [figure('renderer_js_gzip_kb', round2(kB(size.gzipped)), 'kB', '<= 80')];
}
