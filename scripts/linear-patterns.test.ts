// The pattern inventory (issue 15, finding 1): every regular expression written in main/,
// common/ and renderer/ is read out of the sources (TypeScript's and Svelte's parsers, so a new
// one is covered the day it is written) and run, globally, over 1 MB of adversarial text. Any of
// them may meet server or page text, and one that backtracks (nested or adjacent unbounded
// quantifiers over the same characters) stalls the main loop for minutes on a long enough run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;
const BOUND_MS = 50;

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((file) => !file.split(path.sep).includes('test-support'));
}

function patternsOfTypeScript(file: string, text: string): Pattern[] {
  const found: Pattern[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${file}:${line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      found.push({ where: `${file}: new RegExp (a pattern built at run time cannot be checked here)`, source: '', flags: 'dynamic' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function patternsOfSvelte(file: string, text: string): Pattern[] {
  const found: Pattern[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type?: string; regex?: { pattern: string; flags: string } };
    if (n.type === 'Literal' && n.regex) found.push({ where: file, source: n.regex.pattern, flags: n.regex.flags });
    for (const [key, child] of Object.entries(node)) if (key !== 'parent') walk(child);
  };
  walk(parse(text, { modern: true }));
  return found;
}

const inventory: Pattern[] = ['main', 'common', 'renderer/src'].flatMap(sourceFiles).flatMap((file) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  return file.endsWith('.svelte') ? patternsOfSvelte(file, text) : patternsOfTypeScript(file, text);
});

/**
 * Patterns that never meet text from the network or the page, with the reason. Still linear, but
 * they match at every other character of some inputs, and half a million replacements is time
 * spent building a string, not backtracking.
 */
const notOnForeignText = new Map([['main/session/settings.ts', "the clock's own ISO date, made into a file name"]]);
const foreign = (p: Pattern) => !notOnForeignText.has(p.where.replace(/:\d+$/, ''));

/**
 * 1 MB of each: unbroken letters, digits and camel case; repeated `x://`; PEM lines without their
 * other half (a CA file is local but chosen by anyone); runs of each separator.
 */
const adversarial: [string, (size: number) => string][] = [
  ...['a', 'aA', '1', 'x://', 'x:', 'a=', '-----', '-----BEGIN CERTIFICATE-----A\n', '-----END CERTIFICATE-----A\n'].map(
    (unit) => [`"${unit}" repeated`, (size: number) => unit.repeat(size / unit.length)] as [string, (size: number) => string],
  ),
  ...[' ', '\t', '/', ':', ';', '=', '&', '?', '.', '-', '_', ',', '@', '"', '+'].map(
    (separator) => [`a run of ${JSON.stringify(separator)}`, (size: number) => `a${separator.repeat(size - 2)}a`] as [string, (size: number) => string],
  ),
];

/**
 * The pattern over the whole text, every start position tried (a global replace): the worst any use
 * of it can do. Timed in this process's CPU time, best of three: the bound is for the pattern, and a
 * CI machine busy elsewhere stretches the clock (a 64 KB `^\d{1,9}$` once took 50 ms by the clock
 * at a load of 13 on 2 cores), not the work.
 */
function timeOne(pattern: Pattern, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const once = () => {
    const started = process.cpuUsage();
    text.replace(global, '');
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  return Math.min(once(), once(), once());
}

describe('security 15.1 linear-time text handling', () => {
  it('finds the patterns it is about (the inventory is not empty by mistake)', () => {
    const where = inventory.map((p) => p.where).join('\n');
    expect(where).toContain('main/log/redact.ts');
    expect(where).toContain('common/words/monitoring.ts');
    expect(where).toContain('renderer/src/components/MonitoredCallCard.svelte');
    expect(inventory.length).toBeGreaterThan(20);
  });

  it('every pattern it leaves out is still there (the list does not outlive the code)', () => {
    for (const file of notOnForeignText.keys()) expect(inventory.some((p) => p.where.startsWith(`${file}:`))).toBe(true);
  });

  it('no pattern is built at run time', () => {
    expect(inventory.filter((p) => p.flags === 'dynamic').map((p) => p.where)).toEqual([]);
  });

  it(`every pattern in main/, common/ and renderer/ runs over 1 MB of adversarial text within ${BOUND_MS} ms`, () => {
    const slow: string[] = [];
    const times: { ms: number; what: string }[] = [];
    for (const [name, make] of adversarial) {
      // A quadratic pattern would take minutes on 1 MB: 64 KB tells first, in a second or so.
      const probe = make(64 * 1024);
      const text = make(MB);
      for (const pattern of inventory.filter((p) => p.flags !== 'dynamic' && foreign(p))) {
        const what = `/${pattern.source}/${pattern.flags} (${pattern.where}) on ${name}`;
        if (timeOne(pattern, probe) > BOUND_MS) {
          slow.push(`${what}: over ${BOUND_MS} ms on 64 KB already`);
          continue;
        }
        const ms = timeOne(pattern, text);
        times.push({ ms, what });
        if (ms > BOUND_MS) slow.push(`${what}: ${ms.toFixed(1)} ms`);
      }
    }
    const slowest = times
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((t) => `${t.ms.toFixed(1)} ms: ${t.what}`);
    console.log(`pattern inventory: ${inventory.length} patterns × ${adversarial.length} inputs of 1 MB; slowest:\n${slowest.join('\n')}`);
    expect(slow).toEqual([]);
  }, 120_000);
});
