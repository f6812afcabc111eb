// @ts-check
/**
 * The linter (`npm run lint`, part of `npm test`): ESLint's and typescript-eslint's recommended
 * rules, and the layer rules that keep the architecture honest: the page's world (content script,
 * framed card) and presentational components never import the database, and extension pages read
 * it but never import its writers — only the background writes (README, "Data flow").
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const storeIsTheBackgroundsOnly = {
  paths: [
    {
      name: 'dexie',
      message: 'Only the background writes, and pages read through hooks: no Dexie here.',
    },
  ],
  patterns: [
    {
      group: ['@/utils/store', '@/utils/store/*', '**/utils/store', '**/utils/store/*'],
      message:
        "The page's world and presentational components never touch the database: the background owns it (README, Data flow).",
    },
  ],
};

/** The store's writers; only the background (entrypoints/background/) may call them. */
const WRITER_MODULES = [
  'alias-index',
  'claimant',
  'complete-article',
  'entities',
  'import-into-db',
  'reattach',
  'replace',
];
const WRITER_FUNCTIONS = {
  repo: [
    'saveArticle',
    'ensureEntity',
    'createAnnotation',
    'updateAnnotation',
    'deleteAnnotation',
    'restoreAnnotation',
    'setSuggestionDismissed',
  ],
  snapshots: ['keepSnapshot', 'clearSnapshots'],
  tags: ['renameTag'],
};
const ONE_WRITER =
  'Extension pages read with liveQuery and write through a typed message to the background, the one writer (README, Data flow).';

const pagesOnlyRead = {
  patterns: [
    {
      group: WRITER_MODULES.flatMap((m) => [`@/utils/store/${m}`, `**/utils/store/${m}`]),
      message: ONE_WRITER,
    },
    ...Object.entries(WRITER_FUNCTIONS).map(([module, importNames]) => ({
      group: [`@/utils/store/${module}`, `**/utils/store/${module}`],
      importNames,
      message: ONE_WRITER,
    })),
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'bench/.out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests build deliberately broken files and messages (a wrong type, a missing field), which
    // is what `any` is for there; shipped code stays typed.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['entrypoints/content/**', 'entrypoints/card/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', storeIsTheBackgroundsOnly] },
  },
  {
    files: [
      'entrypoints/popup/**',
      'entrypoints/sidepanel/**',
      'entrypoints/library/**',
      'hooks/**',
    ],
    rules: { 'no-restricted-imports': ['error', pagesOnlyRead] },
  },
);
