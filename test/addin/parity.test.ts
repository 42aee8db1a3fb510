// Parity: every example workbook, read by the add-in's adapter from an emulated Excel holding the
// same file, gives exactly the issues and the roll-up that the Node side gives for the file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { departmentSchema } from '../../src/core/department';
import type { WorkbookGrid } from '../../src/core/grid';
import { rollUp } from '../../src/core/rollup';
import { reportIssue } from '../../src/core/report';
import { sortIssues } from '../../src/core/rules';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { runValidate } from '../../src/node/validate';
import { checkOpenWorkbook } from '../../src/addin/check-open-workbook';
import { type ReadResult, readWorkbook } from '../../src/addin/excel-adapter';
import { excelApiReference } from './emulation/api-sets';
import { type ExcelEmulation, emulationFromGrid } from './emulation/excel-emulation';

const repoRoot = path.resolve(__dirname, '../..');
const unitsDir = path.join(repoRoot, 'examples', 'units');
const files = existsSync(unitsDir)
  ? readdirSync(unitsDir)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$'))
      .sort()
  : [];
const expectedPath = path.join(repoRoot, 'examples', 'expected.json');
const asOf: string = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')).asOf : '2023-06-30';
const departmentPath = path.join(repoRoot, 'examples', 'department.json');

const api = excelApiReference();

/** One folder for the workbooks these tests write, removed after them. */
let scratchDir: string | null = null;
function scratch(): string {
  scratchDir ??= mkdtempSync(path.join(tmpdir(), 'camket-parity-'));
  return scratchDir;
}
afterAll(() => {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

async function readThroughAddin(
  grid: WorkbookGrid,
  emuOptions = {},
): Promise<{ emu: ExcelEmulation; read: ReadResult }> {
  const emu = emulationFromGrid(grid, { api, ...emuOptions });
  const read = await emu.run((ctx) =>
    readWorkbook(ctx as unknown as Excel.RequestContext, { capabilities: { mergedAreas: true } }),
  );
  return { emu, read };
}

test('the example workbooks are there to compare', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.length ? files : ['(no example workbook)'])('%s', (file) => {
  const full = path.join(unitsDir, file);

  test('add-in and Node give the same issues and roll-up (no department file)', async () => {
    const grid = await readWorkbookFile(full);
    const node = checkWorkbook(grid, { asOf, lang: 'vi' });
    const { emu, read } = await readThroughAddin(grid);
    const addin = checkOpenWorkbook(read.grid, { asOf, lang: 'vi' });

    expect(node.commitments.length).toBeGreaterThan(0);
    expect(sortIssues(addin.issues)).toEqual(sortIssues(node.issues));
    expect(addin.totals).toEqual(rollUp(node.commitments, asOf));
    expect(addin.check.commitments).toEqual(node.commitments);
    // Four round trips whatever the size, and no Excel.run left work unsynced.
    expect(read.syncs).toBeLessThanOrEqual(4);
    expect(emu.syncs).toBe(read.syncs);
    expect(emu.unflushed).toBe(0);
  });

  test('add-in with the department file gives what `camket validate` reports', async () => {
    const department = departmentSchema.parse(JSON.parse(readFileSync(departmentPath, 'utf8')));
    const { report } = await runValidate([full], { asOf, department, lang: 'vi' }, () => undefined);
    const grid = await readWorkbookFile(full);
    const { read } = await readThroughAddin(grid);
    const addin = checkOpenWorkbook(read.grid, { asOf, lang: 'vi', department });

    expect(sortIssues(addin.issues).map(reportIssue)).toEqual(report.issues);
    expect(addin.totals).toEqual(report.totals);
    expect(addin.unit?.code).toBe(report.files[0].unit);
  });
});

/** A workbook with the habits real clerks have (written by exceljs, as a script would): last year's
 *  sheet, a summary sheet mirroring the list by formulas, footers of formulas and notes, a group
 *  heading over its items, and a formula saved without its result. */
async function realHabitsWorkbook(file: string): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const list = (name: string, year: number) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    ws.addRow([`DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM ${year}`]);
    ws.addRow([]);
    ws.addRow(['STT', 'Nội dung đầu việc', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng']);
    ws.addRow([1, 'Công tác tuyên truyền, quảng bá']);
    ws.addRow(['1.1', `Tuyên truyền Lễ hội Dừa ${year}`, 'Lê Văn C', `30/6/${year}`, 100, 'Đã hoàn thành']);
    ws.addRow(['1.2', `Quảng bá du lịch ${year}`, 'Lê Văn C', `30/9/${year}`, 50, 'Đang thực hiện']);
    ws.addRow([
      2,
      `Kiểm kê di tích ${year}`,
      'Trần Thị D',
      `Quý III/${year}`,
      { formula: 'G8/H8*100' },
      'Đang thực hiện',
    ]);
    ws.addRow([3, `Số hóa tư liệu ${year}`, 'Trần Thị D', `31/12/${year}`, 20, null]);
    ws.addRow([null, 'Tiến độ bình quân', null, null, { formula: 'AVERAGE(E6:E9)', result: 56.7 }]);
    ws.addRow([null, 'Tổng số: 4 đầu việc']);
    ws.addRow([null, '(*) Thời hạn theo Kế hoạch số 12/KH-SVHTTDL']);
    ws.addRow([null, `Bến Tre, ngày 31 tháng 5 năm ${year}`]);
    ws.addRow([null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ']);
    return ws;
  };
  list('Năm 2022', 2022);
  list('Năm 2023', 2023);
  const mirror = wb.addWorksheet('Tổng hợp');
  mirror.addRow(['TỔNG HỢP ĐẦU VIỆC']);
  mirror.addRow([]);
  mirror.addRow(['STT', 'Nội dung đầu việc', 'Thời hạn', 'Tình trạng']);
  for (let r = 6; r <= 9; r++) {
    const src = (col: string, result: string | number) => ({ formula: `'Năm 2023'!${col}${r}`, result });
    mirror.addRow([src('A', r - 5), src('B', `Việc ${r}`), src('D', '30/9/2023'), src('F', 0)]);
  }
  mirror.addRow([null, 'Số đầu việc', { formula: "COUNTA('Năm 2023'!B6:B9)", result: 4 }]);
  await wb.xlsx.writeFile(file);
}

describe('the habits of real clerks: the add-in reads them as the merge does', () => {
  test('other-year and mirror sheets passed over, footers and group headings skipped, the uncalculated formula said', async () => {
    const file = path.join(scratch(), 'thoi-quen.xlsx');
    await realHabitsWorkbook(file);
    const grid = await readWorkbookFile(file);
    const node = checkWorkbook(grid, { asOf, lang: 'vi' });
    // Excel calculates on opening what the file saved without a result: G8/H8*100 over empty cells.
    const emu = emulationFromGrid(grid, { api });
    emu.setCalculated('Năm 2023', 'E8', '#DIV/0!', true);
    const read = await emu.run((ctx) =>
      readWorkbook(ctx as unknown as Excel.RequestContext, { capabilities: { mergedAreas: true } }),
    );
    const addin = checkOpenWorkbook(read.grid, { asOf, lang: 'vi' });

    expect(node.commitments.map((c) => `${c.source.sheet}!${c.source.row} ${c.title}`)).toEqual([
      'Năm 2023!6 Tuyên truyền Lễ hội Dừa 2023',
      'Năm 2023!7 Quảng bá du lịch 2023',
      'Năm 2023!8 Kiểm kê di tích 2023',
      'Năm 2023!9 Số hóa tư liệu 2023',
    ]);
    expect(node.issues.map((i) => `${i.rule}@${i.sheet}!${i.cell}`)).toEqual([
      'other-year-sheet@Năm 2022!null',
      'formula-not-calculated@Năm 2023!E8',
      'mirror-sheet@Tổng hợp!null',
    ]);
    expect(sortIssues(addin.issues)).toEqual(sortIssues(node.issues));
    expect(addin.check.commitments).toEqual(node.commitments);
    expect(addin.totals).toEqual(rollUp(node.commitments, asOf));
    expect(emu.unflushed).toBe(0);
  });
});

describe('a formula whose result is empty text (=IF(…;"";…)): calculated, by both paths', () => {
  test('no formula-not-calculated, the same commitments and progress', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const file = path.join(scratch(), 'if-rong.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kế hoạch 2023');
    ws.addRow(['ĐẦU VIỆC TRỌNG TÂM NĂM 2023']);
    ws.addRow([
      'STT',
      'Nội dung đầu việc',
      'Người chịu trách nhiệm',
      'Thời hạn',
      'Tiến độ (%)',
      'Tình trạng',
      'Đã làm',
      'Kế hoạch',
    ]);
    ws.addRow([
      1,
      'Kiểm kê di tích',
      'Trần Thị D',
      '30/9/2023',
      { formula: 'IF(H3="","",G3/H3*100)', result: 40 },
      'Đang thực hiện',
      4,
      10,
    ]);
    ws.addRow([
      2,
      'Số hóa tư liệu',
      'Trần Thị D',
      '31/12/2023',
      { formula: 'IF(H4="","",G4/H4*100)', result: '' },
      'Chưa thực hiện',
    ]);
    await wb.xlsx.writeFile(file);

    const grid = await readWorkbookFile(file);
    const node = checkWorkbook(grid, { asOf, lang: 'vi' });
    const { read } = await readThroughAddin(grid);
    const addin = checkOpenWorkbook(read.grid, { asOf, lang: 'vi' });
    expect(node.commitments.map((c) => c.progress)).toEqual([40, null]);
    expect(node.issues.filter((i) => i.rule === 'formula-not-calculated')).toEqual([]);
    expect(sortIssues(addin.issues)).toEqual(sortIssues(node.issues));
    expect(addin.check.commitments).toEqual(node.commitments);
  });
});

describe('a workbook in the 1904 date system (made on a Mac): the add-in reads its dates as the merge does', () => {
  test('the same deadlines, statuses and issues by both paths', async () => {
    const { isDateFormat, isoToSerial } = await import('../../src/core/dates');
    const ExcelJS = (await import('exceljs')).default;
    const file = path.join(scratch(), 'mac-1904.xlsx');
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    const ws = wb.addWorksheet('Kế hoạch 2023');
    ws.addRow(['ĐẦU VIỆC TRỌNG TÂM NĂM 2023']);
    ws.addRow([
      'STT',
      'Nội dung đầu việc',
      'Người chịu trách nhiệm',
      'Thời hạn',
      'Ngày hoàn thành',
      'Tiến độ (%)',
      'Tình trạng',
    ]);
    const rows: [string, string, string | null, number, string][] = [
      ['Tổ chức Lễ hội Dừa', '2023-04-30', '2023-04-28', 100, 'Đã hoàn thành'],
      ['Kiểm kê di tích', '2023-06-15', null, 40, 'Đang thực hiện'],
      ['Số hóa tư liệu', '2023-09-30', null, 10, 'Đang thực hiện'],
    ].map((r) => r as [string, string, string | null, number, string]);
    rows.forEach(([title, deadline, done, progress, status], i) => {
      // Serials of the 1904 system, as Excel for Mac stores them.
      const row = ws.addRow([
        i + 1,
        title,
        'Lê Văn C',
        isoToSerial(deadline) - 1462,
        done ? isoToSerial(done) - 1462 : null,
        progress,
        status,
      ]);
      row.getCell(4).numFmt = 'dd/mm/yyyy';
      row.getCell(5).numFmt = 'dd/mm/yyyy';
    });
    await wb.xlsx.writeFile(file);

    const grid = await readWorkbookFile(file);
    const node = checkWorkbook(grid, { asOf, lang: 'vi' });
    expect(node.commitments.map((c) => c.deadline)).toEqual(['2023-04-30', '2023-06-15', '2023-09-30']);
    const { emu, read } = await readThroughAddin(grid, { date1904: true, isDateFormat });
    const addin = checkOpenWorkbook(read.grid, { asOf, lang: 'vi' });
    expect(addin.check.commitments).toEqual(node.commitments);
    expect(sortIssues(addin.issues)).toEqual(sortIssues(node.issues));
    expect(addin.totals).toEqual(rollUp(node.commitments, asOf));
    expect(read.syncs).toBe(4);
    expect(emu.unflushed).toBe(0);
  });
});
