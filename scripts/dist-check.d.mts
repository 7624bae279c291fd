import type { Configuration } from 'electron-builder';

export const PROJECT_DIR: string;
export function loadConfig(configPath?: string): Configuration;
export function runtimePackages(projectDir?: string): Map<string, string>;

export interface AsarReport {
  /** Files in the archive, the unpacked ones included. */
  files: number;
  /** Package folders under node_modules, nested ones included. */
  packages: number;
  asarBytes: number;
  unpackedBytes: number;
  budgetBytes: number;
  keytarUnpacked: boolean;
  forbidden: number;
  problems: string[];
}
export function inspectAsar(asarPath: string, options?: { runtime?: Map<string, string>; budgetBytes?: number }): AsarReport;

export const REQUIRED_FUSES: Readonly<Record<string, boolean>>;
export function fuseProblems(config: Configuration): string[];
export function binaryFuseProblems(binaryPath: string, config: Configuration): Promise<string[]>;
