// Lint for the add-in: Microsoft's Office add-in rules (load before read, sync after load, test
// OrNullObject results with isNullObject…) over TypeScript. Formatting is left to the editor.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**'] },
  ...officeAddins.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'prettier/prettier': 'off',
      // TypeScript checks names itself; Office, Excel and the DOM are its globals.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
      '@typescript-eslint/prefer-as-const': 'error',
    },
  },
];
