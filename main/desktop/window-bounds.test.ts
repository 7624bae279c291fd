import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedBounds } from './window-bounds';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bounds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const display = { x: 0, y: 0, width: 1920, height: 1080 };
const write = (text: string) => writeFileSync(path.join(dir, 'window-state.json'), text);

describe('saved window bounds', () => {
  it('come back when they are on a display', () => {
    write(JSON.stringify({ x: 100, y: 50, width: 1000, height: 700 }));
    expect(savedBounds(dir, [display])).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('are dropped when their display is gone', () => {
    write(JSON.stringify({ x: 2500, y: 50, width: 1000, height: 700 }));
    expect(savedBounds(dir, [display])).toBeUndefined();
  });

  it('are ignored when the file is missing, corrupt or out of shape', () => {
    expect(savedBounds(dir, [display])).toBeUndefined();
    write('{"x": 1');
    expect(savedBounds(dir, [display])).toBeUndefined();
    write(JSON.stringify({ x: 0, y: 0, width: 10, height: 10 }));
    expect(savedBounds(dir, [display])).toBeUndefined();
  });
});
