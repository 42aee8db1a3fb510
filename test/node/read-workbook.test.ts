import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { addUnprefixedChart } from '../helpers/drawing';
import { WorkbookReadError, readWorkbookBuffer, readWorkbookFile } from '../../src/node/read-workbook';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket-read-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getCell('A1').value = 'Nội dung';
  ws.mergeCells('A1:B1');
  ws.getCell('A2').value = new Date(Date.UTC(2023, 5, 30));
  ws.getCell('A2').numFmt = 'dd/mm/yyyy';
  ws.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
  ws.getCell('C2').value = { richText: [{ text: 'Lễ hội ' }, { text: 'Dừa', font: { bold: true } }] };
  ws.getCell('D2').value = 0.75;
  ws.getCell('D2').numFmt = '0%';
  ws.getCell('E2').value = 'Céng hoµ';
  ws.getCell('E2').font = { name: '.VnTime' };
  ws.getRow(3).hidden = true;
  ws.getCell('A3').value = 'ẩn';
  ws.getColumn(6).hidden = true;
  ws.getCell('F2').value = 'cột ẩn';
  const hidden = wb.addWorksheet('ẩn');
  hidden.state = 'veryHidden';
  await wb.xlsx.writeFile(file);
}

describe('readWorkbookFile: an .xlsx as the core grid', () => {
  test('values, date serials, formulas by their result, rich text, formats, fonts, merges, hidden parts', async () => {
    const file = path.join(dir, 'Bảo tàng tỉnh - mẫu.xlsx');
    await writeSample(file);
    const grid = await readWorkbookFile(file);
    expect(grid.file).toBe('Bảo tàng tỉnh - mẫu.xlsx');
    const [s, h] = grid.sheets;
    expect(s.name).toBe('Kế hoạch');
    expect(s.values[0][0]).toBe('Nội dung');
    expect(s.values[1][0]).toBe(45107); // 30/6/2023 as an Excel serial, as Office.js gives it
    expect(s.formats![1][0]).toBe('dd/mm/yyyy');
    expect(s.values[1][1]).toBe(3);
    expect(s.values[1][2]).toBe('Lễ hội Dừa');
    expect(s.values[1][3]).toBe(0.75);
    expect(s.formats![1][3]).toBe('0%');
    expect(s.fonts![1][4]).toBe('.VnTime');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(s.hiddenRows).toEqual([2]);
    expect(s.hiddenColumns).toContain(5);
    expect(s.values[2][0]).toBe('ẩn');
    expect(h.hidden).toBe(true);
  });

  test('an old .xls is unsupported-format, an encrypted one says so, a truncated one is unreadable', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(readWorkbookBuffer(ole, 'cu.xls')).rejects.toMatchObject({ rule: 'unsupported-format' });
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    await expect(readWorkbookBuffer(encrypted, 'mat-khau.xlsx')).rejects.toMatchObject({ rule: 'encrypted-file' });
    const file = path.join(dir, 'full.xlsx');
    await writeSample(file);
    const bytes = await fs.readFile(file);
    await expect(readWorkbookBuffer(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.xlsx')).rejects.toMatchObject(
      { rule: 'unreadable-file', params: { reason: 'corrupt' } },
    );
    await expect(readWorkbookBuffer(Buffer.from('hello'), 'text.xlsx')).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(readWorkbookFile(path.join(dir, 'none.xlsx'))).rejects.toMatchObject({
      params: { reason: 'not-found' },
    });
  });
});

describe('a workbook that also holds a chart', () => {
  test('a drawing written without the xdr: prefix (openpyxl style) is read all the same', async () => {
    const file = path.join(dir, 'chart-src.xlsx');
    await writeSample(file);
    const withChart = await addUnprefixedChart(await fs.readFile(file));
    const plain = new ExcelJS.Workbook();
    // The upstream bug this guards against: exceljs alone cannot load it.
    await expect(plain.xlsx.load(withChart as unknown as ArrayBuffer)).rejects.toThrow(/anchors/);
    const grid = await readWorkbookBuffer(withChart, 'co-bieu-do.xlsx');
    expect(grid.sheets[0].values[1][2]).toBe('Lễ hội Dừa');
  });
});
