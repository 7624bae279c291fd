// The app launched as e2e/ launches it, with everything its main process prints kept in a file
// from the first byte (a wrapper tees the stand-in's stdout and stderr: Playwright reads the
// first lines itself before launch() returns), and the stand-in's Chromium profile found: in
// the stand-in, Chromium's profile is a folder of its own, where Electron keeps it inside the
// user-data folder; a secrets scan must cover both.
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { appArgs, executablePath } from '../../e2e/test-support/fixtures';

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  /** The --user-data-dir of the Chromium the stand-in started, while the app runs. */
  chromiumProfile: () => Promise<string | undefined>;
}

/** Launches the app on `userDataDir`; its stdout and stderr are appended to `outputFile`. */
export async function launchCapturing(userDataDir: string, outputFile: string): Promise<LaunchedApp> {
  const wrapper = `${outputFile}.launch.sh`;
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  await writeFile(wrapper, `#!/usr/bin/env bash\nexec ${quote(executablePath)} "$@" > >(tee -a ${quote(outputFile)}) 2> >(tee -a ${quote(outputFile)} >&2)\n`);
  await chmod(wrapper, 0o755);
  const app = await _electron.launch({ executablePath: wrapper, args: appArgs, env: { ...process.env, SOFTPHONE_USER_DATA: userDataDir } });
  try {
    const window = await app.firstWindow();
    await window.waitForURL(/\/index\.html$/, { waitUntil: 'domcontentloaded' });
    return { app, window, chromiumProfile: () => descendantProfile(app.process().pid) };
  } catch (error) {
    // Not returned to the caller, so closed here: a window that never loaded must not leave the app running.
    await app.close().catch(() => undefined);
    throw error;
  }
}

/** The --user-data-dir argument of a descendant of `root`, from /proc. */
async function descendantProfile(root: number | undefined): Promise<string | undefined> {
  if (root === undefined) return undefined;
  const processes = await Promise.all(
    (await readdir('/proc'))
      .filter((pid) => /^\d+$/.test(pid))
      .map(async (pid) => {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
        // The parent pid is the second field after the command, which is in parentheses.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        // Chromium rewrites its command line into one space-separated string, so no split on NUL.
        const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
        return { pid: Number(pid), ppid, cmdline };
      }),
  );
  const family = new Set([root]);
  // Parents come before children in no particular order: repeat until the family stops growing.
  for (let size = 0; size !== family.size;) {
    size = family.size;
    for (const p of processes) if (family.has(p.ppid)) family.add(p.pid);
  }
  for (const p of processes) {
    const dir = family.has(p.pid) ? /--user-data-dir=([^\s\0]+)/.exec(p.cmdline)?.[1] : undefined;
    if (dir) return dir;
  }
  return undefined;
}
