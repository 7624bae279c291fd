// The app scheme's answers, on a real folder: the page and its assets with the CSP as a header,
// nothing outside the folder, nothing but GET.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appPageResponse, PAGE_CSP } from './app-page-response';

let dir: string;
let root: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-scheme-'));
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'assets', 'index-1.js'), 'export {};');
  await writeFile(path.join(dir, 'secret.txt'), 'not for the page');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appPageResponse(root, new Request(url, { method }));

describe('the app scheme', () => {
  it('security 15.10 serves the page from softphone://app/ with the CSP as a response header', async () => {
    const page = await get(APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<!doctype html><title>app</title>');
    const script = await get('softphone://app/assets/index-1.js');
    expect([script.status, script.headers.get('content-type'), script.headers.get('content-security-policy')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      PAGE_CSP,
    ]);
  });

  it('answers nothing outside the renderer folder, on another host, or but GET', async () => {
    for (const url of [
      'softphone://app/../secret.txt',
      'softphone://app/%2e%2e/secret.txt',
      'softphone://app/..%2fsecret.txt',
      'softphone://other/index.html',
      'softphone://app/',
      'softphone://app/assets',
      'softphone://app/missing.js',
    ]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(await reply.text(), url).not.toContain('not for the page');
    }
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405);
    expect((await get('softphone://app/%E0%A4%A.html')).status).toBe(400);
  });

  it("sends the same policy as renderer/index.html's meta tag", async () => {
    const html = await readFile(path.join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    expect(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]).toBe(PAGE_CSP);
  });
});
