// The state a summary carries for --previous: written, read back whole, also after Excel-like
// re-saving (strings moved to the shared-string table), and refused with a clear typed error when
// the file is not a camket summary or its state was damaged.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SummaryState } from '../../../src/core/history';
import { SummaryStateError, readSummaryState, writeSummary } from '../../../src/node/summary';
import { CHUNK, STATE_SHEET, chunks } from '../../../src/node/summary/state';
import { sheetParts } from '../../../src/node/summary/ooxml';
import { buildData, commitment, sampleCommitments, tempDir } from './fixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('state');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SummaryStateError);
    return (e as SummaryStateError).problem;
  }
  throw new Error('expected a SummaryStateError');
}

describe('readSummaryState(writeSummary(…))', () => {
  test('gives back the state that was written', async () => {
    const data = buildData();
    const file = path.join(dir, 'round-trip.xlsx');
    await writeSummary(file, data);
    const state = await readSummaryState(file);
    expect(state).toEqual(data.state);
    expect(state.history.map((h) => h.month)).toContain('2023-05');
    expect(state.commitments).toHaveLength(data.report.commitments.length);
  });

  test('keeps text that is long, astral, escaped-looking or XML-special exactly', async () => {
    // A title longer than a cell holds, with an emoji straddling a chunk boundary.
    const long = `${'Tổ chức '.repeat(CHUNK / 8)}`.slice(0, CHUNK - 1) + '🎉' + 'x'.repeat(40_000);
    const odd = [
      '=SUM(A1:A9)',
      'a _x000D_ b _x0041_',
      'điểm <b>&amp;</b> "quoted" \'single\'',
      'ký tự \uFFFE lạ',
      'tab\tand\nnewline',
      '   spaces   ',
    ];
    const commitments = [
      ...sampleCommitments(),
      commitment({ unit: 'VP', title: long, status: 'in_progress' }),
      ...odd.map((title) => commitment({ unit: 'BT', title, status: 'not_started' })),
    ];
    const data = buildData({ commitments });
    const file = path.join(dir, 'odd-text.xlsx');
    await writeSummary(file, data);
    const state = await readSummaryState(file);
    expect(state.commitments.map((c) => c.title)).toEqual(data.state.commitments.map((c) => c.title));
    expect(state).toEqual(data.state);
    // The long record really was split over several cells.
    expect(chunks(JSON.stringify(long)).length).toBeGreaterThan(2);
  });

  test('chunks never split a surrogate pair and add up to the text', () => {
    const s = 'a'.repeat(9) + '😀'.repeat(7);
    for (const size of [2, 3, 5, 10, 11]) {
      const parts = chunks(s, size);
      expect(parts.join('')).toBe(s);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(size);
        expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
      }
    }
  });

  test('reads the state of a summary that another program saved again (shared strings)', async () => {
    const data = buildData();
    const file = path.join(dir, 'resaved-source.xlsx');
    await writeSummary(file, data);
    // exceljs's in-memory writer, like Excel, stores every string in the shared-string table.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const resaved = path.join(dir, 'resaved.xlsx');
    await wb.xlsx.writeFile(resaved);
    const zip = await JSZip.loadAsync(await fs.readFile(resaved));
    const part = (await sheetParts(zip))!.get(STATE_SHEET)!;
    const xml = await zip.file(part)!.async('string');
    expect(xml).toContain('t="s"');
    expect(xml).not.toContain('inlineStr');
    expect(await readSummaryState(resaved)).toEqual(data.state);
  });

  test.each([
    ['1', 'one object per row', 'commitment', (c: SummaryState['commitments'][number]) => c],
    [
      '2',
      'one array per row',
      'c',
      (c: SummaryState['commitments'][number]) => [
        c.id,
        c.unit,
        c.code,
        c.title,
        c.target,
        c.deadline,
        c.originalDeadline,
        c.progress,
        c.status,
      ],
    ],
  ])('reads a format-%s state (%s), as earlier camket wrote it', async (version, _how, kind, record) => {
    const data = buildData();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tổng quan').addRow(['Bản tổng hợp của một phiên bản camket trước']);
    const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    ws.addRow(['camket-summary-state', version]);
    ws.addRow(['meta', JSON.stringify({ version: 1, asOf: data.state.asOf, department: data.state.department })]);
    for (const h of data.state.history) ws.addRow(['history', JSON.stringify(h)]);
    for (const c of data.state.commitments) ws.addRow([kind, JSON.stringify(record(c))]);
    const file = path.join(dir, `format-${version}.xlsx`);
    await wb.xlsx.writeFile(file);
    expect(await readSummaryState(file)).toEqual(data.state);
  });

  test('writing an empty month (no commitments, no history) reads back empty', async () => {
    const data = buildData({ commitments: [], changes: [] });
    const state: SummaryState = { ...data.state, history: [], commitments: [] };
    const file = path.join(dir, 'empty.xlsx');
    await writeSummary(file, { ...data, state });
    expect(await readSummaryState(file)).toEqual(state);
  });
});

describe('readSummaryState refuses what is not a camket summary', () => {
  test('a missing file', async () => {
    expect(await problemOf(readSummaryState(path.join(dir, 'không có.xlsx')))).toBe('not-found');
  });

  test('a text file', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'not a workbook');
    expect(await problemOf(readSummaryState(file))).toBe('not-a-workbook');
  });

  test("a unit's workbook (an .xlsx without camket's state)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['STT', 'Nội dung công việc', 'Thời hạn']);
    const file = path.join(dir, 'unit.xlsx');
    await wb.xlsx.writeFile(file);
    const err = await readSummaryState(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SummaryStateError);
    expect((err as SummaryStateError).problem).toBe('not-a-summary');
    expect((err as SummaryStateError).messageIn('vi')).toContain('không phải bảng tổng hợp do camket lập');
    expect((err as SummaryStateError).messageIn('en')).toContain('is not a summary written by camket');
  });

  test('a summary whose state was edited into invalid JSON or an invalid record', async () => {
    const data = buildData();
    const file = path.join(dir, 'to-damage.xlsx');
    await writeSummary(file, data);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const part = (await sheetParts(zip))!.get(STATE_SHEET)!;
    const xml = await zip.file(part)!.async('string');

    const broken = path.join(dir, 'broken-json.xlsx');
    zip.file(part, xml.replace('"asOf":"2023-06-30"', '"asOf":2023-06-30'));
    await fs.writeFile(broken, await zip.generateAsync({ type: 'nodebuffer' }));
    const e1 = await readSummaryState(broken).catch((e: unknown) => e);
    expect((e1 as SummaryStateError).problem).toBe('damaged');
    expect((e1 as SummaryStateError).messageIn('vi')).toContain('bị hỏng');

    const invalid = path.join(dir, 'invalid-record.xlsx');
    // A commitment record is an array whose last value is the status.
    expect(xml).toMatch(/,"overdue"\]/);
    zip.file(part, xml.replace(/,"overdue"\]/, ',"late-ish"]'));
    await fs.writeFile(invalid, await zip.generateAsync({ type: 'nodebuffer' }));
    const e2 = await readSummaryState(invalid).catch((e: unknown) => e);
    expect((e2 as SummaryStateError).problem).toBe('damaged');
    expect((e2 as SummaryStateError).detail).toMatch(/commitment, camket_state row \d+: status/);
  });
});
