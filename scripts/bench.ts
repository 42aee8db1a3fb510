// npm run bench [-- --files 200 --rows 500] — see test/bench/run.ts.
import * as path from 'node:path';
import { runBench } from '../test/bench/run';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive whole number`);
  return v;
}

runBench({
  root: path.resolve(__dirname, '..'),
  files: option('files', 1000),
  rowsPerFile: option('rows', 200),
  exampleRuns: option('runs', 5),
  print: (line) => process.stdout.write(`${line}\n`),
}).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
