// Two things the merge must carry through untouched: the column mapping a clerk saved in a workbook
// from the add-in, and every value of the report, whatever characters it holds.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildReport } from '../../src/core/report';
import { MAPPING_SHEET, emptyMapping, serializeMapping } from '../../src/core/saved-mapping';
import type { Commitment } from '../../src/core/model';
import { loadDepartment } from '../../src/node/department-file';
import { runMerge } from '../../src/node/merge';
import { writeReportFile } from '../../src/node/report-file';
import { ASOF, smallDepartment } from '../helpers/merge-fixtures';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket outputs '));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('the mapping saved by the add-in (a very hidden sheet) is honoured by the merge', async () => {
  const folder = path.join(dir, 'units');
  await fs.mkdir(folder);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KH');
  ws.addRows([
    ['BẢO TÀNG TỈNH'],
    ['TT', 'Công việc', 'Mốc', 'Số liệu khác', 'Tiến độ'],
    [1, 'Tu bổ di tích Đồng Khởi', 'Quý III/2023', '30/6/2023', 50],
  ]);
  const mapping = emptyMapping();
  mapping.sheets.KH = { headerRow: 2, headerRows: 1, columns: { C: 'deadline', D: 'ignore' } };
  const store = wb.addWorksheet(MAPPING_SHEET, { state: 'veryHidden' });
  store.getCell('A1').value = serializeMapping(mapping);
  await wb.xlsx.writeFile(path.join(folder, 'Bảo tàng.xlsx'));
  const cfg = path.join(dir, 'so.json');
  await fs.writeFile(cfg, JSON.stringify(smallDepartment()));
  const result = await runMerge(
    { folder, department: await loadDepartment(cfg), asOf: ASOF, lang: 'vi', out: path.join(dir, 'th.xlsx') },
    () => {},
    () => {},
  );
  expect(result.report!.files.map((f) => [f.file, f.state, f.unit, f.sheets])).toEqual([
    ['Bảo tàng.xlsx', 'merged', 'BT', ['KH']],
  ]);
  expect(result.report!.commitments[0]).toMatchObject({
    title: 'Tu bổ di tích Đồng Khởi',
    deadline: '2023-09-30',
    status: 'in_progress',
  });
  // Only the count (3 registered): no missing-deadline-column, the mapping supplied it.
  expect(result.report!.issues.filter((i) => i.file === 'Bảo tàng.xlsx').map((i) => i.rule)).toEqual([
    'count-mismatch',
  ]);
});

test('the streamed report is the report, value for value, whatever its text holds', async () => {
  const tricky = 'Dòng 1\n"trích dẫn" \\ tab\t \u2028 \u0000 😀 =SUM(A1) ﻿';
  const commitment = (i: number): Commitment => ({
    id: `VP:${i}`,
    unit: 'VP',
    block: 'QLNN',
    field: tricky,
    code: null,
    title: `${tricky} ${i}`,
    target: null,
    owner: 'Lê Thị B',
    start: null,
    deadline: '2023-06-30',
    deadlineText: 'Quý II/2023',
    originalDeadline: null,
    extendedDeadline: null,
    recurring: false,
    completedOn: null,
    progress: 12.5,
    statusText: null,
    status: 'overdue',
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file: 'vp.xlsx', sheet: 'KH', row: i + 2, titleColumn: 'B' },
  });
  const department = smallDepartment();
  const report = buildReport({
    asOf: ASOF,
    department,
    files: [{ file: 'vp.xlsx', path: 'vp.xlsx', unit: 'VP', state: 'merged', commitments: 3 }],
    commitments: [0, 1, 2].map(commitment),
    issues: [],
  });
  const empty = buildReport({ asOf: ASOF, department: null, files: [], commitments: [], issues: [] });
  for (const r of [report, empty]) {
    const file = path.join(dir, 'bao cao.json');
    await writeReportFile(file, r);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(r)));
  }
  expect(await fs.readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
});

test("commitments handed over to the report keep their extra fields in memory, never in the report's file", async () => {
  const c: Commitment = {
    id: 'VP:1',
    unit: 'VP',
    block: 'QLNN',
    field: null,
    code: null,
    title: 'Tổng kết năm',
    target: null,
    owner: null,
    start: null,
    deadline: '2023-12-31',
    deadlineText: '31/12/2023',
    originalDeadline: null,
    extendedDeadline: '2024-01-15',
    recurring: false,
    completedOn: null,
    progress: 40,
    statusText: null,
    status: 'in_progress',
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: { 'Kinh phí (triệu đồng)': '120' },
    source: { file: 'vp.xlsx', sheet: 'KH', row: 5, titleColumn: 'C' },
  };
  const files = [{ file: 'vp.xlsx', path: 'vp.xlsx', unit: 'VP', state: 'merged' as const, commitments: 1 }];
  const copied = buildReport({ asOf: ASOF, department: smallDepartment(), files, commitments: [c], issues: [] });
  const handed = buildReport({
    asOf: ASOF,
    department: smallDepartment(),
    files,
    commitments: [c],
    issues: [],
    handOver: true,
  });
  expect(handed.commitments[0]).toBe(c);
  const file = path.join(dir, 'handed.json');
  await writeReportFile(file, handed);
  const written = JSON.parse(await fs.readFile(file, 'utf8'));
  expect(written.commitments).toEqual(JSON.parse(JSON.stringify(copied.commitments)));
  expect(Object.keys(written.commitments[0])).not.toContain('extra');
  expect(written.commitments[0].source).toEqual({ file: 'vp.xlsx', sheet: 'KH', row: 5 });
});
