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
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
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

/** Ctrl or Cmd (on macOS, Super and Meta are Cmd) with these keys edits or closes in every application. */
const CTRL_OR_CMD = new Set(['CommandOrControl', 'Control', 'Command', 'Super', 'Meta']);
const EDITING_KEYS = new Map([
  ['C', 'copies'],
  ['V', 'pastes'],
  ['X', 'cuts'],
  ['Z', 'undoes'],
  ['A', 'selects all'],
  ['S', 'saves'],
  ['W', 'closes a tab or window'],
  ['Q', 'quits an application'],
  ['Tab', 'moves between tabs'],
]);

/** The spelling RESERVED is keyed by: modifiers sorted, then the key. */
const comboOf = (modifiers: Iterable<string>, key: string) => [...[...new Set(modifiers)].sort(), key].join('+');

/** Combinations the operating system keeps for itself: a global shortcut on one never fires, or takes it from the OS. */
const RESERVED = new Map(
  (
    [
      [['Alt'], 'Tab', 'switches windows'],
      [['Alt', 'Shift'], 'Tab', 'switches windows'],
      [['Alt'], 'F4', 'closes the window on Windows and Linux'],
      [['Alt'], 'Space', 'opens the window menu on Windows'],
      [['Control', 'Alt'], 'Delete', 'opens the Windows security screen'],
      [['Control'], 'Escape', 'opens the Windows Start menu'],
      [['Control', 'Shift'], 'Escape', 'opens the Windows Task Manager'],
      [['Super'], 'L', 'locks the computer on Windows'],
      [['Super'], 'D', 'shows the desktop on Windows'],
      [['Super'], 'Tab', 'opens the Windows task view'],
      [['Command'], 'Tab', 'switches applications on macOS'],
      [['Command'], 'Space', 'opens Spotlight on macOS'],
      [['Command'], 'H', 'hides the application on macOS'],
      [['Command'], 'M', 'minimises the window on macOS'],
      [['Command', 'Alt'], 'Escape', 'opens Force Quit on macOS'],
      [['Command', 'Control'], 'Q', 'locks the screen on macOS'],
      [['Command', 'Shift'], '3', 'takes a screenshot on macOS'],
      [['Command', 'Shift'], '4', 'takes a screenshot on macOS'],
      [['Command', 'Shift'], '5', 'takes a screenshot on macOS'],
      [['Control', 'Alt'], 'Backspace', 'stops the desktop session on Linux'],
      [['Control', 'Alt'], 'Left', 'switches workspaces on Linux'],
      [['Control', 'Alt'], 'Right', 'switches workspaces on Linux'],
      [['Control', 'Alt'], 'L', 'locks the screen on Linux'],
    ] as const
  ).map(([modifiers, key, reason]) => [comboOf(modifiers, key), reason]),
);

/** Each platform's reading of the modifiers: CommandOrControl is Cmd or Ctrl, Super and Meta are the Windows key or Cmd. */
function platformReadings(modifiers: string[]): string[][] {
  let readings: string[][] = [[]];
  for (const modifier of modifiers) {
    const as = modifier === 'CommandOrControl' ? ['Command', 'Control'] : modifier === 'Super' || modifier === 'Meta' ? ['Super', 'Command'] : [modifier];
    readings = readings.flatMap((reading) => as.map((m) => [...reading, m]));
  }
  return readings;
}

/** Why a shortcut that is valid Electron cannot be the barge-in key, or null. */
function taken(modifiers: string[], key: string): string | null {
  // Esc is Electron's other spelling of Escape.
  const named = key === 'Esc' ? 'Escape' : key;
  for (const reading of platformReadings(modifiers)) {
    const reserved = RESERVED.get(comboOf(reading, named));
    if (reserved) return `the operating system keeps it: it ${reserved}`;
  }
  const editing = EDITING_KEYS.get(key);
  if (editing && modifiers.some((m) => CTRL_OR_CMD.has(m)) && modifiers.every((m) => CTRL_OR_CMD.has(m) || m === 'Shift')) {
    return `Ctrl or Cmd with ${key} ${editing} in every application, and a global shortcut would take that away from them`;
  }
  return null;
}

/**
 * Validates a global shortcut and returns it in canonical spelling. Beyond Electron's grammar it
 * asks for a modifier other than Shift (a global shortcut on a bare key would swallow typing),
 * and refuses the editing keys and the combinations the operating system keeps.
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
  const reason = taken(modifiers, keys[0]!);
  if (reason) return { ok: false, reason };
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
