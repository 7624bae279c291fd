// One source of words (issue 16): every action label is written only in common/actions.ts, and
// every monitoring word only in common/words/monitoring.ts. The app's other sources (main/,
// common/, preload/, renderer/src, tests left out) must read them from there, so renaming
// "Barge in" is one edit. A word is found where it stands as a whole string literal, or as the
// text of a Svelte element, which is how a copy would be written.
// The renderer's converted screens (CONVERTED) go further: their markup holds no words of its
// own (no text, no label-like attribute, no sentence in an expression) and their code says
// nothing in a literal; everything they show is read from common/words.
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

/**
 * Every component (a new one is checked the day it is added) and the modules whose words all
 * come from common/words (issue 16). A component's markup may hold punctuation and symbols
 * ("—", "·", "(") around its {expressions}, never a letter.
 */
const COMPONENTS_DIR = 'renderer/src/components';
const CONVERTED_COMPONENTS = [
  'renderer/src/App.svelte',
  ...readdirSync(path.join(root, COMPONENTS_DIR))
    .filter((f) => f.endsWith('.svelte'))
    .map((f) => `${COMPONENTS_DIR}/${f}`),
];
const CONVERTED_MODULES = ['renderer/src/lib', 'renderer/src/state'];
/** Single modules whose words are all read from common/words (the shortcut's refusals). */
const CONVERTED_FILES = ['common/accelerator.ts'];

/** Attributes a person reads or hears, and the props that become them (FormField's label, Choice's legend). */
const LABEL_ATTRIBUTE = /(?:^|\s)(aria-label|placeholder|title|alt|label|legend)=(?:"([^"]*)"|'([^']*)')/g;
const LETTER = /\p{L}/u;
const STRING_LITERAL = /'[^'\n]*'|"[^"\n]*"|`[^`]*`/g;
/** A literal's text without the quotes and the ${…} it interpolates (one level: enough for what we write). */
const literalText = (literal: string): string => literal.slice(1, -1).replace(/\$\{[^}]*\}/g, '');
/** Words put together: a letter, spaces, a letter ("Try again", "next try in"). */
const PHRASE = /\p{L}\s+\p{L}/u;
/** What a label in an expression looks like: a phrase, or a capitalised word ('Refresh', 'Loading…'). */
const isLabel = (text: string): boolean => PHRASE.test(text) || /^\p{Lu}/u.test(text);

/** Cuts each `<open…close>` block (script, style, comment) out of a component, with indexOf: no backtracking. */
function without(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (let start = text.indexOf(open); start !== -1; start = text.indexOf(open, from)) {
    out += text.slice(from, start);
    const end = text.indexOf(close, start);
    from = end === -1 ? text.length : end + close.length;
  }
  return out + text.slice(from);
}

/**
 * The words a component's markup holds itself: its text, its label-like attributes, and the
 * label-like literals of its {expressions}. One pass over the markup, counting braces (an
 * expression's `>` or `<` is not a tag's).
 */
function inlineWords(component: string): string[] {
  const markup = ['<script', '<style', '<!--'].reduce((text, open, i) => without(text, open, ['</script>', '</style>', '-->'][i]!), component);
  const found: string[] = [];
  let depth = 0;
  let inTag = false;
  let text = '';
  let tag = '';
  let expression = '';
  const endText = () => {
    if (LETTER.test(text)) found.push(text.trim());
    text = '';
  };
  for (const c of markup) {
    if (depth > 0) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      if (depth > 0) expression += c;
      else {
        for (const literal of expression.match(STRING_LITERAL) ?? []) if (isLabel(literalText(literal))) found.push(literal);
        expression = '';
      }
    } else if (c === '{') {
      depth = 1;
      if (!inTag) endText();
    } else if (inTag) {
      if (c !== '>') tag += c;
      else {
        for (const [, name, double, single] of tag.matchAll(LABEL_ATTRIBUTE))
          if (LETTER.test(double ?? single ?? '')) found.push(`${name}="${double ?? single}"`);
        inTag = false;
        tag = '';
      }
    } else if (c === '<') {
      endText();
      inTag = true;
    } else text += c;
  }
  endText();
  return found;
}

/**
 * The phrases a module's code (comments left out) writes as literals, and anything it announces
 * in a literal. A CSS selector ('.actions button') is a phrase of no one's words.
 */
function inlineSentences(source: string): string[] {
  const lines = code(source);
  const phrases = (lines.match(STRING_LITERAL) ?? []).filter((literal) => PHRASE.test(literalText(literal)) && !/^[.#[]/.test(literalText(literal)));
  const said = lines.match(/\bsay\(\s*['"`][^'"`\n]*/g) ?? [];
  return [...phrases, ...said];
}

/** A component's script blocks, without their tags. */
function scriptsOf(component: string): string {
  let out = '';
  for (let start = component.indexOf('<script'); start !== -1; start = component.indexOf('<script', start + 1)) {
    const body = component.indexOf('>', start) + 1;
    const end = component.indexOf('</script>', body);
    out += component.slice(body, end === -1 ? component.length : end);
  }
  return out;
}

/** Every converted component or module of `base` that writes words of its own, with them. */
function ownWords(base: string): Record<string, string[]> {
  const modules = CONVERTED_MODULES.flatMap((dir) => readdirSync(path.join(base, dir)).map((f) => `${dir}/${f}`)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const found: Record<string, string[]> = {};
  for (const file of [...CONVERTED_COMPONENTS, ...modules, ...CONVERTED_FILES]) {
    const source = readFileSync(path.join(base, file), 'utf8');
    const own = file.endsWith('.svelte') ? [...inlineWords(source), ...inlineSentences(scriptsOf(source))] : inlineSentences(source);
    if (own.length > 0) found[file] = own;
  }
  return found;
}

describe('the converted screens read their words from common/words', () => {
  it('no component or converted module writes a label or sentence of its own', () => {
    expect(CONVERTED_COMPONENTS).toContain('renderer/src/components/TeamList.svelte');
    expect(ownWords(root)).toEqual({});
  });

  it('finds a text node, a label attribute, a label in an expression, an announced literal and a refusal typed into accelerator.ts (probe)', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'words-inline-'));
    try {
      for (const dir of ['renderer/src', 'common']) cpSync(path.join(root, dir), path.join(scratch, dir), { recursive: true });
      const phone = path.join(scratch, 'renderer/src/components/MyPhone.svelte');
      const original = readFileSync(phone, 'utf8');
      writeFileSync(
        phone,
        original
          .replace('{MY_PHONE_WORDS.calls}', 'My calls')
          .replace('aria-label={MY_PHONE_WORDS.pad}', 'aria-label="Dial pad"')
          .replace('{dialActions.busy ? MY_PHONE_WORDS.calling : MY_PHONE_WORDS.call}', "{dialActions.busy ? 'Calling…' : MY_PHONE_WORDS.call}")
          .replace('<section', '<!-- A comment <b>may</b> say "Call" in words. -->\n<section'),
      );
      writeFileSync(path.join(scratch, 'renderer/src/state/probe.ts'), "announcer.say('Saved.');\nexport const ok = 'plain-id';\n");
      const accelerator = path.join(scratch, 'common/accelerator.ts');
      writeFileSync(accelerator, readFileSync(accelerator, 'utf8').replace('SHORTCUT_CHECK_WORDS.oneKey', "'a shortcut needs one key'"));
      expect(ownWords(scratch)).toEqual({
        'renderer/src/components/MyPhone.svelte': ['My calls', "'Calling…'", 'aria-label="Dial pad"'],
        'renderer/src/state/probe.ts': ["say('Saved."],
        'common/accelerator.ts': ["'a shortcut needs one key'"],
      });
      // Symbols around expressions are not words.
      writeFileSync(phone, original.replace('{MY_PHONE_WORDS.calls}', '— {MY_PHONE_WORDS.calls} ·'));
      expect(ownWords(scratch)['renderer/src/components/MyPhone.svelte']).toBeUndefined();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
