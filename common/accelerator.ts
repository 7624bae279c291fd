// Electron's accelerator grammar (docs: "Accelerator"), checked before registration so a bad
// shortcut setting is an error in words, not an exception from globalShortcut.register.

const MODIFIERS = new Map<string, string>([
  ['commandorcontrol', 'CommandOrControl'],
  ['cmdorctrl', 'CommandOrControl'],
  ['command', 'Command'],
  ['cmd', 'Command'],
  ['control', 'Control'],
  ['ctrl', 'Control'],
  ['alt', 'Alt'],
  ['option', 'Alt'],
  ['altgr', 'AltGr'],
  ['shift', 'Shift'],
  ['super', 'Super'],
  ['meta', 'Meta'],
]);

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'VolumeUp', 'VolumeDown',
  'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause', 'PrintScreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const KEYS = new Map<string, string>(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;+=<,_->.?/~`{]}[|\\"\'']);

function keyName(part: string): string | undefined {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (PUNCTUATION.has(part)) return part;
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (/^num[0-9]$/i.test(part)) return part.toLowerCase();
  return KEYS.get(part.toLowerCase());
}

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; reason: string };

/**
 * Validates a global shortcut and returns it in canonical spelling. Beyond Electron's grammar it
 * asks for a modifier other than Shift: a global shortcut on a bare key would swallow typing.
 */
export function checkAccelerator(input: string): AcceleratorCheck {
  // '+' separates parts, so a literal plus key is spelled "Plus".
  const parts = input.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { ok: false, reason: `"${input}" is not a key combination` };
  const modifiers: string[] = [];
  const keys: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS.get(part.toLowerCase());
    const key = modifier ? undefined : keyName(part);
    if (modifier) {
      if (modifiers.includes(modifier)) return { ok: false, reason: `${modifier} appears twice` };
      modifiers.push(modifier);
    } else if (key) keys.push(key);
    else return { ok: false, reason: `"${part}" is not a key Electron knows` };
  }
  if (keys.length !== 1) return { ok: false, reason: 'a shortcut needs exactly one key besides its modifiers' };
  if (!modifiers.some((m) => m !== 'Shift')) {
    return { ok: false, reason: 'a global shortcut needs Ctrl, Alt, Cmd or Super, or it would steal ordinary typing' };
  }
  return { ok: true, accelerator: [...modifiers, ...keys].join('+') };
}

/** How the shortcut reads on this platform: CommandOrControl is Cmd on macOS, Ctrl elsewhere. */
export function acceleratorLabel(accelerator: string, platform: string): string {
  const mac = platform === 'darwin';
  return accelerator
    .split('+')
    .map((p) => (p === 'CommandOrControl' ? (mac ? 'Cmd' : 'Ctrl') : p === 'Control' ? 'Ctrl' : p))
    .join('+');
}
