// Turns a key press into an Electron accelerator, for the shortcut setting. Keys are read from
// KeyboardEvent.code (the physical key), so the shortcut does not change with the keyboard
// layout; Ctrl (Cmd on macOS) is written CommandOrControl so one setting fits every platform.
import { checkAccelerator } from '../../../common/accelerator';
import { SHORTCUT_WORDS } from '../../../common/words';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type Captured =
  { kind: 'pending'; modifiers: string[] } | { kind: 'valid'; accelerator: string } | { kind: 'invalid'; attempted: string; reason: string };

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS', 'Super', 'Hyper']);

const CODES: Record<string, string> = {
  Space: 'Space',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Escape: 'Escape',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
  PrintScreen: 'PrintScreen',
};

function keyOf(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1]!;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return CODES[code] ?? null;
}

function modifiersOf(press: KeyPress, platform: string): string[] {
  const mac = platform === 'darwin';
  const list: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) list.push('CommandOrControl');
  if (mac && press.ctrlKey) list.push('Control');
  if (press.altKey) list.push('Alt');
  if (press.shiftKey) list.push('Shift');
  if (!mac && press.metaKey) list.push('Super');
  return list;
}

export function captureAccelerator(press: KeyPress, platform: string): Captured {
  const modifiers = modifiersOf(press, platform);
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'pending', modifiers };
  const key = keyOf(press.code);
  const attempted = [...modifiers, key ?? press.key].join('+');
  if (!key) return { kind: 'invalid', attempted, reason: SHORTCUT_WORDS.keyNotAllowed(press.key || press.code) };
  const checked = checkAccelerator(attempted);
  return checked.ok ? { kind: 'valid', accelerator: checked.accelerator } : { kind: 'invalid', attempted, reason: checked.reason };
}
