// Electron's accelerator grammar (docs: "Accelerator"), checked before registration so a bad
// shortcut setting is an error in words, not an exception from globalShortcut.register.
import { EDITING_KEY_DOES, OS_KEEPS, SHORTCUT_CHECK_WORDS } from './words/shortcut-check';

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
const EDITING_KEYS = new Map<string, string>(Object.entries(EDITING_KEY_DOES));

/** The spelling RESERVED is keyed by: modifiers sorted, then the key. */
const comboOf = (modifiers: Iterable<string>, key: string) => [...[...new Set(modifiers)].sort(), key].join('+');

/** Combinations the operating system keeps for itself: a global shortcut on one never fires, or takes it from the OS. */
const RESERVED = new Map(
  (
    [
      [['Alt'], 'Tab', OS_KEEPS.switchWindows],
      [['Alt', 'Shift'], 'Tab', OS_KEEPS.switchWindows],
      [['Alt'], 'F4', OS_KEEPS.closeWindow],
      [['Alt'], 'Space', OS_KEEPS.windowMenu],
      [['Control', 'Alt'], 'Delete', OS_KEEPS.securityScreen],
      [['Control'], 'Escape', OS_KEEPS.startMenu],
      [['Control', 'Shift'], 'Escape', OS_KEEPS.taskManager],
      [['Super'], 'L', OS_KEEPS.lockWindows],
      [['Super'], 'D', OS_KEEPS.desktop],
      [['Super'], 'Tab', OS_KEEPS.taskView],
      [['Command'], 'Tab', OS_KEEPS.switchApplications],
      [['Command'], 'Space', OS_KEEPS.spotlight],
      [['Command'], 'H', OS_KEEPS.hide],
      [['Command'], 'M', OS_KEEPS.minimise],
      [['Command', 'Alt'], 'Escape', OS_KEEPS.forceQuit],
      [['Command', 'Control'], 'Q', OS_KEEPS.lockMac],
      [['Command', 'Shift'], '3', OS_KEEPS.screenshot],
      [['Command', 'Shift'], '4', OS_KEEPS.screenshot],
      [['Command', 'Shift'], '5', OS_KEEPS.screenshot],
      [['Control', 'Alt'], 'Backspace', OS_KEEPS.endSession],
      [['Control', 'Alt'], 'Left', OS_KEEPS.switchWorkspaces],
      [['Control', 'Alt'], 'Right', OS_KEEPS.switchWorkspaces],
      [['Control', 'Alt'], 'L', OS_KEEPS.lockLinux],
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
    if (reserved) return SHORTCUT_CHECK_WORDS.osKeeps(reserved);
  }
  const editing = EDITING_KEYS.get(key);
  if (editing && modifiers.some((m) => CTRL_OR_CMD.has(m)) && modifiers.every((m) => CTRL_OR_CMD.has(m) || m === 'Shift')) {
    return SHORTCUT_CHECK_WORDS.editing(key, editing);
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
  if (parts.some((p) => p === '')) return { ok: false, reason: SHORTCUT_CHECK_WORDS.notACombination(input) };
  const modifiers: string[] = [];
  const keys: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS.get(part.toLowerCase());
    const key = modifier ? undefined : keyName(part);
    if (modifier) {
      if (modifiers.includes(modifier)) return { ok: false, reason: SHORTCUT_CHECK_WORDS.twice(modifier) };
      modifiers.push(modifier);
    } else if (key) keys.push(key);
    else return { ok: false, reason: SHORTCUT_CHECK_WORDS.unknownKey(part) };
  }
  if (keys.length !== 1) return { ok: false, reason: SHORTCUT_CHECK_WORDS.oneKey };
  if (!modifiers.some((m) => m !== 'Shift')) {
    return { ok: false, reason: SHORTCUT_CHECK_WORDS.needsModifier };
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
