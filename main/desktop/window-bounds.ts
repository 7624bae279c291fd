// The window reopens where the supervisor left it (issue: "window bounds remembered"), in
// <userData>/window-state.json: not a setting, so never in settings.json. Bounds that no longer
// fit any display (a monitor unplugged) are dropped and the window opens centred.
import type { BrowserWindow, Rectangle } from 'electron';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { parseJson } from '../parse-json';

const boundsSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(200), height: z.number().int().min(200) });

export function savedBounds(userData: string, displays: Rectangle[]): Rectangle | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(userData, 'window-state.json'), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = boundsSchema.safeParse(parseJson(text));
  if (!parsed.success) return undefined;
  const b = parsed.data;
  // Visible if its title bar's middle lies on some display.
  const visible = displays.some((d) => b.x + b.width / 2 >= d.x && b.x + b.width / 2 < d.x + d.width && b.y >= d.y && b.y < d.y + d.height);
  return visible ? b : undefined;
}

/**
 * Saves the bounds a moment after each move or resize, and when the window closes: then
 * synchronously, since the process may end right after (Quit).
 */
export function rememberBounds(window: BrowserWindow, userData: string, onError: (error: unknown) => void): void {
  const file = path.join(userData, 'window-state.json');
  let timer: NodeJS.Timeout | undefined;
  const bounds = () => JSON.stringify(window.getBounds());
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void writeFileAtomic(file, bounds()).catch(onError), 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    try {
      mkdirSync(userData, { recursive: true });
      writeFileAtomic.sync(file, bounds());
    } catch (error) {
      onError(error);
    }
  });
}
