// One source of words (issue 16): every action label is written only in common/actions.ts, and
// every monitoring word only in common/words/monitoring.ts. The app's other sources (main/,
// common/, preload/, renderer/src, tests left out) must read them from there, so renaming
// "Barge in" is one edit. A word is found where it stands as a whole string literal, or as the
// text of a Svelte element, which is how a copy would be written.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIONS, type ActionRow } from '../common/actions';
import { MONITORING_MODES, MONITORING_SCOPES, MONITORING_STATES } from '../common/words';

const root = path.resolve(import.meta.dirname, '..');
const SOURCES = ['main', 'common', 'preload', 'renderer/src'];
const CATALOGUE = 'common/actions.ts';
const MONITORING_WORDS = 'common/words/monitoring.ts';

const targets: Record<string, ActionRow>[] = Object.values(ACTIONS);
const rows = targets.flatMap((target) => Object.values(target));
/**
 * Labels that are also GWS's names (the operation "Answer", the monitoring state "Coach"): main
 * and the simulator spell those names as protocol, so a grep cannot tell a copy of the word
 * from the name. They are listed, so a new one is a decision.
 */
const GWS_NAMES = new Set<string>([...rows.map((r) => r.operation), ...Object.keys(MONITORING_STATES)]);

const actionLabels = [...new Set(rows.map((r) => r.label))];
const monitoringWords = [
  ...new Set([
    ...Object.values(MONITORING_STATES).flatMap((s) => Object.values(s)),
    ...Object.values(MONITORING_MODES).flatMap((m) => Object.values(m)),
    ...Object.values(MONITORING_SCOPES).flatMap((s) => Object.values(s)),
  ]),
];

function sourceFiles(base: string): string[] {
  return SOURCES.flatMap((dir) => readdirSync(path.join(base, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$|\.spec\.ts$/.test(f) && !f.split(path.sep).includes('test-support'))
    .map((f) => f.split(path.sep).join('/'));
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file without its comment lines: a comment may name the words it is about. */
const code = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
    .join('\n');

/** Every file of `base` in which `word` stands as a whole string literal or a Svelte element's text, sorted. */
function placesOf(base: string, files: readonly string[], word: string): string[] {
  const w = escape(word);
  const literal = new RegExp(`'${w}'|"${w}"|\`${w}\`|>\\s*${w}\\s*<`);
  return files.filter((f) => literal.test(code(readFileSync(path.join(base, f), 'utf8')))).sort();
}

const files = sourceFiles(root);

describe('one source of words', () => {
  it('scans the sources it is about (the file list is not empty by mistake)', () => {
    expect(files).toContain('main/supervisor/service.ts');
    expect(files).toContain('renderer/src/components/MonitorPanel.svelte');
    expect(files).toContain('preload/index.ts');
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
  });

  it('the labels that are also GWS names are the ones known (Answer, Hold, Retrieve, Coach)', () => {
    expect(actionLabels.filter((l) => GWS_NAMES.has(l)).sort()).toEqual(['Answer', 'Coach', 'Hold', 'Retrieve']);
    expect(monitoringWords.filter((l) => GWS_NAMES.has(l))).toEqual(['Coach']);
  });

  it.each(actionLabels.filter((l) => !GWS_NAMES.has(l)))('the action label "%s" is written only in the catalogue', (label) => {
    const places = placesOf(root, files, label);
    // Barge in and Listen in are monitoring words the catalogue reads: written in monitoring.ts.
    const home = monitoringWords.includes(label) ? MONITORING_WORDS : CATALOGUE;
    expect(places).toEqual([home]);
  });

  it.each(monitoringWords.filter((w) => !GWS_NAMES.has(w)))('the monitoring word "%s" is written only in common/words/monitoring.ts', (word) => {
    expect(placesOf(root, files, word)).toEqual([MONITORING_WORDS]);
  });
});

describe('the check finds a copy (probe)', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'words-single-source-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('a label typed into a component, and a monitoring word typed into main, are found', () => {
    for (const dir of SOURCES) cpSync(path.join(root, dir), path.join(scratch, dir), { recursive: true });
    writeFileSync(path.join(scratch, 'renderer/src/components/Probe.svelte'), '<button>\n  Mute agent\n</button>\n');
    writeFileSync(path.join(scratch, 'main/probe.ts'), "// 'Barged in' in a comment is no copy.\nexport const probe = 'Barged in';\n");
    const copied = sourceFiles(scratch);
    expect(placesOf(scratch, copied, 'Mute agent')).toEqual([CATALOGUE, 'renderer/src/components/Probe.svelte']);
    expect(placesOf(scratch, copied, 'Barged in')).toEqual([MONITORING_WORDS, 'main/probe.ts']);
    writeFileSync(path.join(scratch, 'main/probe.ts'), "// 'Barged in' in a comment is no copy.\n");
    expect(placesOf(scratch, copied, 'Barged in')).toEqual([MONITORING_WORDS]);
  });
});
