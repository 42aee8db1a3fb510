// The formula layer, in both readers (the lean one and the exceljs fallback): every formula cell
// carries its text, its value is the result saved with it, or null when the file saved none.
// Each sheet below is written as its producer writes it (Excel, LibreOffice, openpyxl).
import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { readWorkbookWithExceljs } from '../../src/node/read-workbook';
import { readXlsxFast } from '../../src/node/xlsx-fast';
import { MAIN_NS, REL_NS, relsXml, workbookXml } from '../bench/hostile';

const STYLES = `<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function book(rows: string, pr = ''): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']])),
      'xl/workbook.xml': strToU8(workbookXml(['Năm 2024'], pr)),
      'xl/_rels/workbook.xml.rels': strToU8(
        relsXml([
          ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
          ['rId2', 'styles', 'styles.xml'],
        ]),
      ),
      'xl/styles.xml': strToU8(STYLES),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    }),
  );
}

async function bothReaders(buffer: Buffer): Promise<[string, SheetGrid][]> {
  const fast: WorkbookGrid = readXlsxFast(buffer, 'f.xlsx');
  const exceljs: WorkbookGrid = await readWorkbookWithExceljs(buffer, 'f.xlsx');
  return [
    ['lean reader', fast.sheets[0]],
    ['exceljs', exceljs.sheets[0]],
  ];
}

const value = (s: SheetGrid, ref: string) => {
  const col = ref.charCodeAt(0) - 65;
  const row = Number(ref.slice(1)) - 1;
  return s.values[row]?.[col] ?? null;
};
const formula = (s: SheetGrid, ref: string) => {
  const col = ref.charCodeAt(0) - 65;
  const row = Number(ref.slice(1)) - 1;
  return s.formulas?.[row]?.[col] ?? null;
};

// Row 1 holds the inputs the formulas read.
const INPUTS = '<row r="1"><c r="A1"><v>4</v></c><c r="B1"><v>6</v></c></row>';

describe('a formula saved without a result is an empty cell, never 0', () => {
  const rows =
    INPUTS +
    '<row r="2">' +
    // openpyxl: an empty <v></v>; other generators: no <v> at all, or <v/>, or only blanks in it.
    '<c r="A2"><f>SUM(A1:B1)</f><v></v></c>' +
    '<c r="B2"><f>A1*B1</f></c>' +
    '<c r="C2"><f>A1</f><v/></c>' +
    '<c r="D2"><f>B1</f><v> </v></c>' +
    // a saved result of each kind
    '<c r="E2"><f>A1+B1</f><v>10</v></c>' +
    '<c r="F2" t="b"><f>A1&gt;B1</f><v>0</v></c>' +
    '<c r="G2" t="e"><f>A1/0</f><v>#DIV/0!</v></c>' +
    '<c r="H2"><f>A1-A1</f><v>0</v></c>' +
    '</row>';

  test.each(['lean reader', 'exceljs'])('%s', async (reader) => {
    const sheet = (await bothReaders(book(rows))).find(([name]) => name === reader)![1];
    expect(['A2', 'B2', 'C2', 'D2'].map((r) => value(sheet, r))).toEqual([null, null, null, null]);
    expect(['A2', 'B2', 'C2', 'D2'].map((r) => formula(sheet, r))).toEqual(['SUM(A1:B1)', 'A1*B1', 'A1', 'B1']);
    expect(value(sheet, 'E2')).toBe(10);
    expect(value(sheet, 'F2')).toBe(false);
    expect(value(sheet, 'G2')).toBeNull();
    // A result of 0 is a result: not "no value".
    expect(value(sheet, 'H2')).toBe(0);
    expect(['E2', 'F2', 'G2'].map((r) => formula(sheet, r))).toEqual(['A1+B1', 'A1>B1', 'A1/0']);
  });
});

describe('a formula whose result is text keeps that text', () => {
  // Excel writes a text result as t="str"; an empty text result ("") as an empty <v>: that is a
  // result, not a formula left uncalculated.
  const rows =
    INPUTS +
    '<row r="2">' +
    '<c r="A2" t="str"><f>"Đạt "&amp;A1&amp;"%"</f><v>Đạt 4%</v></c>' +
    '<c r="B2" t="str"><f>TEXT(A1,"0")</f><v>0</v></c>' +
    '<c r="C2" t="str"><f>IF(A1&gt;5,"x","")</f><v></v></c>' +
    '<c r="D2" t="str"><f>REPT(" ",1)</f><v> </v></c>' +
    '</row>';

  test('the lean reader', async () => {
    const [[, sheet]] = await bothReaders(book(rows));
    expect(['A2', 'B2', 'C2', 'D2'].map((r) => value(sheet, r))).toEqual(['Đạt 4%', '0', '', ' ']);
    expect(formula(sheet, 'A2')).toBe('"Đạt "&A1&"%"');
    expect(formula(sheet, 'C2')).toBe('IF(A1>5,"x","")');
  });

  test('exceljs (it cannot tell an empty text result from no result: null there)', async () => {
    const [, [, sheet]] = await bothReaders(book(rows));
    expect(['A2', 'B2'].map((r) => value(sheet, r))).toEqual(['Đạt 4%', '0']);
    expect(formula(sheet, 'C2')).toBe('IF(A1>5,"x","")');
  });
});

describe('shared and array formulas reach every cell they fill', () => {
  const rows =
    INPUTS +
    // Excel: the master holds the text, the cells that repeat it only <f t="shared" si="0"/>.
    '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*$B$1+A$1</f><v>10</v></c></row>' +
    '<row r="4"><c r="A4"><v>2</v></c><c r="B4"><f t="shared" si="0"/><v>16</v></c></row>' +
    '<row r="5"><c r="A5"><v>3</v></c><c r="B5"><f t="shared" si="0"/></c></row>' +
    // An array formula (Ctrl+Shift+Enter): written once, in the top-left of its range.
    '<row r="6"><c r="A6"><f t="array" ref="A6:B7">A1:B1*2</f><v>8</v></c><c r="B6"><v>12</v></c></row>' +
    '<row r="7"><c r="A7"><v>8</v></c><c r="B7"><v>12</v></c><c r="C7"><v>0</v></c></row>';

  test.each(['lean reader', 'exceljs'])('%s', async (reader) => {
    const sheet = (await bothReaders(book(rows))).find(([name]) => name === reader)![1];
    expect(['B3', 'B4', 'B5'].map((r) => formula(sheet, r))).toEqual(['A3*$B$1+A$1', 'A4*$B$1+A$1', 'A5*$B$1+A$1']);
    expect(['B3', 'B4', 'B5'].map((r) => value(sheet, r))).toEqual([10, 16, null]);
    // Every cell of the array's range holds the array formula; the cell beside it holds none.
    expect(['A6', 'B6', 'A7', 'B7'].map((r) => formula(sheet, r))).toEqual([
      'A1:B1*2',
      'A1:B1*2',
      'A1:B1*2',
      'A1:B1*2',
    ]);
    expect(['A6', 'B6', 'A7', 'B7'].map((r) => value(sheet, r))).toEqual([8, 12, 8, 12]);
    expect(formula(sheet, 'C7')).toBeNull();
    expect(formula(sheet, 'A3')).toBeNull();
  });
});

describe('formulas cost nothing where there are none', () => {
  test.each(['lean reader', 'exceljs'])(
    '%s: a sheet without formulas has no formulas grid, a sparse one only its rows',
    async (reader) => {
      const none = (await bothReaders(book(INPUTS + '<row r="2"><c r="A2"><v>5</v></c></row>'))).find(
        ([name]) => name === reader,
      )![1];
      expect(none.formulas).toBeUndefined();
      const one = (await bothReaders(book(INPUTS + '<row r="9"><c r="C9"><f>A1</f><v>4</v></c></row>'))).find(
        ([name]) => name === reader,
      )![1];
      expect(one.formulas!.filter((r) => r !== undefined && r !== null)).toHaveLength(1);
      expect(one.formulas![0]).toBeUndefined();
    },
  );
});

describe('the 1904 date system (Excel for Mac)', () => {
  // 44103 in the 1904 system and 45565 in the 1900 system are both 30/9/2024.
  const rows =
    '<row r="1"><c r="A1" s="1"><v>44103</v></c><c r="B1" s="1"><f>A1+1</f><v>44104</v></c><c r="C1"><v>44103</v></c></row>';

  test.each(['lean reader', 'exceljs'])(
    '%s: a date cell, and a formula giving a date, read as the same day; a plain number stays as written',
    async (reader) => {
      const mac = (await bothReaders(book(rows, '<workbookPr date1904="1"/>'))).find(([name]) => name === reader)![1];
      expect([value(mac, 'A1'), value(mac, 'B1'), value(mac, 'C1')]).toEqual([45565, 45566, 44103]);
      const windows = (await bothReaders(book(rows))).find(([name]) => name === reader)![1];
      expect([value(windows, 'A1'), value(windows, 'B1')]).toEqual([44103, 44104]);
    },
  );
});

describe('what the core makes of it', () => {
  test('an uncalculated progress is flagged at its cell and counts as no progress; an empty text result is no problem', () => {
    const head =
      '<row r="1">' +
      ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Tiến độ (%)', 'Ghi chú']
        .map((t, i) => `<c r="${'ABCDE'[i]}1" t="inlineStr"><is><t>${t}</t></is></c>`)
        .join('') +
      '</row>';
    const row = (r: number, progress: string, note: string) =>
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Đầu việc ${r - 1}</t></is></c><c r="C${r}" t="inlineStr"><is><t>30/9/2024</t></is></c>${progress}${note}</row>`;
    const rows =
      head +
      row(
        2,
        '<c r="D2"><f>G2/H2*100</f><v></v></c>',
        '<c r="E2" t="str"><f>IF(D2&gt;100,"Kiểm tra","")</f><v></v></c>',
      ) +
      row(
        3,
        '<c r="D3"><f>G3/H3*100</f><v>40</v></c>',
        '<c r="E3" t="str"><f>IF(D3&gt;100,"Kiểm tra","")</f><v></v></c>',
      );
    const result = checkWorkbook(readXlsxFast(book(rows), 'f.xlsx'), { asOf: '2024-06-30' });
    expect(result.commitments.map((c) => c.progress)).toEqual([null, 40]);
    expect(result.issues.filter((i) => i.rule === 'formula-not-calculated').map((i) => i.cell)).toEqual(['D2']);
  });
});
