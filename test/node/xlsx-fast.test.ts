// The lean reader must read every workbook exactly as the exceljs-based reader does.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { isDateFormat, isPercentFormat } from '../../src/core/dates';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbookWithExceljs } from '../../src/node/read-workbook';
import { readXlsxFast } from '../../src/node/xlsx-fast';
import { addUnprefixedChart } from '../helpers/drawing';

const examples = path.resolve(__dirname, '../../examples');

async function exampleFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const folder of ['units', 'previous-month']) {
    for (const f of await fs.readdir(path.join(examples, folder)))
      if (f.endsWith('.xlsx')) out.push(path.join(examples, folder, f));
  }
  return out.sort();
}

/** What the core can see of a sheet; formats compared by what they mean to it. */
function visible(s: SheetGrid) {
  // Formats and fonts matter only where there is a value (exceljs skips styled empty cells).
  const dense = <T>(f: (r: number, c: number) => T | null | undefined) =>
    Array.from(s.values, (row, r) =>
      Array.from(row ?? [], (v, c) => (v === null || v === undefined ? null : (f(r, c) ?? null))),
    );
  return {
    name: s.name,
    values: dense((r, c) => s.values[r][c]),
    kinds: dense((r, c) => {
      const f = s.formats?.[r]?.[c];
      return isDateFormat(f) ? 'date' : isPercentFormat(f) ? 'percent' : null;
    }),
    legacyFonts: dense((r, c) => {
      const f = s.fonts?.[r]?.[c];
      return f && /^(\.vn|vni)/i.test(f) ? f : null;
    }),
    merges: [...(s.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: s.hiddenRows,
    hiddenColumns: s.hiddenColumns,
    hidden: Boolean(s.hidden),
  };
}

function stripEmptyTail<T>(rows: (T | null)[][]): (T | null)[][] {
  const out = rows.map((r) => {
    const copy = [...r];
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

describe('the lean .xlsx reader agrees with exceljs', () => {
  test('on every example workbook: same cells, formats, fonts, merges, hidden parts and check result', async () => {
    const files = await exampleFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const buffer = await fs.readFile(file);
      const fast = readXlsxFast(buffer, path.basename(file));
      // exceljs cannot read the example with an unprefixed chart: compare it without the drawing.
      const reference = await readWorkbookWithExceljs(buffer, path.basename(file));
      const a = fast.sheets.map(visible);
      const b = reference.sheets.map(visible);
      for (const v of [...a, ...b]) {
        v.values = stripEmptyTail(v.values);
        v.kinds = stripEmptyTail(v.kinds);
        v.legacyFonts = stripEmptyTail(v.legacyFonts);
      }
      expect({ file, sheets: a }).toEqual({ file, sheets: b });
      const options = { asOf: '2023-06-30' };
      expect(checkWorkbook(fast, options)).toEqual(checkWorkbook(reference, options));
    }
  });

  test('the same grid whatever the zip holds: stored parts, a zip comment, zip64 records (read by fflate)', async () => {
    const JSZip = (await import('jszip')).default;
    const file = (await exampleFiles())[0];
    const original = await fs.readFile(file);
    const expected = readXlsxFast(original, 'x.xlsx');
    const zip = await JSZip.loadAsync(original);
    const stored = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'STORE',
      comment: 'Lưu bởi một phần mềm khác '.repeat(100),
    });
    expect(readXlsxFast(stored, 'x.xlsx')).toEqual(expected);
    // An end record claiming zip64 sends the reader to fflate, which reads the real directory.
    const zip64 = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const end = zip64.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    zip64.writeUInt16LE(0xffff, end + 10);
    expect(readXlsxFast(zip64, 'x.xlsx')).toEqual(expected);
  });

  test('a workbook with an unprefixed chart is read without falling back: the grid of the same workbook without it', async () => {
    const files = await exampleFiles();
    const original = await fs.readFile(files[0]);
    const withChart = await addUnprefixedChart(original);
    const expected = readXlsxFast(original, 'x.xlsx');
    // The chart sits on the first sheet, which holds a commitments table.
    expect(checkWorkbook(expected, { asOf: '2023-06-30' }).sheets[0].table).not.toBeNull();
    expect(readXlsxFast(withChart, 'x.xlsx')).toEqual(expected);
  });

  test('XML escapes and OOXML _xHHHH_ escapes are decoded', () => {
    // Built by hand: the smallest package the reader accepts.
    const { zipSync, strToU8 } = require('fflate') as typeof import('fflate');
    const pkg = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><workbookPr/><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        '<sst><si><t>Lễ hội &lt;Dừa&gt;_x000D_</t></si><si><r><t>Bến </t></r><r><t xml:space="preserve">Tre</t></r><rPh><t>x</t></rPh></si></sst>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Quý II</t></is></c><c r="D1" t="b"><v>1</v></c><c r="E1"><v>80.5</v></c><c r="F1" t="e"><v>#N/A</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells></worksheet>',
      ),
    });
    const grid = readXlsxFast(pkg, 'hand.xlsx');
    expect(grid.sheets[0].name).toBe('A & B');
    expect(grid.sheets[0].values[0]).toEqual(['Lễ hội <Dừa>\r', 'Bến Tre', 'Quý II', true, 80.5]);
    expect(grid.sheets[0].merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
  });
});

describe('the lean reader on random workbooks', () => {
  test('any workbook exceljs writes reads the same through both readers', async () => {
    const fc = (await import('fast-check')).default;
    const ExcelJS = (await import('exceljs')).default;
    const text = fc.stringMatching(/^[ a-zA-Z0-9&<>"'.,%/()\-ạảấầẩẫậđĐươứừửữựỘỐÀ\n]{0,40}$/);
    const cell = fc.oneof(
      fc.constant(null),
      text,
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.boolean(),
      fc
        .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
        .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (rows, merge) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Trang 1');
          rows.forEach((r, i) =>
            r.forEach((v, j) => {
              if (v === null) return;
              const c = ws.getCell(i + 1, j + 1);
              c.value = v;
              if (v instanceof Date) c.numFmt = 'dd/mm/yyyy';
            }),
          );
          if (merge) ws.mergeCells('A20:C21');
          const buffer = Buffer.from(await wb.xlsx.writeBuffer());
          const a = readXlsxFast(buffer, 'r.xlsx').sheets.map(visible);
          const b = (await readWorkbookWithExceljs(buffer, 'r.xlsx')).sheets.map(visible);
          for (const v of [...a, ...b]) {
            v.values = stripEmptyTail(v.values);
            v.kinds = stripEmptyTail(v.kinds);
            v.legacyFonts = stripEmptyTail(v.legacyFonts);
          }
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 40 },
    );
  });
});
