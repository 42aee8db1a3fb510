// The README's first command (`npm run example`) as a new user runs it: two real merges, May then June
// with --previous, through the compiled `camket` (bin/camket.js, built by `npm ci`'s prepare step).
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSummaryState } from '../../src/node/summary';

const repo = path.resolve(__dirname, '../..');
const TSX = pathToFileURL(require.resolve('tsx')).href;

let dir: string;
let run: ReturnType<typeof spawnSync>;
beforeAll(async () => {
  // The script runs the built command, as after `npm ci`; build it so this test does not depend on order.
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(tsc.status).toBe(0);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket example '));
  run = spawnSync(process.execPath, ['--import', TSX, path.join(repo, 'scripts', 'example.ts'), '--out-dir', dir], {
    cwd: repo,
    encoding: 'utf8',
  });
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('succeeds, and says why camket itself exited with 1', () => {
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Mã thoát 1 của camket ở trên là đúng');
  expect(run.stdout).toContain('So với bản tổng hợp tháng 5/2023: 1 mới, 1 không còn');
});

test("June's report matches the example department's expected totals", async () => {
  const expected = JSON.parse(await fs.readFile(path.join(repo, 'examples', 'expected.json'), 'utf8'));
  const report = JSON.parse(await fs.readFile(path.join(dir, 'tong-hop-2023-06.json'), 'utf8'));
  expect(report.asOf).toBe('2023-06-30');
  expect(report.commitments).toHaveLength(expected.totals.found);
  expect(report.totals.registered).toBe(expected.totals.registered);
  expect(report.totals.byStatus).toEqual(expected.totals.byStatus);
});

test("June's summary carries May's history forward", async () => {
  const state = await readSummaryState(path.join(dir, 'tong-hop-2023-06.xlsx'));
  const months = [...new Set(state.history.filter((h) => h.scope === 'department').map((h) => h.month))];
  expect(months).toEqual(['2023-05', '2023-06']);
  expect(state.commitments).toHaveLength(131);
});

test("June's written report and the year's commitment forms are written beside the summary", async () => {
  const report = await fs.readFile(path.join(dir, 'bao-cao-2023-06.docx'));
  // A .docx is a zip: its first bytes say so.
  expect(report.subarray(0, 2).toString()).toBe('PK');
  const forms = await fs.readdir(path.join(dir, 'ban-cam-ket'));
  expect(forms).toHaveLength(37);
  expect(forms).toContain('cam-ket-Phan-Van-Thanh.docx');
  expect(run.stdout).toContain('báo cáo tháng 6 (Word)');
});
