import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
      // Validation deliberately matches control characters to refuse or strip them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Fences between the renderer's layers. Each block lists what its files may not import; the
    // README's Architecture section explains them. Inner layers never reach outwards.
    files: ['src/renderer/src/**/*.ts', 'src/renderer/src/**/*.tsx'],
    ignores: ['src/renderer/src/db/**', 'src/renderer/src/domain/**', 'src/renderer/src/app/**', 'src/renderer/src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only db/ imports Dexie: use a repository function (and useLiveQuery) from db/.' }],
          patterns: [
            { regex: '(^|/)app(/|$)', message: 'Nothing imports upwards into app/: move the shared piece to components/.' },
          ],
        },
      ],
    },
  },
  {
    // Features are screens: they do not import each other. Shared pieces live in components/.
    files: ['src/renderer/src/features/**/*.ts', 'src/renderer/src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only db/ imports Dexie: use a repository function (and useLiveQuery) from db/.' }],
          patterns: [
            { regex: '(^|/)app(/|$)', message: 'Nothing imports upwards into app/: move the shared piece to components/.' },
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'Features do not import each other: move the shared piece to components/.' },
            { regex: '(^|/)features/', message: 'Features do not import each other: move the shared piece to components/.' },
          ],
        },
      ],
    },
  },
  {
    // Storage knows nothing of the platform (files, dialogs) or the screens.
    files: ['src/renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)platform(/|$)', message: 'db/ must not import platform/: pass the result in from the caller.' },
            { regex: '(^|/)(features|components|app)(/|$)', message: 'db/ must not depend on screens or the app shell.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no UI, storage, platform or Electron. This fence keeps it testable.
    files: ['src/renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@mantine/*', 'dexie', 'dexie-react-hooks'], message: 'domain/ is pure: no UI or storage.' },
            { group: ['electron', 'node:*'], message: 'domain/ is pure: no Electron or Node APIs.' },
            { regex: '(^|/)(db|platform|features|components|app|workers)(/|$)', message: 'domain/ must not depend on outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['bench/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
);
