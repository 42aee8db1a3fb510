// Writing over last month's summary: a failure midway (after the temporary file beside it exists)
// leaves the old file whole and no temporary file behind.
import { readdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readSummaryState, writeSummary } from '../../../src/node/summary';
import { buildData, sampleCommitments, tempDir } from './fixture';

let dir: string;
let target: string;
let before: Buffer;

beforeEach(async () => {
  dir = await tempDir('atomic');
  target = path.join(dir, 'tong-hop-2023-06.xlsx');
  await writeSummary(target, buildData());
  before = await fs.readFile(target);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The files in the folder other than the target. */
function others(): string[] {
  return readdirSync(dir).filter((f) => f !== path.basename(target));
}

test('a failure while the commitments are streamed leaves the previous summary whole', async () => {
  // Enough rows that the writer has paused for the zip stream (and so opened its file) before the
  // failing one.
  const many = Array.from({ length: 3 }, () => sampleCommitments()).flat();
  many.forEach((c, i) => (c.id = `${c.id}-${i}`));
  const data = buildData({ commitments: Array.from({ length: 40 }, () => many).flat(), changes: [] });
  const seenWhileWriting: string[][] = [];
  Object.defineProperty(data.report.commitments[data.report.commitments.length - 10], 'title', {
    get() {
      seenWhileWriting.push(others());
      throw new Error('disk full (simulated)');
    },
  });
  await expect(writeSummary(target, data)).rejects.toThrow('disk full (simulated)');
  // The writer had a temporary file beside the target when it failed…
  expect(seenWhileWriting[0]).toEqual([expect.stringMatching(/^\.tong-hop-2023-06\.xlsx\.\d+\.\d+\.tmp$/)]);
  // …and the old summary is untouched, still readable, with nothing left behind.
  expect((await fs.readFile(target)).equals(before)).toBe(true);
  expect(others()).toEqual([]);
  expect((await readSummaryState(target)).asOf).toBe(data.report.asOf);
});

test('a failure at the very end (the hidden state, the last sheet) also leaves it whole', async () => {
  const data = buildData();
  Object.defineProperty(data.state.commitments[5], 'title', {
    get() {
      throw new Error('interrupted (simulated)');
    },
  });
  await expect(writeSummary(target, data)).rejects.toThrow('interrupted (simulated)');
  expect((await fs.readFile(target)).equals(before)).toBe(true);
  expect(others()).toEqual([]);
});

test('a successful write replaces the file and leaves nothing else', async () => {
  const data = buildData({ changes: [] });
  await writeSummary(target, data);
  expect(others()).toEqual([]);
  expect((await fs.readFile(target)).equals(before)).toBe(false);
  expect(await readSummaryState(target)).toEqual(data.state);
});
