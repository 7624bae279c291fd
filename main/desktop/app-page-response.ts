// The app's own page and its assets, answered for the privileged scheme (app-scheme.ts) from the
// built renderer folder. Plain Node (Request in, Response out), so it is tested without Electron.
// Only GET of a regular file under the folder, on the app's host; the CSP goes with every reply
// as a header as well as in the page's meta tag.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'softphone';
export const APP_HOST = 'app';
/** The window's page; also the only sender main's IPC handlers answer (trusted-sender.ts). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The same policy as renderer/index.html's meta tag (app-page-response.test.ts holds them equal). */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const securityHeaders = { 'Content-Security-Policy': PAGE_CSP, 'X-Content-Type-Options': 'nosniff' };
const refusal = (status: number, text: string) => new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Answers one request for the app's scheme from `root` (out/renderer). */
export async function appPageResponse(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Only GET');
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return refusal(404, 'Not found');
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return refusal(400, 'Bad path');
  }
  const file = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return refusal(404, 'Not found');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return refusal(404, 'Not found');
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = request.method === 'HEAD' ? null : await readFile(file);
  return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': type } });
}
