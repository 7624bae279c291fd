// Lint, and the architecture's import boundaries as rules: a wrong import fails the build.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `node:${m}`]);
const noElectron = { name: 'electron', message: 'Only main/ and preload/ may use Electron.' };
const noMain = {
  group: ['**/main', '**/main/**'],
  message: 'main/ is the privileged process: reach it through the IPC contract in common/.',
};
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available here.' }));

const restrict = (paths, patterns = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  {
    ignores: ['out/', 'release/', 'node_modules/', 'e2e/harness/dist/', 'test-results/', 'playwright-report/', 'e2e/fixtures/lint/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // --- import boundaries (architecture.md) ---
  { files: ['renderer/**'], languageOptions: { globals: globals.browser }, rules: restrict([noElectron, ...noNode], [noMain]) },
  { files: ['common/**'], rules: restrict([noElectron, ...noNode], [noMain]) },
  { files: ['preload/**'], rules: restrict([...noNode], [noMain]) },
  { files: ['sim/**'], rules: restrict([noElectron], [noMain]) },
  // Inside main, only desktop/, ipc/ (types) and index.ts touch Electron.
  {
    files: ['main/**'],
    ignores: ['main/desktop/**', 'main/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ ...noElectron, message: "Only main/desktop/ and main/index.ts use Electron's APIs.", allowTypeImports: true }] },
      ],
    },
  },
  // The stand-in mimics Electron's loosely typed surface; its tests drive a browser.
  {
    files: ['e2e/**/*.ts', 'reliability/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // The stand-in keeps Electron's async signatures even where its body has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
