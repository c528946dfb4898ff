// ESLint flat config: typescript-eslint recommended, React hooks rules, type-only imports, the
// architecture boundaries of docs/architecture.md#layers (import-x/no-restricted-paths), no import cycles
// in src (import-x/no-cycle) and kebab-case file names (a local rule), so the house holds by itself.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Names of the sub-folders of a folder, or [] when it does not exist yet.
 * @param {string} folder path relative to the repo root
 * @returns {string[]}
 */
function subfolders(folder) {
  try {
    return readdirSync(path.join(root, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

// The screens docs/architecture.md#layers names, plus any feature folder that exists on disk.
const features = [
  ...new Set([
    'import',
    'overview',
    'compare',
    'entity',
    'answer',
    'data',
    'settings',
    ...subfolders('src/features'),
  ]),
];

/**
 * A zone that lets `target` import, inside `from`, only the listed sub-folders of `from`.
 * @param {string} target folder the rule applies to (repo-relative)
 * @param {string} from folder whose files are restricted (repo-relative)
 * @param {string[]} allowed sub-folders of `from` that stay importable (relative to `from`)
 * @param {string} message shown with the error
 */
function only(target, from, allowed, message) {
  return { target, from, except: allowed.map((a) => `./${a}`), message };
}

const zones = [
  // core is pure: no file of this repo outside src/core (packages in node_modules are checked below).
  only('./src/core', '.', ['src/core', 'node_modules'], 'src/core imports nothing outside src/core (docs/architecture.md#layers).'),
  // Inside core: model is the floor; formats/reference/metrics stand on it; answer on metrics + reference.
  only('./src/core/model', './src/core', ['model'], 'core/model imports nothing else of core.'),
  only('./src/core/formats', './src/core', ['formats', 'model'], 'core/formats may only use core/model.'),
  only(
    './src/core/reference',
    './src/core',
    ['reference', 'model'],
    'core/reference may only use core/model.',
  ),
  only(
    './src/core/metrics',
    './src/core',
    ['metrics', 'model', 'reference'],
    'core/metrics may only use core/model and core/reference.',
  ),
  only(
    './src/core/read-model',
    './src/core',
    ['read-model', 'metrics', 'reference', 'model'],
    'core/read-model may only use core/metrics, core/reference and core/model.',
  ),
  only(
    './src/core/answer',
    './src/core',
    ['answer', 'read-model', 'metrics', 'reference', 'model'],
    'core/answer may only use core/read-model, core/metrics, core/reference and core/model.',
  ),
  // Storage and workers sit below the UI.
  {
    target: ['./src/db', './src/workers'],
    from: ['./src/features', './src/app', './src/charts'],
    message: 'src/db and src/workers never import the UI (features, app, charts).',
  },
  {
    target: './src/charts',
    from: ['./src/features', './src/app'],
    message: 'src/charts never imports src/features or src/app.',
  },
  // Screens sit below the shell: app → features, never back (docs/architecture.md#layers).
  {
    target: './src/features',
    from: './src/app',
    message: 'src/features never imports src/app; shared page glue lives in src/lib.',
  },
  // Page glue shared by screens and shell (react-query keys, the import client's context).
  {
    target: ['./src/lib', './src/i18n'],
    from: ['./src/features', './src/app', './src/charts'],
    message: 'src/lib and src/i18n never import the screens, the shell or the charts.',
  },
  // No feature imports another feature.
  ...features.map((feature) =>
    only(
      `./src/features/${feature}`,
      './src/features',
      [feature],
      'A feature never imports another feature (docs/architecture.md#layers); move shared code down a layer.',
    ),
  ),
];

// Packages that would make core impure (React, the DOM-bound UI stack, Dexie).
const impurePackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'react-i18next',
  'i18next',
  'react-router',
  'recharts',
  'dexie',
  '@tanstack/*',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A local rule: every dot-separated part of a file's name is kebab-case (`import-client.ts`,
 * `import.worker.ts`, `answer-screen.test.tsx`), so names are spelled one way and never collide on a
 * case-insensitive disk.
 * @type {import('eslint').Rule.RuleModule}
 */
const kebabCaseFileNames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File names are kebab-case (lower-case words joined by hyphens).' },
    messages: { notKebab: 'File name "{{name}}" is not kebab-case: use lower-case words joined by hyphens.' },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        if (!name.split('.').every((part) => KEBAB.test(part))) context.report({ node, messageId: 'notKebab', data: { name } });
      },
    };
  },
};

export default defineConfig(
  globalIgnores(['dist/', 'dist-cli/', 'node_modules/', 'coverage/', 'test-results/']),
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX, house: { rules: { 'kebab-case-file-names': kebabCaseFileNames } } },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    settings: {
      // import-x reads (for no-cycle) only files with these extensions, TypeScript through its own parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'house/kebab-case-file-names': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // A cycle makes the order modules run in depend on which one is imported first.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Storage keeps and reads; the answer is computed in the read model (docs/architecture.md#layers).
    // answer-repo.ts still computes answers in db until the read model takes that over.
    files: ['src/db/**/*.ts'],
    ignores: ['src/db/answer-repo.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/answer(/|$)',
              allowTypeImports: true,
              message: 'src/db never imports src/core/answer: answers are computed in the read model, not in storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impurePackages,
              message: 'src/core is pure: no React, no UI libraries, no Dexie (docs/architecture.md#layers).',
            },
          ],
        },
      ],
    },
  },
);
