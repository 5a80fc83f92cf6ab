// @ts-check
// One ESLint configuration for the whole repository (`pnpm lint` runs it after tsc).
// Type-aware: each file is checked with the tsconfig of its package, through the project service.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const SOURCES = ['{packages,apps}/*/src/**/*.{ts,tsx}'];
const TESTS = ['{packages,apps}/*/test/**/*.{ts,tsx}'];

export default tseslint.config(
  // Only the TypeScript of src/ and test/ is linted; build output and scripts are not.
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/*.{js,mjs,cjs}'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: [...SOURCES, ...TESTS],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a value left out on purpose (a destructured property dropped, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: TESTS,
    rules: {
      // Tests read JSON output, LSP messages and fakes of untyped APIs: checking every step of that `any` would be noise.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Fakes implement async interfaces (the LSP connection, vscode's API) with bodies that need no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['apps/cli/src/tui/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
);
