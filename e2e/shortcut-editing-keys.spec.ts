// Security 15.9: the barge-in key cannot be an editing key or a combination the OS keeps; the
// settings field says why, and the shortcut in use stays.
import { expect, signIn, test } from './test-support/console-fixture';

test('security 15.9 barge-in key is not an editing key: Ctrl+C and Ctrl+Shift+Z are refused in settings, with the reason', async ({ window, sim }) => {
  await signIn(window, sim);
  await window.getByRole('button', { name: 'Settings' }).click();
  await expect(window.getByTestId('shortcut-current')).toHaveText('Ctrl+Shift+B');
  const error = window.locator('#settings-bargeInShortcut-error');

  await window.getByRole('button', { name: 'Change shortcut…' }).click();
  await expect(window.getByRole('textbox', { name: /New barge-in shortcut/ })).toBeFocused();
  await window.keyboard.press('Control+C');
  await expect(error).toHaveText(
    'Ctrl+C cannot be the shortcut: Ctrl or Cmd with C copies in every application, and a global shortcut would take that away from them.',
  );
  await window.keyboard.press('Control+Shift+Z');
  await expect(error).toContainText('Ctrl+Shift+Z cannot be the shortcut: Ctrl or Cmd with Z undoes in every application');
  await window.keyboard.press('Escape');

  await expect(window.getByTestId('shortcut-current')).toHaveText('Ctrl+Shift+B');
  await expect(window.getByTestId('shortcut-status')).toHaveText(/Active: Ctrl\+Shift\+B/);
});
