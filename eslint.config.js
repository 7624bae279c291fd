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

// Tests and their helpers; everything else under the app's and the simulator's folders is
// production code, which must not lean on test support (it would be bundled into the app).
const testCode = ['**/*.test.ts', '**/*.spec.ts', '**/test-support/**'];
const noTestSupport = {
  group: ['**/test-support', '**/test-support/**'],
  message: 'Production code cannot import test support: test-support/ is for tests only.',
};
// One folder's boundary, twice: as it is for the folder's tests, and with test support
// forbidden for the rest (a later block's options replace an earlier one's for the same rule).
const boundary = ({ files, ignores = [], paths = [], patterns = [], ...rest }) => [
  { files, ignores, ...rest, rules: restrict(paths, patterns) },
  { files, ignores: [...ignores, ...testCode], rules: restrict(paths, [...patterns, noTestSupport]) },
];

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
      // One convention for private members: ECMAScript's #private, which holds at run time too.
      // A private constructor has no # form, so it stays.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "PropertyDefinition[accessibility='private'], MethodDefinition[accessibility='private'][kind!='constructor'], TSParameterProperty[accessibility='private']",
          message: 'Use #private, not TypeScript private.',
        },
      ],
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
  // --- import boundaries (README.md, "Layout"; docs/architecture.md, "Test support") ---
  ...boundary({ files: ['renderer/**'], languageOptions: { globals: globals.browser }, paths: [noElectron, ...noNode], patterns: [noMain] }),
  ...boundary({ files: ['common/**'], paths: [noElectron, ...noNode], patterns: [noMain] }),
  ...boundary({ files: ['preload/**'], paths: [...noNode], patterns: [noMain] }),
  ...boundary({ files: ['sim/**'], paths: [noElectron], patterns: [noMain] }),
  // Inside main, only desktop/, ipc/ (types) and index.ts touch Electron.
  ...boundary({
    files: ['main/**'],
    ignores: ['main/desktop/**', 'main/index.ts'],
    paths: [{ ...noElectron, message: "Only main/desktop/ and main/index.ts use Electron's APIs.", allowTypeImports: true }],
  }),
  ...boundary({ files: ['main/desktop/**', 'main/index.ts'] }),
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
