// Mutation testing of one core module at a time (StrykerJS 9, the last major that runs on Node 20):
//   npm run mutate -- src/core/status.ts
// scripts/mutate.mjs names the module in CAMKET_MUTATE and the tests of test/core that import it in
// CAMKET_MUTATE_TESTS. Not part of `npm test` or CI (docs/mutation.md).
import * as path from 'node:path';

const file = process.env.CAMKET_MUTATE;
const tests = (process.env.CAMKET_MUTATE_TESTS ?? '').split(',').filter(Boolean);
if (!file || tests.length === 0) throw new Error('Name one module: npm run mutate -- src/core/<module>.ts');
// src/core/dates.ts → dates; a range, src/core/dates.ts:60-73 → dates-60-73.
const [, module, range = ''] = /^(.*?)((?::[\d:-]+)?)$/.exec(file);
const name = path.basename(module, '.ts') + range.replace(/\D+/g, '-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // Only the tests of test/core that import the module: its own rules, pinned by its own tests.
    config: { roots: ['<rootDir>/test/core'], testMatch: tests.map((t) => `<rootDir>/${t}`) },
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Two cores, shared: one test runner (`npm run mutate -- <module> --concurrency 2` at most).
  concurrency: 1,
  mutate: [file],
  // Not needed by test/core; spares copying them into the sandbox.
  ignorePatterns: ['/dist', '/lib', '/coverage', '/test-artifacts', '/.bench', '/out'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 85, break: null },
};
