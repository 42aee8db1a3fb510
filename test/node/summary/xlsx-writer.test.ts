// camket's SpreadsheetML writer (src/node/summary/xlsx) on its own: the parts of the package, their
// relationships and content types, text (shared or inline, escaped as OOXML wants), numbers, dates,
// booleans, formulas, styles, the sheet's frame, and the zip streamed with backpressure. Read back
// by exceljs, by camket's own reader, and for the escapes by LibreOffice.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import {
  decodeXml,
  loadSharedStrings,
  relsPath,
  resolveTarget,
  sheetParts,
  sheetRows,
} from '../../../src/node/summary/ooxml';
import {
  type CellStyle,
  type CellValue,
  type SheetOptions,
  XlsxWriter,
  dateSerial,
} from '../../../src/node/summary/xlsx';
import { StyleRegistry } from '../../../src/node/summary/xlsx/styles';
import { absolute, columnName, escapeText, escapeXml } from '../../../src/node/summary/xlsx/xml';
import { ZipWriter, crc32, crc32js } from '../../../src/node/summary/xlsx/zip';
import { tempDir } from './fixture';
import { convert, sheetValues } from '../../helpers/libreoffice';

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('xlsx-writer');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Write a workbook with `build`, return its file. */
async function book(name: string, build: (wb: XlsxWriter) => Promise<void>): Promise<string> {
  const file = path.join(dir, name);
  const wb = await XlsxWriter.toFile(file, {
    creator: 'camket-test',
    created: new Date(Date.UTC(2023, 5, 30, 8, 0, 0)),
  });
  await build(wb);
  await wb.finish();
  return file;
}

async function oneSheet(name: string, rows: CellValue[][], options: SheetOptions = {}): Promise<string> {
  return book(name, async (wb) => {
    const ws = wb.addSheet('Trang 1', options);
    for (const r of rows) await ws.row(r);
    await ws.end();
  });
}

async function zipOf(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Well-formed XML, namespaces checked; the names of the root's children in order. */
function wellFormed(xml: string): { root: string; children: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let root = '';
  const children: string[] = [];
  parser.on('opentag', (t) => {
    if (depth === 0) root = t.name;
    else if (depth === 1) children.push(t.name);
    if (!t.isSelfClosing) depth++;
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing) depth--;
  });
  parser.write(xml).close();
  return { root, children };
}

describe('text', () => {
  test('escapeText: entities, the carriage return, controls and look-alikes of the _xHHHH_ escape', () => {
    expect(escapeText('plain Tiếng Việt')).toBe('plain Tiếng Việt');
    expect(escapeText('a < b & c > d "q" \'s\'')).toBe('a &lt; b &amp; c &gt; d "q" \'s\'');
    expect(escapeText('x\u0001y\u001Fz\u0000')).toBe('x_x0001_y_x001F_z_x0000_');
    expect(escapeText('tab\tlf\ncr\r')).toBe('tab\tlf\ncr&#13;');
    expect(escapeText('lit _x000D_ and _x00e9_ and _xZZZZ_')).toBe('lit _x005F_x000D_ and _x005F_x00e9_ and _xZZZZ_');
    expect(escapeText('x\uFFFEy\uFFFF')).toBe('x_xFFFE_y_xFFFF_');
    expect(escapeText('pair 🎉, lone \uD800 and \uDC00')).toBe('pair 🎉, lone \uFFFD and \uFFFD');
  });

  test('escapeXml (formulas, attributes): entities; what XML cannot hold is left out', () => {
    expect(escapeXml('IF(A1<>"",A1&"x",0)')).toBe('IF(A1&lt;&gt;&quot;&quot;,A1&amp;&quot;x&quot;,0)');
    expect(escapeXml('a\u0001b\uFFFEc\uD800')).toBe('abc\uFFFD');
  });

  test("camket's own decoder undoes every escape the writer makes", () => {
    const hard = [
      'a\u0001b\u001F',
      'lit _x000D_ _x005F_',
      'cr\r\nlf',
      'x\uFFFEy',
      '<&>"\'',
      '  two  spaces ',
      '🎉 Tết',
    ];
    for (const s of hard) expect(decodeXml(escapeText(s))).toBe(s);
  });

  test("shared and inline text read back exactly by exceljs, by camket's reader, and by LibreOffice", async () => {
    const hard = [
      'a\u0001b',
      'lit _x000D_ here',
      'cr\r\nlf',
      'tab\tx',
      '  lead',
      'trail  ',
      'emoji 🎉',
      '<&>"\'',
      'x\uFFFEy',
      '=SUM(A1)',
      '+1',
      '@x',
      'Dòng một\nDòng hai',
      '',
    ];
    const file = await oneSheet(
      'text.xlsx',
      hard.map((t) => [t, t]),
      { inlineText: [false, true] },
    );
    const zip = await zipOf(file);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    wellFormed(sheet);
    // Column A through the shared-string table, column B in the cell; text is never a formula.
    expect(sheet).toContain('<c r="A1" t="s"><v>0</v></c>');
    expect(sheet).toContain('<c r="B1" t="inlineStr"><is><t>a_x0001_b</t></is></c>');
    expect(sheet).not.toContain('<f>');
    const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
    wellFormed(sst);
    expect(sst).toMatch(new RegExp(`count="${hard.length}" uniqueCount="${hard.length}"`));
    expect(sst).toContain('<si><t xml:space="preserve">  lead</t></si>');

    // camket's reader (the one --previous and the tests use) decodes both kinds exactly.
    const own = await sheetValues(file, 'Trang 1');
    hard.forEach((t, i) => expect([i, own.get(i + 1)?.get(1) ?? '', own.get(i + 1)?.get(2) ?? '']).toEqual([i, t, t]));

    // exceljs decodes the _xHHHH_ escape in shared text only; entities (&#13;) everywhere.
    const ws = (await readBack(file)).getWorksheet('Trang 1')!;
    hard.forEach((t, i) => {
      if (t === '') return;
      expect([i, ws.getRow(i + 1).getCell(1).value]).toEqual([i, t]);
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, matched on purpose
      if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]|_x[0-9A-F]{4}_/.test(t))
        expect([i, ws.getRow(i + 1).getCell(2).value]).toEqual([i, t]);
      expect(ws.getRow(i + 1).getCell(1).type).toBe(ExcelJS.ValueType.String);
    });

    // LibreOffice decodes both kinds; it keeps line feeds only (a CR LF comes back as LF).
    const out = path.join(dir, 'lo-text');
    await fs.mkdir(out, { recursive: true });
    const [saved] = await convert([file], 'xlsx', out);
    const lo = await sheetValues(saved, 'Trang 1');
    hard.forEach((t, i) => {
      const want = t.replace(/\r\n/g, '\n');
      expect([i, lo.get(i + 1)?.get(1) ?? '', lo.get(i + 1)?.get(2) ?? '']).toEqual([i, want, want]);
    });
  });
});

describe('numbers, booleans, dates and formulas', () => {
  test('as cells of the right type, read back as they were written', async () => {
    const june30 = new Date(Date.UTC(2023, 5, 30));
    const noon = new Date(Date.UTC(2023, 5, 30, 12, 0, 0));
    const date: CellStyle = { numFmt: 'dd/mm/yyyy' };
    const file = await book('values.xlsx', async (wb) => {
      const ws = wb.addSheet('Số', {});
      await ws.row([0, -0, 42, -1.5, 0.1 + 0.2, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, true, false]);
      await ws.row([june30, noon, new Date(Number.NaN)], { styles: [date, date, date] });
      await ws.row([
        { formula: 'SUM(A1:C1)', result: 42 },
        { formula: 'IF(A1=0,"zero","")', result: 'zero' },
        { formula: 'A1=0', result: true },
        { formula: 'IF(A1<>0,1,"")', result: '' },
        { formula: 'NA()', result: null },
      ]);
      await ws.row([{ formula: 'A1*2', result: 2, shareType: 'shared', ref: 'A4:A6' }]);
      await ws.row([{ sharedFormula: 'A4', result: 84 }]);
      await ws.row([{ sharedFormula: 'A4', result: -3 }]);
      await ws.end();
    });
    const xml = await (await zipOf(file)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain(
      '<row r="1"><c r="A1"><v>0</v></c><c r="B1"><v>0</v></c><c r="C1"><v>42</v></c><c r="D1"><v>-1.5</v></c><c r="E1"><v>0.30000000000000004</v></c><c r="F1"><v>1e+21</v></c><c r="G1"><v>1e-7</v></c><c r="H1"/><c r="I1"/><c r="J1" t="b"><v>1</v></c><c r="K1" t="b"><v>0</v></c></row>',
    );
    expect(dateSerial(june30)).toBe(45107);
    expect(xml).toContain('<c r="A2" s="1"><v>45107</v></c><c r="B2" s="1"><v>45107.5</v></c><c r="C2" s="1"/>');
    expect(xml).toContain('<c r="B3" t="str"><f>IF(A1=0,&quot;zero&quot;,&quot;&quot;)</f><v>zero</v></c>');
    expect(xml).toContain('<c r="C3" t="b"><f>A1=0</f><v>1</v></c>');
    expect(xml).toContain('<c r="A4"><f t="shared" ref="A4:A6" si="0">A1*2</f><v>2</v></c>');
    expect(xml).toContain('<c r="A5"><f t="shared" si="0"/><v>84</v></c>');

    const ws = (await readBack(file)).getWorksheet('Số')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      0,
      0,
      42,
      -1.5,
      0.1 + 0.2,
      1e21,
      1e-7,
      undefined,
      undefined,
      true,
      false,
    ]);
    expect((ws.getCell('A2').value as Date).toISOString()).toBe('2023-06-30T00:00:00.000Z');
    expect((ws.getCell('B2').value as Date).toISOString()).toBe('2023-06-30T12:00:00.000Z');
    expect(ws.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A3').value).toEqual({ formula: 'SUM(A1:C1)', result: 42 });
    expect(ws.getCell('B3').value).toEqual({ formula: 'IF(A1=0,"zero","")', result: 'zero' });
    expect(ws.getCell('C3').value).toEqual({ formula: 'A1=0', result: true });
    expect(ws.getCell('A4').value).toEqual({ formula: 'A1*2', result: 2, shareType: 'shared', ref: 'A4:A6' });
    expect(ws.getCell('A6').value).toEqual({ sharedFormula: 'A4', result: -3 });
  });

  test('refuses what would make a broken sheet', async () => {
    const wb = new XlsxWriter(new Writable({ write: (_c, _e, cb) => cb() }));
    const ws = wb.addSheet('A');
    await ws.row(['x'], { number: 3 });
    await expect(ws.row(['y'], { number: 3 })).rejects.toThrow('row 3 after row 3');
    await expect(ws.row([{ sharedFormula: 'B1', result: 1 }])).rejects.toThrow('no shared formula');
    expect(() => ws.merge('A1-B2')).toThrow('not a cell reference');
    expect(() => ws.autoFilter('A1:XFE1')).toThrow('outside the sheet');
    expect(() => wb.addSheet('B')).toThrow('before sheet A ended');
    await ws.end();
    expect(() => ws.merge('A1:B1')).toThrow('after its end');
    for (const bad of ['', 'x'.repeat(32), 'a/b', 'a[1]', "'q", 'a?'])
      expect(() => wb.addSheet(bad)).toThrow('cannot name a sheet');
    expect(() => wb.addSheet('a')).toThrow('two sheets named a');
    await wb.abort();
  });
});

describe('styles', () => {
  test('one cell format per look, fonts, fills and borders shared; built-in number formats by id', () => {
    const r = new StyleRegistry();
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    const a: CellStyle = {
      font: { name: 'Times New Roman', size: 11 },
      border: { top: thin, left: thin, bottom: thin, right: thin },
      numFmt: '0%',
    };
    const sameLook: CellStyle = {
      numFmt: '0%',
      border: { top: thin, left: thin, bottom: thin, right: thin },
      font: { name: 'Times New Roman', size: 11 },
    };
    expect(r.cellFormat(undefined)).toBe(0);
    expect(r.cellFormat(a)).toBe(1);
    expect(r.cellFormat(sameLook)).toBe(1);
    expect(r.cellFormat({ ...a, numFmt: 'dd/mm/yyyy' })).toBe(2);
    expect(
      r.cellFormat({ ...a, numFmt: '#,##0', alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } }),
    ).toBe(3);
    expect(
      r.differentialFormat({
        font: { color: { argb: 'FF9C0006' } },
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
      }),
    ).toBe(0);
    const xml = r.xml();
    wellFormed(xml);
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>');
    expect(xml).toMatch(/<fonts count="2">/);
    expect(xml).toMatch(/<borders count="2">/);
    expect(xml).toContain(
      '<xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>',
    );
    expect(xml).toContain(
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
    );
    expect(xml).toContain(
      '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
    );
  });

  test('read back by exceljs as they were given', async () => {
    const style: CellStyle = {
      font: { name: 'Times New Roman', size: 13, bold: true, italic: true, color: { argb: 'FF1F4E78' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } },
      border: { top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'medium' } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      numFmt: '0.0%',
    };
    const file = await book('styles.xlsx', async (wb) => {
      const ws = wb.addSheet('S');
      await ws.row([0.5, 'x'], { styles: [style, style] });
      await ws.end();
    });
    const cell = (await readBack(file)).getWorksheet('S')!.getCell('A1');
    expect(cell.numFmt).toBe('0.0%');
    expect(cell.font).toEqual({
      name: 'Times New Roman',
      size: 13,
      bold: true,
      italic: true,
      color: { argb: 'FF1F4E78' },
    });
    expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(cell.border).toEqual({ top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'medium' } });
    expect(cell.alignment).toEqual({ horizontal: 'center', vertical: 'middle', wrapText: true });
  });
});

describe("the sheet's frame", () => {
  let file: string;
  beforeAll(async () => {
    file = await book('frame.xlsx', async (wb) => {
      const body: CellStyle = { font: { name: 'Times New Roman', size: 11 } };
      const ws = wb.addSheet('Khung', {
        tabColor: 'FFC00000',
        freeze: { rows: 2, columns: 1 },
        activeCell: 'B3',
        showGridLines: false,
        columns: [{ width: 6 }, { width: 40, style: body }, { width: 40, style: body }, { width: 12, hidden: true }],
        pageSetup: {
          paperSize: 9,
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: '1:2',
          printArea: 'A1:C10',
          margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        },
        headerFooter: { oddFooter: '&LTrang &P/&N&R&A' },
      });
      await ws.row(['Tiêu đề'], { height: 30 });
      await ws.row(['STT', 'Nội dung', 'Ghi chú'], { height: 45.5 });
      await ws.row([1, 'Dòng có chữ xuống dòng\nhai dòng', null]);
      await ws.row([2, 'Ẩn'], { hidden: true, height: 20 });
      ws.merge('A1:C1');
      ws.autoFilter('A2:C4');
      ws.dataValidation('C3:C4', { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] });
      ws.conditionalFormatting({
        ref: 'A3:A4',
        rules: [{ type: 'expression', formulae: ['$A3>1'], style: { font: { bold: true } } }],
      });
      ws.rowBreak(3);
      await ws.end();
      const hidden = wb.addSheet('ẩn', { state: 'hidden' });
      await hidden.row(['x']);
      await hidden.end();
      const very = wb.addSheet('rất ẩn', { state: 'veryHidden', inlineText: true });
      await very.row(['y']);
      await very.end();
      wb.defineName({ name: 'DanhSach', formula: "'Khung'!$C$3:$C$4" });
    });
  });

  test('its elements in the order CT_Worksheet sets', async () => {
    const xml = await (await zipOf(file)).file('xl/worksheets/sheet1.xml')!.async('string');
    const { root, children } = wellFormed(xml);
    expect(root).toBe('worksheet');
    const order = [
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'sheetCalcPr',
      'sheetProtection',
      'protectedRanges',
      'scenarios',
      'autoFilter',
      'sortState',
      'dataConsolidate',
      'customSheetViews',
      'mergeCells',
      'phoneticPr',
      'conditionalFormatting',
      'dataValidations',
      'hyperlinks',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
      'colBreaks',
      'customProperties',
      'cellWatches',
      'ignoredErrors',
      'smartTags',
      'drawing',
    ];
    expect(children).toEqual(order.filter((e) => children.includes(e)));
    expect(children).toEqual([
      'sheetPr',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'autoFilter',
      'mergeCells',
      'conditionalFormatting',
      'dataValidations',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
    ]);
    expect(xml).toContain('<row r="2" ht="45.5" customHeight="1">');
    expect(xml).toContain('<row r="4" ht="20" customHeight="1" hidden="1">');
    // Adjacent columns alike are one range.
    expect(xml).toContain('<col min="2" max="3" width="40" style="1" customWidth="1"/>');
  });

  test('read back by exceljs: views, widths, heights, merges, filter, validation, print set-up, names, hidden sheets', async () => {
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Khung', 'visible'],
      ['ẩn', 'hidden'],
      ['rất ẩn', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Khung')!;
    expect(ws.views[0]).toEqual(
      expect.objectContaining({
        state: 'frozen',
        xSplit: 1,
        ySplit: 2,
        topLeftCell: 'B3',
        activeCell: 'B3',
        showGridLines: false,
      }),
    );
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([6, 40, 40, 12]);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height)).toEqual([30, 45.5, undefined, 20]);
    expect(ws.getRow(4).hidden).toBe(true);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.autoFilter).toBe('A2:C4');
    expect(ws.getCell('C3').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"Có,Không"'] });
    expect(ws.pageSetup).toEqual(
      expect.objectContaining({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
        printArea: 'A1:C10',
      }),
    );
    expect(ws.headerFooter.oddFooter).toBe('&LTrang &P/&N&R&A');
    expect(ws.getCell('B3').value).toBe('Dòng có chữ xuống dòng\nhai dòng');
    const names = await (await zipOf(file)).file('xl/workbook.xml')!.async('string');
    expect(names).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Khung&apos;!$A$1:$C$10</definedName>'.replace(
        /&apos;/g,
        "'",
      ),
    );
    expect(names).toContain('<definedName name="DanhSach">\'Khung\'!$C$3:$C$4</definedName>');
    expect(absolute('1:3')).toBe('$1:$3');
    expect(columnName(0) + columnName(25) + columnName(26) + columnName(16383)).toBe('AZAAXFD');
  });
});

describe('the package', () => {
  test('every part has its content type, every relationship its target, and the sheets their order', async () => {
    const file = await book('package.xlsx', async (wb) => {
      const a = wb.addSheet('Tổng quan');
      await a.row(['Tỷ lệ', 0.5]);
      await a.row(['Số', 3]);
      a.addCharts([
        {
          kind: 'pie',
          title: 'Biểu đồ',
          categoriesRef: "'Tổng quan'!$A$1:$A$2",
          categories: ['Tỷ lệ', 'Số'],
          series: [{ name: 'Số', valuesRef: "'Tổng quan'!$B$1:$B$2", values: [0.5, 3], colour: '1F4E78' }],
          anchor: { from: { col: 3, row: 1 }, to: { col: 9, row: 15 } },
        },
      ]);
      await a.end();
      const b = wb.addSheet('Đầu việc', { inlineText: true });
      await b.row(['only inline text']);
      await b.end();
    });
    const zip = await zipOf(file);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    for (const n of names) if (/\.(xml|rels)$/.test(n)) wellFormed(await zip.file(n)!.async('string'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const n of names) {
      if (n.endsWith('.rels') || n === '[Content_Types].xml') continue;
      expect([n, types.includes(`<Override PartName="/${n}"`)]).toEqual([n, true]);
    }
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect([m[1], names.includes(m[1])]).toEqual([m[1], true]);
    // Every relationship part's targets exist.
    for (const rels of names.filter((n) => n.endsWith('.rels'))) {
      const owner = rels === '_rels/.rels' ? '' : rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
      const base = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/')) : '';
      expect(owner === '' || relsPath(owner) === rels).toBe(true);
      const xml = await zip.file(rels)!.async('string');
      for (const m of xml.matchAll(/Target="([^"]+)"/g)) {
        const target = base ? resolveTarget(m[1], base) : m[1];
        expect([rels, target, names.includes(target)]).toEqual([rels, target, true]);
      }
    }
    expect([...(await sheetParts(zip))!.entries()]).toEqual([
      ['Tổng quan', 'xl/worksheets/sheet1.xml'],
      ['Đầu việc', 'xl/worksheets/sheet2.xml'],
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        'xl/drawings/drawing1.xml',
        'xl/charts/chart1.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/theme/theme1.xml',
        'docProps/core.xml',
        'docProps/app.xml',
        'xl/sharedStrings.xml',
      ]),
    );
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>camket-test</dc:creator>');
    expect(core).toContain('2023-06-30T08:00:00Z');
    // Rows read back by camket's own reader, through the shared strings.
    const rows: string[][] = [];
    for await (const r of sheetRows(zip, 'xl/worksheets/sheet1.xml', () => loadSharedStrings(zip)))
      rows.push([...r.cells.values()]);
    expect(rows).toEqual([
      ['Tỷ lệ', '0.5'],
      ['Số', '3'],
    ]);
  });

  test('a workbook of inline text only has no shared-string part', async () => {
    const file = await oneSheet('no-sst.xlsx', [['a', 1]], { inlineText: true });
    const zip = await zipOf(file);
    expect(zip.file('xl/sharedStrings.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('sharedStrings');
    expect((await readBack(file)).getWorksheet('Trang 1')!.getCell('A1').value).toBe('a');
  });
});

describe('the zip, streamed', () => {
  test('CRC-32: the JavaScript one is the zip one, as zlib computes it', () => {
    expect(crc32js(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = Buffer.from('Tổng hợp đầu việc cam kết '.repeat(1000));
    expect(crc32js(data.subarray(100), crc32js(data.subarray(0, 100)))).toBe(crc32js(data));
    if (typeof zlib.crc32 === 'function') expect(crc32js(data)).toBe(zlib.crc32(data));
    expect(crc32(data)).toBe(crc32js(data));
  });

  /** An output that takes its time: each write finishes `ms` later. */
  function slowOutput(chunks: Buffer[], observe: (pending: number) => void, failAfter = Infinity, ms = 1): Writable {
    let written = 0;
    const out: Writable = new Writable({
      highWaterMark: 16 << 10,
      write(chunk: Buffer, _e, cb) {
        observe(out.writableLength);
        written += chunk.length;
        if (written > failAfter)
          return setTimeout(
            () => cb(Object.assign(new Error('ENOSPC: no space left on device (simulated)'), { code: 'ENOSPC' })),
            1,
          );
        chunks.push(chunk);
        setTimeout(cb, ms);
      },
    });
    return out;
  }

  const noise = (i: number) =>
    `${i.toString(36)}-${((i * 2654435761) >>> 0).toString(16)}-${Math.sin(i).toString(36).slice(2, 14)}`;

  test('a slow output holds the writer back: what waits for it stays within the limits', async () => {
    const chunks: Buffer[] = [];
    let most = 0;
    // Far slower than the writer: without backpressure, nearly all of the zip would wait in it.
    const out = slowOutput(chunks, (n) => (most = Math.max(most, n)), Infinity, 40);
    const limits = { pendingInput: 64 << 10, pendingOutput: 64 << 10 };
    const wb = new XlsxWriter(out, { limits });
    const ws = wb.addSheet('Nhiều dòng', { inlineText: true });
    const rows = 20_000;
    for (let i = 0; i < rows; i++) await ws.row([i, noise(i), noise(i + 1), noise(i + 2)]);
    await ws.end();
    await wb.finish();
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(total).toBeGreaterThan(768 << 10);
    // The backlog never grew with the output: a zlib piece or two beyond the limit at most.
    expect(most).toBeLessThan(limits.pendingOutput + (256 << 10));
    const zip = await JSZip.loadAsync(Buffer.concat(chunks));
    let count = 0;
    for await (const r of sheetRows(zip, 'xl/worksheets/sheet1.xml', async () => [])) {
      if (r.row === rows) expect(r.cells.get(2)).toBe(noise(rows - 1));
      count++;
    }
    expect(count).toBe(rows);
  });

  test('an output that fails makes the writer fail with its error; abort then closes it', async () => {
    const out = slowOutput([], () => {}, 200 << 10);
    const wb = new XlsxWriter(out, { limits: { pendingInput: 64 << 10, pendingOutput: 64 << 10 } });
    const ws = wb.addSheet('Đầy đĩa', { inlineText: true });
    const write = async () => {
      for (let i = 0; i < 100_000; i++) await ws.row([i, noise(i), noise(i * 7)]);
      await ws.end();
      await wb.finish();
    };
    await expect(write()).rejects.toThrow('ENOSPC');
    await wb.abort();
    expect(out.destroyed).toBe(true);
  });

  test('parts are written one at a time, never twice', () => {
    const z = new ZipWriter(new Writable({ write: (_c, _e, cb) => cb() }));
    const p = z.part('a.xml');
    expect(() => z.part('b.xml')).toThrow('before a.xml was ended');
    p.end();
    expect(() => z.add('a.xml', 'x')).toThrow('written twice');
    expect(() => p.write('late')).toThrow('after its end');
  });
});
