// The committed examples are exactly what their generator writes: scripts/make-examples.ts is run
// into a temporary folder and every file is compared with the committed one. The generator is
// deterministic (fixed save dates, fixed zip time stamps and entry order, the time zone pinned), so
// every workbook must come back byte for byte; a workbook that differs is first compared part by
// part, so that the failure names the part (a sheet, the shared strings…) that drifted.
import { spawnSync } from 'node:child_process';
import { promises as fs, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const repo = path.resolve(__dirname, '../..');
const examples = path.join(repo, 'examples');
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** Every file under dir, relative, with forward slashes, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : [],
    )
    .sort();
}

/** An xlsx's parts and their contents, for a readable difference. */
async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  return out;
}

const committed = filesUnder(examples);
let dir: string;
let run: ReturnType<typeof spawnSync>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket examples drift '));
  run = spawnSync(process.execPath, ['--import', TSX, path.join(repo, 'scripts', 'make-examples.ts'), '--out', dir], {
    cwd: repo,
    encoding: 'utf8',
  });
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('the generator runs into another folder, and leaves examples/ alone', async () => {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  expect(run.stdout).toContain('jun: 13 workbooks');
  expect(filesUnder(examples)).toEqual(committed);
});

test('it writes the same files as are committed, no more and no fewer', () => {
  expect(committed.length).toBeGreaterThan(0);
  expect(filesUnder(dir)).toEqual(committed);
});

test.each(committed)('%s is what the generator writes', async (file) => {
  const [want, got] = await Promise.all([fs.readFile(path.join(examples, file)), fs.readFile(path.join(dir, file))]);
  if (file.endsWith('.xlsx')) expect(await parts(got)).toEqual(await parts(want));
  else expect(got.toString('utf8')).toEqual(want.toString('utf8'));
  expect(got.equals(want)).toBe(true);
});
