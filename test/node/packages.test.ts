// Packages as they come: odd but valid ones that Excel opens (part names with backslashes and in
// another case, the workbook elsewhere than xl/workbook.xml, the 1904 date system, formulas saved
// without a result, shared formulas), and hostile ones refused within bounds (a zip bomb, a part that
// lies about its size, XML entities, a damaged archive), each with the reason the clerk reads.
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import { renderMessage } from '../../src/core/rules';
import { WorkbookReadError, readWorkbookBuffer } from '../../src/node/read-workbook';
import { PACKAGE_LIMITS, readXlsxFast, shiftFormula } from '../../src/node/xlsx-fast';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
const workbookXml = (pr = '') =>
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${pr}<sheets><sheet name="Năm 2024" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Nội dung đầu việc</t></is></c><c r="C1" t="inlineStr"><is><t>Thời hạn</t></is></c><c r="D1" t="inlineStr"><is><t>Tiến độ (%)</t></is></c></row>
<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Tổ chức Lễ hội Dừa</t></is></c><c r="C2" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D2"><f>E2/F2*100</f><v></v></c></row>
<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Kiểm kê di tích</t></is></c><c r="C3" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D3"><f t="shared" ref="D3:D4" si="0">E3/F3*100</f><v>50</v></c></row>
<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>Số hóa tư liệu</t></is></c><c r="C4" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D4"><f t="shared" si="0"/><v>40</v></c></row>
</sheetData></worksheet>`;

/** A package with the given parts (names as written, so backslashes and case can be tried). */
const pkg = (parts: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));

const standard = {
  '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
  'xl/workbook.xml': workbookXml(),
  'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
  'xl/worksheets/sheet1.xml': SHEET,
};

const titles = (buffer: Buffer) => checkWorkbook(readXlsxFast(buffer, 'x.xlsx'), { asOf: '2024-06-30' }).commitments.map((c) => c.title);

describe('odd but valid packages are read as Excel reads them', () => {
  test('part names with backslashes and in another case', () => {
    const odd = pkg({
      '[content_types].xml': standard['[Content_Types].xml'],
      '_RELS\\.rels': standard['_rels/.rels'],
      'XL\\Workbook.xml': standard['xl/workbook.xml'],
      'xl\\_rels\\workbook.xml.rels': standard['xl/_rels/workbook.xml.rels'],
      'xl\\worksheets\\Sheet1.XML': SHEET,
    });
    expect(titles(odd)).toEqual(['Tổ chức Lễ hội Dừa', 'Kiểm kê di tích', 'Số hóa tư liệu']);
  });

  test('the workbook found through _rels/.rels wherever it lies, its sheets through its own relationships', () => {
    const moved = pkg({
      '[Content_Types].xml': standard['[Content_Types].xml'],
      '_rels/.rels': rels([['rId1', 'officeDocument', '/data/book.xml']]),
      'data/book.xml': workbookXml(),
      'data/_rels/book.xml.rels': rels([['rId1', 'worksheet', '../sheets/s1.xml']]),
      'sheets/s1.xml': SHEET,
    });
    expect(titles(moved)).toEqual(['Tổ chức Lễ hội Dừa', 'Kiểm kê di tích', 'Số hóa tư liệu']);
  });

  test('a formula saved without a value is an empty cell, never 0; shared formulas reach the cells that repeat them', () => {
    const sheet = readXlsxFast(pkg(standard), 'x.xlsx').sheets[0];
    expect(sheet.values[1][3]).toBeUndefined();
    expect(sheet.formulas?.[1]?.[3]).toBe('E2/F2*100');
    expect(sheet.values[3][3]).toBe(40);
    expect(sheet.formulas?.[3]?.[3]).toBe('E4/F4*100');
    const r = checkWorkbook(readXlsxFast(pkg(standard), 'x.xlsx'), { asOf: '2024-06-30' });
    expect(r.commitments.map((c) => c.progress)).toEqual([null, 50, 40]);
    expect(r.issues.map((i) => `${i.rule}@${i.cell}`)).toEqual(['formula-not-calculated@D2']);
  });

  test('an empty <v> of a shared string or a number is no value either', () => {
    const sheet = SHEET.replace('<c r="A2"><v>1</v></c>', '<c r="A2" t="s"><v></v></c>').replace('<c r="A3"><v>2</v></c>', '<c r="A3"><v></v></c>');
    const grid = readXlsxFast(pkg({ ...standard, 'xl/worksheets/sheet1.xml': sheet }), 'x.xlsx');
    expect(grid.sheets[0].values[1][0]).toBeUndefined();
    expect(grid.sheets[0].values[2][0]).toBeUndefined();
  });

  test('the 1904 date system: a date cell reads as the same day', () => {
    const dated = SHEET.replace('<c r="C2" t="inlineStr"><is><t>30/9/2024</t></is></c>', '<c r="C2" s="1"><v>44103</v></c>');
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const wbRels = rels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'styles', 'styles.xml']]);
    const book = pkg({ ...standard, 'xl/workbook.xml': workbookXml('<workbookPr date1904="1"/>'), 'xl/_rels/workbook.xml.rels': wbRels, 'xl/styles.xml': styles, 'xl/worksheets/sheet1.xml': dated });
    // 44103 in the 1904 system is 30/9/2024.
    expect(checkWorkbook(readXlsxFast(book, 'mac.xlsx'), { asOf: '2024-06-30' }).commitments[0].deadline).toBe('2024-09-30');
  });

  test.each([
    ['E3/F3*100', 1, 0, 'E4/F4*100'],
    ['$E$3/F3', 2, 1, '$E$3/G5'],
    ['SUM(E3:E9)+LOG10(2)', 1, 0, 'SUM(E4:E10)+LOG10(2)'],
    ["'Năm 2024'!B8", 1, 0, "'Năm 2024'!B9"],
    ['IF(A3="B3",1,0)', 1, 0, 'IF(A4="B3",1,0)'],
  ])('shiftFormula(%p, %i rows, %i cols) → %p', (text, rows, cols, out) => {
    expect(shiftFormula(text, rows, cols)).toBe(out);
  });
});

describe('hostile packages are refused within bounds, with the reason said', () => {
  const refusal = async (buffer: Buffer) => {
    try {
      await readWorkbookBuffer(buffer, 'bom.xlsx');
    } catch (e) {
      if (e instanceof WorkbookReadError) return e.params.reason;
      throw e;
    }
    throw new Error('read');
  };

  test('a zip bomb (a sheet of under 1.2 MB inflating to 1.5 times the part limit, 180 MB) is refused as too large, and no other reader tries it', async () => {
    // Built as a real zip around a pre-deflated sheet: a local header, the data, a central directory.
    const deflated = await new Promise<Buffer>((resolve) => {
      const zlib = require('node:zlib') as typeof import('node:zlib');
      const chunks: Buffer[] = [];
      const deflate = zlib.createDeflateRaw({ level: 9 });
      deflate.on('data', (c: Buffer) => chunks.push(c));
      deflate.on('end', () => resolve(Buffer.concat(chunks)));
      const block = Buffer.from('<row><c t="inlineStr"><is><t>a</t></is></c></row>'.repeat(20_000));
      deflate.write('<worksheet><sheetData>');
      let n = 0;
      const target = PACKAGE_LIMITS.MAX_PART_BYTES * 1.5;
      const pump = () => {
        while (n < target) {
          n += block.length;
          if (!deflate.write(block)) return deflate.once('drain', pump);
        }
        deflate.end('</sheetData></worksheet>');
      };
      pump();
    });
    expect(deflated.length).toBeLessThan(PACKAGE_LIMITS.MAX_PART_BYTES / 100);
    const zip = rawZip({ ...Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, deflateRawSync(Buffer.from(v))])), 'xl/worksheets/sheet1.xml': deflated }, {});
    expect(await refusal(zip)).toBe('too-large');
    expect(renderMessage('unreadable-file', { reason: 'too-large' }, 'vi')).toContain('giải nén lớn bất thường');
  }, 60_000);

  test('a part that claims a small size in its headers but inflates far beyond its ratio', async () => {
    const big = deflateRawSync(Buffer.alloc(60 * 1024 * 1024, 'a'));
    const zip = rawZip({ ...Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, deflateRawSync(Buffer.from(v))])), 'xl/worksheets/sheet1.xml': big }, { 'xl/worksheets/sheet1.xml': 1000 });
    expect(await refusal(zip)).toBe('too-large');
  });

  test('more cells than any workbook of commitments holds', async () => {
    const row = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>';
    const many = `<worksheet><sheetData>${row.repeat(PACKAGE_LIMITS.MAX_CELLS / 2 + 10)}</sheetData></worksheet>`;
    expect(await refusal(pkg({ ...standard, 'xl/worksheets/sheet1.xml': many }))).toBe('too-large');
  }, 60_000);

  test('XML entities ("billion laughs") are refused, never expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>`;
    const wbRels = rels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'sharedStrings', 'sharedStrings.xml']]);
    expect(await refusal(pkg({ ...standard, 'xl/_rels/workbook.xml.rels': wbRels, 'xl/sharedStrings.xml': laughs }))).toBe('xml-entities');
    expect(renderMessage('unreadable-file', { reason: 'xml-entities' }, 'en')).toContain('DOCTYPE');
  });

  test('a damaged archive (cut short) is called damaged', async () => {
    const whole = pkg(standard);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('corrupt');
  });
});

/** A zip of already-deflated parts; `claimed` overrides the uncompressed size its headers state. */
function rawZip(parts: Record<string, Buffer>, claimed: Record<string, number>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const n = Buffer.from(name);
    const size = claimed[name] ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
