// The workflows cannot run here, so `npm run lint` checks them (scripts/check-workflows.mjs).
// The check must pass on the repository's own workflows and fail, naming the file and the
// place, on deliberately broken copies of them.
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_DIR = join(import.meta.dirname, '..');
const WORKFLOWS = join(PROJECT_DIR, '.github', 'workflows');
let dir: string;

function check(...targets: string[]) {
  const r = spawnSync(process.execPath, ['scripts/check-workflows.mjs', ...targets], { cwd: PROJECT_DIR, encoding: 'utf8' });
  return { code: r.status, output: r.stdout + r.stderr };
}

/** A copy of ci.yml with one edit, which must change it. */
function brokenCopy(name: string, from: string | RegExp, to: string) {
  const source = readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8');
  const broken = source.replace(from, to);
  expect(broken).not.toBe(source);
  const file = join(dir, name);
  writeFileSync(file, broken);
  return file;
}

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'check-workflows-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the workflow check of npm run lint', () => {
  it('passes on the CI and release workflows', () => {
    expect(readdirSync(WORKFLOWS).sort()).toEqual(['ci.yml', 'release.yml']);
    const { code, output } = check();
    expect(output).toContain('check-workflows: 2 of 2 workflow file(s) valid');
    expect(code).toBe(0);
  });

  it('runs the e2e and the reliability window specs in real Electron, each config one that exists', () => {
    const ci = yaml.load(readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const runs = ci.jobs['e2e-real']?.steps.flatMap((step) => (step.run ? [step.run] : [])) ?? [];
    expect(runs).toContain('npm run test:e2e:real');
    const reliability = runs.find((run) => run.startsWith('npm run test:e2e:real -- --config '));
    expect(reliability).toBe('npm run test:e2e:real -- --config reliability/playwright.config.ts');
    expect(existsSync(join(PROJECT_DIR, 'reliability', 'playwright.config.ts'))).toBe(true);
  });

  it('fails on a job whose steps key is misspelt, naming the file and the job', () => {
    const file = brokenCopy('misspelt.yml', /^( {4})steps:/m, '$1step:');
    const { code, output } = check(file);
    expect(code).toBe(1);
    expect(output).toContain('misspelt.yml:');
    expect(output).toMatch(/\/jobs\/stand-in: .*Additional property 'step' is not allowed/);
  });

  it('fails on a trigger GitHub does not have', () => {
    const file = brokenCopy('trigger.yml', /^ {2}pull_request:/m, '  pull-request:');
    const { code, output } = check(file);
    expect(code).toBe(1);
    expect(output).toContain('/on');
  });

  it('fails on a step that runs a command which is not an npm script', () => {
    const file = brokenCopy('fat.yml', 'run: npm run test:e2e:real', 'run: npx playwright test');
    const { code, output } = check(file);
    expect(code).toBe(1);
    expect(output).toMatch(/\/jobs\/e2e-real\/steps\/\d+: "npx playwright test" is not an npm script of package\.json/);
  });

  it('fails on npm run of a script package.json does not define', () => {
    const file = brokenCopy('unknown-script.yml', 'run: npm run dist:fuses', 'run: npm run dist:fuse');
    const { code, output } = check(file);
    expect(code).toBe(1);
    expect(output).toContain('"npm run dist:fuse" is not an npm script');
  });
});
