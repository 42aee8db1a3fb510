// npm run examples: writes the example department into examples/ (or into DIR with --out DIR, as the
// drift test does). The generator is test/fixtures/examples/generate.ts.
process.env.TZ = 'UTC'; // zip entries carry DOS (local) times: pin them
import { join, resolve } from 'node:path';
import { writeExamples } from '../test/fixtures/examples/generate';

function outputDir(argv: string[]): string {
  const i = argv.indexOf('--out');
  if (i === -1) return join(__dirname, '..', 'examples');
  const dir = argv[i + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--out needs a folder');
  return resolve(dir);
}

writeExamples(outputDir(process.argv.slice(2))).then(
  (lines) => lines.forEach((l) => console.log(l)),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
