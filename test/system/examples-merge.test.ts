// The example department merged end to end through the command line: May, then June with May's
// summary as --previous. Everything is checked against the generator's own truth (expected*.json).
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { readSummaryState } from '../../src/node/summary';
import { hashTree, runCli } from '../helpers/merge-fixtures';
import { CATALOGUES } from '../../src/core/catalogue';

const examples = path.resolve(__dirname, '../../examples');
const config = path.join(examples, 'department.json');
const department: { blocks: { code: string; name: string }[]; units: { code: string; name: string }[] } = JSON.parse(
  readFileSync(config, 'utf8'),
);

interface Expected {
  asOf: string;
  department: string;
  files: { file: string; unit: string; commitments: number }[];
  commitments: {
    file: string;
    sheet: string;
    row: number;
    unit: string;
    block: string;
    field: string | null;
    title: string;
    target: string | null;
    owner: string | null;
    deadline: string | null;
    deadlineText: string | null;
    extendedDeadline: string | null;
    effectiveDeadline: string | null;
    recurring: boolean;
    completedOn: string | null;
    progress: number | null;
    statusText: string | null;
    expectedStatus: string | null;
    provincialTask: string | null;
    coordinating: string | null;
    notes: string | null;
  }[];
  mistakes: { file: string; sheet: string | null; cell: string | null; rule: string; unit: string }[];
  mergeIssues: { rule: string; block: string; registered: number; found: number }[];
  totals: {
    commitments: number;
    registered: number;
    found: number;
    byStatus: Record<string, number>;
    due: number;
    onTimeRate: number;
    byBlock: Record<
      string,
      { registered: number; found: number; byStatus: Record<string, number>; due: number; onTimeRate: number | null }
    >;
    byUnit: Record<
      string,
      { registered: number; found: number; byStatus: Record<string, number>; due: number; onTimeRate: number | null }
    >;
    provincialTasks: { code: string; commitments: number; byStatus: Record<string, number> }[];
  };
  changesSincePrevious?: Record<
    string,
    {
      unit: string;
      title: string;
      file: string;
      sheet: string;
      row: number;
      from?: string | number | null;
      to?: string | number | null;
    }[]
  >;
}

const load = async (name: string): Promise<Expected> =>
  JSON.parse(await fs.readFile(path.join(examples, name), 'utf8'));
const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

let dir: string;
let hashesBefore: Record<string, string>;
const runs: Record<'may' | 'june', { code: number; out: string; err: string; report: Report; summary: string }> =
  {} as never;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket examples '));
  hashesBefore = await hashTree(examples);
  const merge = async (folder: string, asOf: string, month: string, previous?: string) => {
    const summary = path.join(dir, `tong-hop-${month}.xlsx`);
    const reportFile = path.join(dir, `bao-cao-${month}.json`);
    const args = [
      'merge',
      path.join(examples, folder),
      '--config',
      config,
      '--as-of',
      asOf,
      '--out',
      summary,
      '--report',
      reportFile,
    ];
    const r = await runCli(previous ? [...args, '--previous', previous] : args);
    return { ...r, report: JSON.parse(await fs.readFile(reportFile, 'utf8')) as Report, summary };
  };
  runs.may = await merge('previous-month', '2023-05-31', '2023-05');
  runs.june = await merge('units', '2023-06-30', '2023-06', runs.may.summary);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([
  ['may', 'expected-previous.json'],
  ['june', 'expected.json'],
] as const)('the example department, %s', (month, expectedFile) => {
  let expected: Expected;
  let report: Report;
  beforeAll(async () => {
    expected = await load(expectedFile);
    report = runs[month].report;
  });

  test('merges every file, exit status 1 (the planted mistakes include errors), no stack trace', () => {
    expect(runs[month].err).toBe('');
    expect(runs[month].code).toBe(1);
    expect(report.asOf).toBe(expected.asOf);
    expect(report.department).toBe(expected.department);
    expect(report.files.map((f) => [f.file, f.state, f.unit, f.commitments]).sort()).toEqual(
      expected.files.map((f) => [f.file, 'merged', f.unit, f.commitments]).sort(),
    );
  });

  test('every commitment with its unit, fields and status, from its cell', () => {
    const got = report.commitments.map((c) => ({
      file: c.source.file,
      sheet: c.source.sheet,
      row: c.source.row,
      unit: c.unit,
      block: c.block,
      field: c.field,
      title: c.title,
      target: c.target,
      owner: c.owner,
      deadline: c.deadline,
      originalDeadline: c.originalDeadline,
      deadlineText: c.deadlineText,
      recurring: c.recurring,
      completedOn: c.completedOn,
      progress: c.progress,
      statusText: c.statusText,
      status: c.status,
      provincialTask: c.provincialTask,
      coordinating: c.coordinating,
      notes: c.notes,
    }));
    const want = expected.commitments.map((c) => ({
      file: c.file,
      sheet: c.sheet,
      row: c.row,
      unit: c.unit,
      block: c.block,
      field: c.field,
      title: c.title,
      target: c.target,
      // The deadline in force; the one first written is kept when an extension replaced it.
      owner: c.owner,
      deadline: c.effectiveDeadline,
      originalDeadline: c.extendedDeadline && c.extendedDeadline !== c.deadline ? c.deadline : null,
      deadlineText: c.deadlineText,
      recurring: c.recurring,
      completedOn: c.completedOn,
      progress: c.progress,
      statusText: c.statusText,
      status: c.expectedStatus,
      provincialTask: c.provincialTask,
      coordinating: c.coordinating,
      notes: c.notes,
    }));
    const key = (c: { file: string; sheet: string; row: number }) =>
      `${c.file}|${c.sheet}|${String(c.row).padStart(4, '0')}`;
    const byKey = <T extends { file: string; sheet: string; row: number }>(list: T[]) =>
      [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(byKey(got)).toEqual(byKey(want));
  });

  test('totals by status, block, unit and provincial task', () => {
    const t = report.totals;
    expect({
      commitments: t.commitments,
      registered: t.registered,
      found: t.found,
      byStatus: t.byStatus,
      due: t.due,
      onTimeRate: round(t.onTimeRate),
    }).toEqual({
      commitments: expected.totals.commitments,
      registered: expected.totals.registered,
      found: expected.totals.found,
      byStatus: expected.totals.byStatus,
      due: expected.totals.due,
      onTimeRate: expected.totals.onTimeRate,
    });
    const groups = (g: Report['totals']['byBlock']) =>
      Object.fromEntries(
        Object.entries(g).map(([k, v]) => [
          k,
          {
            registered: v.registered,
            found: v.found,
            byStatus: v.byStatus,
            due: v.due,
            onTimeRate: round(v.onTimeRate),
          },
        ]),
      );
    expect(groups(t.byBlock)).toEqual(expected.totals.byBlock);
    expect(groups(t.byUnit)).toEqual(expected.totals.byUnit);
    expect(
      report.provincialTasks.map((p) => ({ code: p.code, commitments: p.commitments, byStatus: p.byStatus })),
    ).toEqual(expected.totals.provincialTasks);
  });

  test('the planted mistakes, the count mismatches of units and blocks, and nothing else', () => {
    const got = report.issues.map((i) => `${i.rule}|${i.file}|${i.sheet ?? ''}|${i.cell ?? ''}|${i.unit ?? ''}`).sort();
    const want = [
      ...expected.mistakes.map((m) => `${m.rule}|${m.file}|${m.sheet ?? ''}|${m.cell ?? ''}|${m.unit}`),
      // A block has no file and no unit: its issue is the department's.
      ...expected.mergeIssues.map((m) => `${m.rule}||||`),
    ].sort();
    expect(got).toEqual(want);
    // Each block's issue names the block and its two counts.
    const blockIssues = report.issues
      .filter((i) => i.rule === 'count-mismatch' && i.unit === null)
      .map((i) => i.message);
    const blockNames = Object.fromEntries(department.blocks.map((b) => [b.code, b.name]));
    const wantBlocks = expected.mergeIssues.map(
      (m) => `${blockNames[m.block]} đăng ký ${m.registered} đầu việc nhưng tìm thấy ${m.found}`,
    );
    expect(wantBlocks.filter((w) => !blockIssues.some((msg) => msg.includes(w)))).toEqual([]);
  });
});

describe('month after month (--previous)', () => {
  test('the summary carries both months of history, May replaced by nothing, June added', async () => {
    const state = await readSummaryState(runs.june.summary);
    expect(state.asOf).toBe('2023-06-30');
    const months = [...new Set(state.history.map((h) => h.month))];
    expect(months).toEqual(['2023-05', '2023-06']);
    const dept = state.history.filter((h) => h.scope === 'department').map((h) => [h.month, h.found]);
    expect(dept).toEqual([
      ['2023-05', (await load('expected-previous.json')).totals.commitments],
      ['2023-06', (await load('expected.json')).totals.commitments],
    ]);
    // One row per block and unit each month.
    expect(state.history.filter((h) => h.month === '2023-05').length).toBe(
      state.history.filter((h) => h.month === '2023-06').length,
    );
  });

  test("changes since May: the summary's Thay đổi sheet lists exactly the changes the generator planted, with their values", async () => {
    const june = await load('expected.json');
    const may = await load('expected-previous.json');
    const state = await readSummaryState(runs.june.summary);
    expect(state.commitments).toHaveLength(runs.june.report.commitments.length);
    expect(runs.june.out).toContain(
      'So với bản tổng hợp tháng 5/2023: 1 mới, 1 không còn, 1 dời thời hạn, 1 đổi chỉ tiêu, 1 tiến độ giảm, 1 mới quá hạn, 9 mới hoàn thành',
    );
    // What leadership reads: the sheet of the workbook the merge wrote, opened as a workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(runs.june.summary);
    const sheet = wb.getWorksheet('Thay đổi')!;
    const cellText = (v: ExcelJS.CellValue): string | null =>
      v === null || v === undefined || v === '' ? null : String(v);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(cellText);
    const columns = ['Thay đổi', 'Mã đơn vị', 'Đơn vị', 'Nội dung đầu việc', 'Tháng trước', 'Tháng này'].map((h) =>
      header.indexOf(h),
    );
    expect(columns.every((c) => c > 0)).toBe(true);
    const got: (string | null)[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) got.push(columns.map((c) => cellText(row.getCell(c).value)));
    });

    // The same rows from the generator's truth, in the sheet's words.
    const kind: Record<string, string> = {
      new: 'Mới',
      gone: 'Không còn',
      deadlineMoved: 'Dời thời hạn',
      targetChanged: 'Đổi chỉ tiêu',
      progressBackwards: 'Tiến độ giảm',
      newlyOverdue: 'Mới quá hạn',
      newlyDone: 'Mới hoàn thành',
    };
    const unitNames = Object.fromEntries(department.units.map((u) => [u.code, u.name]));
    const dayFirst = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : null);
    const statusName = (code: unknown) => CATALOGUES.vi.status[code as keyof typeof CATALOGUES.vi.status];
    type Ref = { file: string; sheet: string; row: number };
    const deadlineIn = (list: Expected['commitments'], r: Ref) =>
      list.find((c) => c.file === r.file && c.sheet === r.sheet && c.row === r.row)!.effectiveDeadline;
    const values: Record<
      string,
      (c: NonNullable<Expected['changesSincePrevious']>[string][number]) => [string | null, string | null]
    > = {
      new: (c) => [null, dayFirst(deadlineIn(june.commitments, c))],
      gone: (c) => [dayFirst(deadlineIn(may.commitments, c)), null],
      deadlineMoved: (c) => [dayFirst(c.from as string), dayFirst(c.to as string)],
      targetChanged: (c) => [c.from as string, c.to as string],
      progressBackwards: (c) => [`${c.from}%`, `${c.to}%`],
      newlyOverdue: (c) => [statusName(c.from), statusName('overdue')],
      newlyDone: (c) => [statusName(c.from), statusName(c.to)],
    };
    const want = Object.entries(june.changesSincePrevious!).flatMap(([k, list]) =>
      list.map((c) => [kind[k], c.unit, unitNames[c.unit], c.title, ...values[k](c)]),
    );
    const order = (rows: (string | null)[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(order(got)).toEqual(order(want));
  });

  test('the original deadline survives an extension: BQLDT keeps 30/6 while its deadline moves to 30/9', () => {
    const c = runs.june.report.commitments.find((x) => x.title === 'Lập hồ sơ khoa học xếp hạng 03 di tích cấp tỉnh')!;
    expect([c.deadline, c.originalDeadline]).toEqual(['2023-09-30', '2023-06-30']);
  });
});

test('the unit workbooks are byte for byte what they were', async () => {
  expect(await hashTree(examples)).toEqual(hashesBefore);
});
