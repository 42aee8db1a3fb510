// npm run mutate -- src/core/<module>.ts [more stryker options]: mutation testing of one core module,
// against the tests of test/core that import it (stryker.config.mjs; reports in
// reports/mutation/<module>.html and .json). See docs/mutation.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const [module, ...rest] = process.argv.slice(2);
// A mutation range may follow, as Stryker reads it: src/core/dates.ts:60-73 (lines 60 to 73 only).
const [, modulePath, range = ''] = /^(.*?)(:\d+(?::\d+)?-\d+(?::\d+)?)?$/.exec(module ?? '');
const file = modulePath && path.relative(process.cwd(), path.resolve(modulePath)).split(path.sep).join('/');
if (!file || !/^src\/core\/[^/]+\.ts$/.test(file) || !existsSync(file)) {
  console.error('Usage: npm run mutate -- src/core/<module>.ts[:from-to] [stryker options]');
  process.exit(2);
}
const name = path.basename(file, '.ts');
const imports = new RegExp(`from\\s+['"][./]*src/core/${name}(\\.ts)?['"]`);
const tests = readdirSync('test/core')
  .filter((f) => f.endsWith('.test.ts') && imports.test(readFileSync(path.join('test/core', f), 'utf8')))
  .map((f) => `test/core/${f}`);
if (tests.length === 0) {
  console.error(`No test in test/core imports ${file}.`);
  process.exit(2);
}
console.log(`Mutating ${file}${range} against ${tests.join(', ')}`);
const stryker = path.join(path.dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, CAMKET_MUTATE: file + range, CAMKET_MUTATE_TESTS: tests.join(',') },
});
process.exit(run.status ?? 1);
