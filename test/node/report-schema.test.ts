// The JSON report as other systems read it: its published JSON Schema (schema/report.schema.json) is
// generated from the zod schema tied to the report's types, and the reports the merge and validate
// really write are checked against it with a JSON Schema validator (ajv, draft 2020-12). The merge's
// history and changes are the rows the summary's Lịch sử and Thay đổi sheets show.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import ExcelJS from 'exceljs';
import { REPORT_SCHEMA_VERSION } from '../../src/core/report';
import { readSummaryState } from '../../src/node/summary';
import { reportJsonSchemaText } from '../../src/node/report-schema';
import { runCli } from '../helpers/merge-fixtures';

jest.setTimeout(180_000);

const repo = path.resolve(__dirname, '../..');
const examples = path.join(repo, 'examples');
const config = path.join(examples, 'department.json');

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let may: Json;
let june: Json;
let validated: Json;
let juneSummary: string;
let validate: ReturnType<Ajv2020['compile']>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket report schema '));
  const merge = async (folder: string, asOf: string, month: string, previous?: string) => {
    const args = [
      'merge',
      path.join(examples, folder),
      '--config',
      config,
      '--as-of',
      asOf,
      '--out',
      path.join(dir, `tong-hop-${month}.xlsx`),
      '--report',
      path.join(dir, `${month}.json`),
    ];
    const r = await runCli(previous ? [...args, '--previous', previous] : args);
    expect(r.code).toBe(1);
    return JSON.parse(await fs.readFile(path.join(dir, `${month}.json`), 'utf8')) as Json;
  };
  may = await merge('previous-month', '2023-05-31', '2023-05');
  juneSummary = path.join(dir, 'tong-hop-2023-06.xlsx');
  june = await merge('units', '2023-06-30', '2023-06', path.join(dir, 'tong-hop-2023-05.xlsx'));
  const v = await runCli([
    'validate',
    path.join(examples, 'units'),
    '--config',
    config,
    '--as-of',
    '2023-06-30',
    '--report',
    path.join(dir, 'validate.json'),
  ]);
  expect(v.code).toBe(1);
  validated = JSON.parse(await fs.readFile(path.join(dir, 'validate.json'), 'utf8'));
  const schema = JSON.parse(await fs.readFile(path.join(repo, 'schema', 'report.schema.json'), 'utf8'));
  validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('the committed schema is exactly what npm run schema generates', async () => {
  expect(await fs.readFile(path.join(repo, 'schema', 'report.schema.json'), 'utf8')).toBe(reportJsonSchemaText());
});

test('the reports the merge and validate write are valid against it', () => {
  for (const [name, report] of [
    ['may', may],
    ['june', june],
    ['validate', validated],
  ] as const) {
    expect([name, validate(report), errors()]).toEqual([name, true, []]);
  }
});

test('every report says its schema version; the merge adds its history, and its changes only with --previous', () => {
  for (const r of [may, june, validated]) expect(r.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  expect(Object.keys(may)).toEqual([
    'schemaVersion',
    'asOf',
    'department',
    'files',
    'commitments',
    'totals',
    'provincialTasks',
    'issues',
    'history',
  ]);
  expect(Object.keys(june)).toEqual([
    'schemaVersion',
    'asOf',
    'department',
    'files',
    'commitments',
    'totals',
    'provincialTasks',
    'issues',
    'history',
    'changes',
  ]);
  expect('history' in validated || 'changes' in validated).toBe(false);
});

test("history: the month-by-month rows of the summary's Lịch sử sheet, May carried into June", async () => {
  const state = await readSummaryState(juneSummary);
  expect(june.history).toEqual(state.history);
  expect([...new Set(june.history.map((h: Json) => h.month))]).toEqual(['2023-05', '2023-06']);
  expect(may.history.every((h: Json) => h.month === '2023-05')).toBe(true);
  const dept = june.history.filter((h: Json) => h.scope === 'department');
  expect(dept.map((h: Json) => [h.month, h.asOf, h.found, h.due])).toEqual([
    ['2023-05', '2023-05-31', may.totals.found, may.totals.due],
    ['2023-06', '2023-06-30', june.totals.found, june.totals.due],
  ]);
  expect(dept[1].byStatus).toEqual(june.totals.byStatus);
  expect(dept[1].onTimeRate).toBe(june.totals.onTimeRate);
});

test("changes: what the Thay đổi sheet shows, with the generator's values", async () => {
  const expected = JSON.parse(await fs.readFile(path.join(examples, 'expected.json'), 'utf8'));
  const previous = JSON.parse(await fs.readFile(path.join(examples, 'expected-previous.json'), 'utf8'));
  type Ref = { unit: string; title: string; file: string; sheet: string; row: number; from?: unknown; to?: unknown };
  const deadline = (list: (Ref & { effectiveDeadline: string | null })[], r: Ref) =>
    list.find((c) => c.file === r.file && c.sheet === r.sheet && c.row === r.row)!.effectiveDeadline;
  const kinds: Record<string, [string, (c: Ref) => [unknown, unknown]]> = {
    new: ['new', (c) => [null, deadline(expected.commitments, c)]],
    gone: ['gone', (c) => [deadline(previous.commitments, c), null]],
    deadlineMoved: ['deadline-moved', (c) => [c.from, c.to]],
    targetChanged: ['target-changed', (c) => [c.from, c.to]],
    progressBackwards: ['progress-back', (c) => [String(c.from), String(c.to)]],
    newlyOverdue: ['newly-overdue', (c) => [c.from, 'overdue']],
    newlyDone: ['newly-done', (c) => [c.from, c.to]],
  };
  const want = Object.entries(expected.changesSincePrevious as Record<string, Ref[]>).flatMap(([k, list]) =>
    list.map((c) => [kinds[k][0], c.unit, c.title, ...kinds[k][1](c)]),
  );
  const got = june.changes.map((c: Json) => [c.kind, c.unit, c.title, c.before, c.after]);
  const order = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  expect(order(got)).toEqual(order(want));
  expect(june.changes.every((c: Json) => typeof c.id === 'string' && c.id.length > 0)).toBe(true);

  // The same rows, in the same order, as the summary's Thay đổi sheet lists them (unit code, title).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(juneSummary);
  const sheet = wb.getWorksheet('Thay đổi')!;
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => (v === undefined ? null : v));
  const [unitCol, titleCol] = ['Mã đơn vị', 'Nội dung đầu việc'].map((h) => header.indexOf(h));
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push([row.getCell(unitCol).value, row.getCell(titleCol).value]);
  });
  expect(rows).toEqual(june.changes.map((c: Json) => [c.unit, c.title]));
});

describe('a report that lacks a field, or has one the schema does not know, is refused', () => {
  const without = (mutate: (r: Json) => void) => {
    const r = structuredClone(june);
    mutate(r);
    return r;
  };
  test.each([
    ['schemaVersion', (r: Json) => delete r.schemaVersion, ''],
    ['totals', (r: Json) => delete r.totals, ''],
    ["a commitment's source row", (r: Json) => delete r.commitments[0].source.row, '/commitments/0/source'],
    ["a commitment's status", (r: Json) => delete r.commitments[3].status, '/commitments/3'],
    ["an issue's cell", (r: Json) => delete r.issues[0].cell, '/issues/0'],
    ["a block's due count", (r: Json) => delete r.totals.byBlock.BGD.due, '/totals/byBlock/BGD'],
    ["a history row's onTimeRate", (r: Json) => delete r.history[0].onTimeRate, '/history/0'],
    ["a change's before", (r: Json) => delete r.changes[0].before, '/changes/0'],
    ['a status count', (r: Json) => delete r.totals.byStatus.unknown, '/totals/byStatus'],
  ])('missing %s', (_, mutate, at) => {
    expect(validate(without(mutate))).toBe(false);
    expect(errors()).toContainEqual(expect.stringMatching(new RegExp(`^${at} must have required property`)));
  });

  test.each([
    ['an unknown top-level field', (r: Json) => (r.extra = 1)],
    ['a wrong schema version', (r: Json) => (r.schemaVersion = 2)],
    ['a date that is no ISO date', (r: Json) => (r.commitments[0].deadline = '30/06/2023')],
    ['an unknown status code', (r: Json) => (r.commitments[0].status = 'done')],
    ['a change of an unknown kind', (r: Json) => (r.changes[0].kind = 'moved')],
  ])('with %s', (_, mutate) => {
    expect(validate(without(mutate))).toBe(false);
  });
});
