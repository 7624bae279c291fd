// The rotating diagnostic log (<userData>/logs/main.log, redacted), written by electron-log's Node entry point,
// which needs no Electron, so the core logs the same way in the app, in tools and in tests.
// Every message passes the redactor before any transport sees it.
import electronLog from 'electron-log/node';
import path from 'node:path';
import type { Redactor } from './redact';

/** What the core needs from a logger: levels, nothing else. */
export interface Log {
  error(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  info(...params: unknown[]): void;
  debug(...params: unknown[]): void;
}

export interface DiagnosticLog extends Log {
  /** The current log file; electron-log rotates it to main.old.log at 1 MB. */
  readonly file: string;
}

export interface DiagnosticLogOptions {
  /** The folder of the log file, e.g. <userData>/logs. */
  dir: string;
  redactor: Redactor;
  /** Lowest level echoed to the console; false for none. Default 'warn'. */
  consoleLevel?: 'error' | 'warn' | 'info' | false;
}

let instances = 0;

export function createDiagnosticLog({ dir, redactor, consoleLevel = 'warn' }: DiagnosticLogOptions): DiagnosticLog {
  // A separate logger per call, so tests and tools can keep their logs apart.
  const logger = electronLog.create({ logId: `diagnostic-${++instances}` });
  const file = path.join(dir, 'main.log');
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.level = 'debug';
  // Readable by the user alone, like the activity log: it names servers, agents and calls.
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.console.level = consoleLevel;
  logger.hooks.push((message) => ({ ...message, data: message.data.map((item: unknown) => redactor.redact(item)) }));
  return {
    error: (...params) => logger.error(...params),
    warn: (...params) => logger.warn(...params),
    info: (...params) => logger.info(...params),
    debug: (...params) => logger.debug(...params),
    file,
  };
}
