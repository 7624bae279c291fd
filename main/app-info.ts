import type { AppInfo } from '../common/contract';

// Typed as optional: Electron's typings declare them always present, the stand-in has neither.
interface RuntimeVersions {
  readonly node: string;
  readonly electron?: string;
  readonly chrome?: string;
}

/** The app's identity as the window shows it. */
export function appInfo(name: string, version: string, versions: RuntimeVersions = process.versions): AppInfo {
  return {
    name,
    version,
    electron: versions.electron ?? null,
    chrome: versions.chrome ?? null,
    node: versions.node,
    platform: process.platform,
  };
}
