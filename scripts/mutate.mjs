// npm run mutate -- src/core/<module>.ts [more stryker options]: mutation testing of one core module,
// against the tests of test/core that reach it (stryker.config.mjs; reports in
// reports/mutation/<module>.html and .json). See docs/mutation.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

// --own-tests: only the tests that import the module itself (quicker for a large module such as deadline.ts).
const ownTests = process.argv.includes('--own-tests');
const [module, ...rest] = process.argv.slice(2).filter((a) => a !== '--own-tests');
// A mutation range may follow, as Stryker reads it: src/core/dates.ts:60-73 (lines 60 to 73 only).
const [, modulePath, range = ''] = /^(.*?)(:\d+(?::\d+)?-\d+(?::\d+)?)?$/.exec(module ?? '');
const file = modulePath && path.relative(process.cwd(), path.resolve(modulePath)).split(path.sep).join('/');
if (!file || !/^src\/core\/[^/]+\.ts$/.test(file) || !existsSync(file)) {
  console.error('Usage: npm run mutate -- src/core/<module>.ts[:from-to] [stryker options]');
  process.exit(2);
}
// The tests of test/core whose imports reach the module, directly or through other modules: a rule of
// table.ts is pinned as well by a test of checkWorkbook that fails when the table is misread. Not the
// property tests: their random inputs would make a score change from one run to the next.
const tests = readdirSync('test/core')
  .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.property.test.ts'))
  .map((f) => `test/core/${f}`)
  .filter((t) => (ownTests ? imports(t).has(file) : reachable(t).has(file)));
if (tests.length === 0) {
  console.error(`No test in test/core reaches ${file}.`);
  process.exit(2);
}
console.log(`Mutating ${file}${range} against ${tests.join(', ')}`);
const stryker = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')),
  'bin',
  'stryker.js',
);
const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, CAMKET_MUTATE: file + range, CAMKET_MUTATE_TESTS: tests.join(',') },
});
process.exit(run.status ?? 1);

/** Every repository file the relative imports of `start` lead to, `start` included. */
function reachable(start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.pop();
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...imports(current));
  }
  return seen;
}

/** The repository files `file` imports by a relative path. */
function imports(file) {
  const found = new Set();
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolveModule(path.join(path.dirname(file), spec));
    if (target) found.add(target);
  }
  return found;
}

function resolveModule(base) {
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => c.endsWith('.ts') && existsSync(c));
  return found && found.split(path.sep).join('/');
}
