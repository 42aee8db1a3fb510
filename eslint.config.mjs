// Lint for the whole tree (src/, scripts/, test/): TypeScript's parser with the recommended rules; for the
// add-in, Microsoft's Office add-in rules as well (load before read, sync after load, test OrNullObject
// results with isNullObject…). Formatting is Prettier's (.prettierrc.json), checked by `npm run lint` itself,
// so its ESLint rule is off.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

const addin = ['src/addin/**/*.ts', 'test/addin/**/*.ts'];

export default [
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
      '.bench/**',
      'out/**',
    ],
  },
  ...officeAddins.configs.recommended,
  // The Office rules know Office.js only: on exceljs or the emulation they would read every `.value` as a proxy.
  {
    ignores: addin,
    rules: Object.fromEntries(
      officeAddins.configs.recommended
        .flatMap((c) => Object.keys(c.rules ?? {}))
        .filter((r) => r.startsWith('office-addins/'))
        .map((r) => [r, 'off']),
    ),
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'prettier/prettier': 'off',
      // TypeScript checks names itself (Office, Excel and the DOM are its globals) and allows overloads.
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
      '@typescript-eslint/prefer-as-const': 'error',
    },
  },
  // Node's own scripts (scripts/mutate.mjs, the configs).
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: { 'prettier/prettier': 'off' },
  },
];
