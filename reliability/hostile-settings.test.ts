// A settings.json the app did not write whole: the cases main/session/settings.test.ts does not
// have (it has: not JSON, refused values, empty). Each is set aside as settings.json.bad-<time>,
// the defaults are used with a warning in words, and saving then works and reads back. And a
// save killed in the middle (a real child process, SIGKILL) leaves a whole file behind.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema, SettingsStore } from '../main/session/settings';
import { until } from '../test-support/events';
import { quiet } from '../test-support/quiet-log';
import { seededRandom } from '../test-support/seeded-random';
import { fuzzSeed } from './test-support/hostile-ipc';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-hostile-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const file = () => path.join(dir, 'settings.json');
const at = () => new Date('2026-12-01T10:00:00.000Z');
const kept = 'settings.json.bad-2026-12-01T10-00-00-000Z';

/** A file as the app writes it, with some settings changed. */
const savedText = `${JSON.stringify({ ...defaultSettings, serverUrl: 'https://gws.example.com', userName: 'supervisor1', theme: 'dark' }, null, 2)}\n`;
const byte = seededRandom(7);
const garbage = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(byte() * 256)));

describe('a settings file the app cannot use', () => {
  it.each<[string, () => Promise<void>, RegExp]>([
    ['cut off in the middle', () => writeFile(file(), savedText.slice(0, savedText.length / 2)), /it is not valid JSON/],
    ['binary garbage', () => writeFile(file(), garbage), /it is not valid JSON/],
    ['NUL bytes (a block never written)', () => writeFile(file(), Buffer.alloc(512)), /it is not valid JSON/],
    ['JSON, but an array', () => writeFile(file(), '[{"theme": "dark"}]'), /invalid values for the whole file/],
    ['JSON, but a number', () => writeFile(file(), '42'), /invalid values for the whole file/],
    ['JSON null', () => writeFile(file(), 'null'), /invalid values for the whole file/],
    ['a 10 MB user name', () => writeFile(file(), JSON.stringify({ userName: 'x'.repeat(10 * 1024 * 1024) })), /invalid values for userName/],
    ['a folder', () => mkdir(file()), /it cannot be read: EISDIR/],
  ])('%s: set aside, defaults with a warning, then saved and read back', async (_label, make, reason) => {
    await make();
    const { store, warning } = await SettingsStore.open(dir, quiet, at);
    expect(store.get()).toEqual(defaultSettings);
    expect(warning?.code).toBe('settings-reset');
    expect(warning?.message).toMatch(reason);
    expect(warning?.message).toMatch(new RegExp(`so the app started with default settings; it was kept as ${kept}\\.$`));
    expect((await readdir(dir)).sort()).toEqual([kept]);

    expect(await store.update({ theme: 'light', userName: 'supervisor2' })).toMatchObject({ ok: true });
    const again = await SettingsStore.open(dir, quiet, at);
    expect(again.warning).toBeUndefined();
    expect(again.store.get()).toEqual({ ...defaultSettings, theme: 'light', userName: 'supervisor2' });
  });

  it('a "__proto__" key is a key the schema drops, not a prototype: nothing polluted, no warning', async () => {
    await writeFile(file(), '{"theme": "dark", "__proto__": {"polluted": true, "theme": "light"}}');
    const { store, warning } = await SettingsStore.open(dir, quiet, at);
    expect(warning).toBeUndefined();
    expect(store.get()).toEqual({ ...defaultSettings, theme: 'dark' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a temp file left by an interrupted save beside a whole settings.json: the whole file is used, saving works', async () => {
    await writeFile(file(), savedText);
    // write-file-atomic's temp name: settings.json.<hash>; what a crash before its rename leaves.
    await writeFile(path.join(dir, 'settings.json.1843713541'), savedText.slice(0, 40));
    const { store, warning } = await SettingsStore.open(dir, quiet, at);
    expect(warning).toBeUndefined();
    expect(store.get()).toMatchObject({ serverUrl: 'https://gws.example.com', theme: 'dark' });
    expect(await store.update({ theme: 'system' })).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ serverUrl: 'https://gws.example.com', theme: 'system' });
  });
});

describe('a save killed in the middle', () => {
  it('leaves the last whole file each time (5 kills at random moments of a save loop)', async () => {
    const seed = fuzzSeed();
    console.log(`settings kill moments seed ${seed}: HOSTILE_SEED=${seed} repeats it`);
    const random = seededRandom(seed);
    const writer = path.join(import.meta.dirname, 'test-support', 'hostile-settings-writer.ts');
    for (let kill = 0; kill < 5; kill++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      let saves = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        const last = chunk.toString().trim().split('\n').at(-1);
        if (last) saves = Number(last);
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Kill after it has saved a while: at a random point of some save. Killed even when the
      // wait fails, or it would go on writing into a folder afterEach deletes.
      const enough = 20 + Math.floor(random() * 200);
      try {
        await until(() => saves >= enough, `${enough} saves`, 20_000);
      } finally {
        child.kill('SIGKILL');
        await exited;
      }

      const text = await readFile(file(), 'utf8');
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      expect(parsed.success, `after kill ${kill + 1}: ${text.slice(0, 80)}`).toBe(true);
      // The last save it reported, or the one after it (done, but not yet reported).
      const n = Number(parsed.data?.userName.replace('supervisor', ''));
      expect([saves, saves + 1]).toContain(n);
      const { warning } = await SettingsStore.open(dir, quiet, at);
      expect(warning).toBeUndefined();
    }
  });
});
