// What CometD reads from GWS before it acts on it: a message that is not one, or advice that
// would stop CometD for good or leave the app deaf, is dropped or made sane here.
import type { CometD, Message } from 'cometd';
import type { Log } from '../../log/diagnostic-log';
import { preview } from '../../log/preview';
import { NOTIFICATION_REASONS } from '../../../common/words';

/** The longest pause between long polls a server may ask for (its advice.interval). */
const MAX_ADVICE_INTERVAL_MS = 5000;
/** The longest a server may ask to hold a long poll (its advice.timeout); CometD's default is 60 s. */
const MAX_ADVICE_TIMEOUT_MS = 120_000;
const RECONNECT_ADVICE = ['retry', 'handshake', 'none'];

/** Registers the incoming filter; `stopping` says whether the app asked CometD to stop. */
export function filterIncomingMessages(cometd: CometD, log: Log, stopping: () => boolean): void {
  cometd.registerExtension('hostile-input', {
    incoming: (message: unknown) => {
      // CometD reads each reply message's channel as a string: one that is not (null, a number,
      // a message without one) throws inside CometD and loses the rest of the reply, its
      // /meta/connect answer with it, and the connection then waits for ever. Dropped here.
      const m = message as Message | null;
      if (m === null || typeof m !== 'object' || typeof m.channel !== 'string' || !m.channel.startsWith('/')) {
        log.warn(`Ignoring a malformed CometD message: ${preview(message)}`);
        return null;
      }
      if (m.advice !== undefined) m.advice = saneAdvice(m.advice, log);
      if (m.advice === undefined) delete m.advice;
      if (m.advice?.reconnect === 'none' && !stopping()) unaskedDisconnect(m, log);
      return m;
    },
  });
}

/**
 * Junk advice makes CometD stop for good: a reconnect it does not know throws inside it (no
 * next long poll, or no retry: "reconnecting" for ever), a pause or a hold of hours leaves the
 * app deaf. Advice that is not sane is dropped, a pause or a hold too long is shortened.
 */
function saneAdvice(advice: unknown, log: Log): Message['advice'] {
  if (advice === null || typeof advice !== 'object' || Array.isArray(advice)) {
    log.warn(`Ignoring CometD advice that is not an object: ${preview(advice)}`);
    return undefined;
  }
  const sane: Record<string, unknown> = { ...advice };
  const drop = (key: string) => {
    log.warn(`Ignoring the CometD advice ${key} GWS gave: ${preview(sane[key])}`);
    delete sane[key];
  };
  if (sane.reconnect !== undefined && !RECONNECT_ADVICE.includes(sane.reconnect as string)) drop('reconnect');
  for (const key of ['interval', 'timeout'] as const) {
    const value = sane[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) drop(key);
  }
  if (typeof sane.interval === 'number' && sane.interval > MAX_ADVICE_INTERVAL_MS) {
    log.warn(`GWS advised waiting ${sane.interval} ms between polls; waiting ${MAX_ADVICE_INTERVAL_MS} ms instead`);
    sane.interval = MAX_ADVICE_INTERVAL_MS;
  }
  if (typeof sane.timeout === 'number' && sane.timeout > MAX_ADVICE_TIMEOUT_MS) {
    log.warn(`GWS advised holding a long poll ${sane.timeout} ms; waiting ${MAX_ADVICE_TIMEOUT_MS} ms at most`);
    sane.timeout = MAX_ADVICE_TIMEOUT_MS;
  }
  return sane;
}

/**
 * Advice 'none' makes CometD disconnect itself and wait for the app, which never asked to stop:
 * after a successful /meta/connect the channel would stay "connected", after a failed one
 * "reconnecting", deaf either way, and the watchdog leaves a disconnected CometD alone (a refused
 * handshake waits for the session to sign in again). So on a /meta/connect, or on a successful
 * handshake, it reads as a lost connection: a failure advising a new handshake, which pace()
 * announces and paces within the handshake budget. A refused handshake keeps its 'none'.
 */
function unaskedDisconnect(m: Message, log: Log): void {
  if (m.channel !== '/meta/connect' && !(m.channel === '/meta/handshake' && m.successful)) return;
  log.warn(`GWS advised not to reconnect on ${m.channel}; connecting again`);
  if (m.successful) {
    m.successful = false;
    m.error = NOTIFICATION_REASONS.noReconnect;
  }
  m.advice = { ...m.advice, reconnect: 'handshake' };
}
