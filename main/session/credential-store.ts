// The password lives in the OS keychain and nowhere else (only with "Remember me"): macOS Keychain,
// Windows Credential Manager, or the Secret Service on Linux, through keytar. Its items carry
// the attributes service + account (@napi-rs/keyring writes others: neither finds the other's
// items); the account is user@server,
// so one supervisor can be remembered on several GWS servers. Every failure (no Secret Service,
// a locked keychain, keytar's native module missing) is a value, so signing in still works and
// the UI can say why the password was not remembered.
import type * as KeytarModule from 'keytar';
import { fail, ok, type Problem, type Result } from '../result';
import { KEYCHAIN_REMEDY, keychainUnavailable } from '../../common/words';

export type KeychainProblem = Problem<'keychain-unavailable'>;
type KeychainResult<T> = Promise<Result<T, KeychainProblem>>;

export interface CredentialStore {
  get(account: string): KeychainResult<string | null>;
  set(account: string, password: string): KeychainResult<void>;
  /** True when there was an entry to delete. */
  delete(account: string): KeychainResult<boolean>;
  /** The accounts this app has remembered. */
  list(): KeychainResult<string[]>;
}

/** The keychain's service name for this app's items. */
export const keychainService = 'Supervisor Softphone';

const defaultPorts: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/** user@scheme://host:port: one keychain entry per user and GWS server, the port always spelled. */
export function credentialAccount(userName: string, serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${userName}@${url.protocol}//${url.hostname}:${url.port || defaultPorts[url.protocol]}`;
}

/**
 * The remembered password of userName at serverUrl. An entry of before the account named the
 * scheme (v1: user@host[:port]) is moved to the new account, for https only: that entry may
 * have been made over http, and moving it to https sends it nowhere weaker.
 */
export async function rememberedPassword(store: CredentialStore, userName: string, serverUrl: string): KeychainResult<string | null> {
  const account = credentialAccount(userName, serverUrl);
  const stored = await store.get(account);
  if (!stored.ok || stored.value !== null || new URL(serverUrl).protocol !== 'https:') return stored;
  const legacyAccount = `${userName}@${new URL(serverUrl).host}`;
  const legacy = await store.get(legacyAccount);
  if (!legacy.ok || legacy.value === null) return legacy;
  const moved = await store.set(account, legacy.value);
  if (moved.ok) await store.delete(legacyAccount);
  return legacy;
}

type Keytar = typeof KeytarModule;

export class KeytarCredentialStore implements CredentialStore {
  readonly #service: string;

  constructor(service: string = keychainService) {
    this.#service = service;
  }

  get(account: string): KeychainResult<string | null> {
    return this.#use((keytar) => keytar.getPassword(this.#service, account));
  }

  set(account: string, password: string): KeychainResult<void> {
    return this.#use((keytar) => keytar.setPassword(this.#service, account, password));
  }

  delete(account: string): KeychainResult<boolean> {
    return this.#use((keytar) => keytar.deletePassword(this.#service, account));
  }

  list(): KeychainResult<string[]> {
    return this.#use(async (keytar) => (await keytar.findCredentials(this.#service)).map((entry) => entry.account));
  }

  async #use<T>(action: (keytar: Keytar) => Promise<T>): KeychainResult<T> {
    try {
      // Loaded on first use: a missing native module is then one more "keychain unavailable".
      const keytar = ((await import('keytar')) as { default: Keytar }).default;
      return ok(await action(keytar));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const remedy = KEYCHAIN_REMEDY[process.platform];
      return fail({ code: 'keychain-unavailable', message: keychainUnavailable(reason, remedy) });
    }
  }
}
