// Redaction of hostile server text (issue 18): the real Redactor (main/log/redact.ts), which runs
// on the main loop for every line logged, on 1 MB of adversarial text of each kind that once cost
// time (issue 15, finding 1), with the secrets a signed-in session holds registered. The figure is
// the slowest kind's p95: a redaction, preempted or not, must stay within a long task's 50 ms.
import { MAX_ISSUED_SECRETS, Redactor } from '../main/log/redact';
import { figure, type Figure } from './figure';
import { median, percentile, round2 } from './stats';

export interface RedactOptions {
  /** Redactions timed per kind of text. */
  runs: number;
  log: (line: string) => void;
}

const MB = 1024 * 1024;

/** Texts that make a careless pattern backtrack, or a careless cut copy the megabyte. */
const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['unbroken letters', 'a'.repeat(MB)],
  ['repeated x://', 'x://'.repeat(MB / 4)],
  ['repeated separators', ':/@;= '.repeat(MB / 6)],
  ['a URL with a megabyte of user info', `see http://${'u'.repeat(MB / 2)}:${'p'.repeat(MB / 2)} now`],
  ['repeated cookie names', 'JSESSIONID='.repeat(MB / 11)],
  ['repeated Basic', 'Basic '.repeat(MB / 6)],
  ['repeated query secrets', '?password=&token='.repeat(MB / 17)],
];

export function measureRedaction({ runs, log }: RedactOptions): Figure[] {
  const redactor = new Redactor();
  // As in a session: the password and its Basic form, and a full set of issued cookies and tokens.
  redactor.addSecret('hunter2!');
  redactor.addSecret(`Basic ${Buffer.from('supervisor1:hunter2!').toString('base64')}`);
  for (let i = 0; i < MAX_ISSUED_SECRETS; i++) redactor.addIssuedSecret(`cookie-value-${i}-${'z'.repeat(24)}`);
  const p95s: number[] = [];
  for (const [label, text] of ADVERSARIAL) {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      // As the log calls it: a line's fields, the server's text among them.
      const started = performance.now();
      redactor.redact({ statusMessage: text, nested: [text] });
      times.push(performance.now() - started);
    }
    p95s.push(percentile(times, 95));
    log(`  1 MB of ${label}: ms p50 ${median(times).toFixed(3)}  p95 ${percentile(times, 95).toFixed(3)}  max ${Math.max(...times).toFixed(3)}  (n=${runs})`);
  }
  return [figure('redact_1mb_p95_ms', round2(Math.max(...p95s)), 'ms', '<= 50')];
}
