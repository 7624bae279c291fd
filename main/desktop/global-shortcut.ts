import { globalShortcut } from 'electron';
import { checkAccelerator } from '../../common/accelerator';
import type { ShortcutStatus } from '../../common/contract';
import { SHORTCUT_REFUSALS } from '../../common/words';

/**
 * Registers the barge-in shortcut. Electron answers a shortcut another application owns with
 * false, and a malformed one with an exception: both become a reason the supervisor can read.
 */
export function registerGlobalShortcut(accelerator: string, onPress: () => void): ShortcutStatus {
  const checked = checkAccelerator(accelerator);
  if (!checked.ok) return { state: 'failed', accelerator, reason: checked.reason };
  try {
    if (globalShortcut.register(checked.accelerator, onPress)) return { state: 'registered', accelerator: checked.accelerator };
    return { state: 'failed', accelerator: checked.accelerator, reason: SHORTCUT_REFUSALS.taken };
  } catch (error) {
    return { state: 'failed', accelerator: checked.accelerator, reason: SHORTCUT_REFUSALS.refused(String(error)) };
  }
}
