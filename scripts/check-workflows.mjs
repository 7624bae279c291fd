// Part of `npm run lint`: the GitHub Actions workflows cannot run on this machine, so they are
// checked here instead. Each file must match GitHub's workflow schema (@action-validator/core,
// WebAssembly, offline), and must stay thin: every command a step runs is `npm ci`, `npm test`,
// `bash .ci/run` or `npm run <script>` with a script package.json defines, so that what CI does
// can be run and debugged here too.
// Usage: node scripts/check-workflows.mjs [workflow files or folders]  (default .github/workflows)
import { validateWorkflow } from '@action-validator/core';
import yaml from 'js-yaml';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string[]} targets files or folders */
function workflowFiles(targets) {
  return targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? readdirSync(target)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => path.join(target, f))
      : [target],
  );
}

/** Schema errors, nested oneOf branches flattened, as `path: title (detail)` lines. */
function schemaProblems(source) {
  const lines = [];
  const walk = (errors) => {
    for (const e of errors) {
      if (e.states?.length) e.states.forEach((s) => walk(s.errors));
      else lines.push(`${e.path ?? `line ${e.location?.line ?? '?'}`}: ${e.title}${e.detail ? ` (${e.detail})` : ''}`);
    }
  };
  walk(validateWorkflow(source).errors);
  return [...new Set(lines)];
}

const ALWAYS_ALLOWED = new Set(['npm ci', 'npm test', 'bash .ci/run']);

/** Commands of `run:` steps that are not the project's own npm scripts. */
function thinProblems(source, scripts) {
  const problems = [];
  const doc = /** @type {{ jobs?: Record<string, { steps?: Array<{ run?: unknown }> }> }} */ (yaml.load(source) ?? {});
  for (const [job, { steps = [] }] of Object.entries(doc.jobs ?? {})) {
    steps.forEach((step, i) => {
      if (typeof step.run !== 'string') return;
      for (const command of step.run
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        const script = /^npm run ([\w:.-]+)(?: -- .*)?$/.exec(command)?.[1];
        if (ALWAYS_ALLOWED.has(command) || (script && script in scripts)) continue;
        problems.push(`/jobs/${job}/steps/${i}: "${command}" is not an npm script of package.json (workflows stay thin: add the command to package.json)`);
      }
    });
  }
  return problems;
}

/** @returns {{ file: string, problems: string[] }[]} */
function checkWorkflows(files, projectDir = PROJECT_DIR) {
  const { scripts } = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  return files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const problems = schemaProblems(source);
    // A file that is not a workflow says so above; its commands are not worth reading.
    return { file, problems: problems.length ? problems : thinProblems(source, scripts) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2);
  const files = workflowFiles(targets.length ? targets : [path.join(PROJECT_DIR, '.github', 'workflows')]);
  const results = checkWorkflows(files);
  const failed = results.filter((r) => r.problems.length);
  for (const { file, problems } of failed) {
    console.error(`${path.relative(process.cwd(), file)}:`);
    for (const p of problems) console.error(`  ${p}`);
  }
  if (!files.length) console.error('check-workflows: no workflow files found');
  console.log(`check-workflows: ${results.length - failed.length} of ${results.length} workflow file(s) valid`);
  process.exitCode = failed.length || !files.length ? 1 : 0;
}
