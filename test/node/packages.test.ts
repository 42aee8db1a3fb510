// Packages as they come: odd but valid ones that Excel opens (part names with backslashes and in
// another case, the workbook elsewhere than xl/workbook.xml, the 1904 date system, formulas saved
// without a result, shared formulas), and hostile ones refused within bounds (a zip bomb, a part that
// lies about its size, XML entities, a damaged archive), each with the reason the clerk reads.
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/check';
import { renderMessage } from '../../src/core/rules';
import {
  billionLaughs,
  lyingSize,
  minimalParts,
  rawZip as entriesZip,
  REL_NS,
  relsXml,
  workbookXml as oneSheetWorkbook,
  repeatedDeflate,
  sheetXml,
  tableRows,
  zipBomb,
  zipParts,
} from '../bench/hostile';
import { classifyName } from '../../src/node/discover';
import { checkWorkbookFile } from '../../src/node/check-workbook-file';
import { WorkbookReadError, readWorkbookBuffer, readWorkbookWithExceljs } from '../../src/node/read-workbook';
import { PACKAGE_LIMITS, readXlsxFast, shiftFormula } from '../../src/node/xlsx-fast';

const REL = REL_NS;
const rels = relsXml;
const workbookXml = (pr = '') => oneSheetWorkbook(['Năm 2024'], pr);
const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Nội dung đầu việc</t></is></c><c r="C1" t="inlineStr"><is><t>Thời hạn</t></is></c><c r="D1" t="inlineStr"><is><t>Tiến độ (%)</t></is></c></row>
<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Tổ chức Lễ hội Dừa</t></is></c><c r="C2" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D2"><f>E2/F2*100</f><v></v></c></row>
<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Kiểm kê di tích</t></is></c><c r="C3" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D3"><f t="shared" ref="D3:D4" si="0">E3/F3*100</f><v>50</v></c></row>
<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>Số hóa tư liệu</t></is></c><c r="C4" t="inlineStr"><is><t>30/9/2024</t></is></c><c r="D4"><f t="shared" si="0"/><v>40</v></c></row>
</sheetData></worksheet>`;

/** A package with the given parts (names as written, so backslashes and case can be tried). */
const pkg = (parts: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));

const standard = {
  '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
  'xl/workbook.xml': workbookXml(),
  'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
  'xl/worksheets/sheet1.xml': SHEET,
};

/** The standard package with its part names in other cases and with backslashes. */
const oddNames = () =>
  pkg({
    '[content_types].xml': standard['[Content_Types].xml'],
    '_RELS\\.rels': standard['_rels/.rels'],
    'XL\\Workbook.xml': standard['xl/workbook.xml'],
    'xl\\_rels\\workbook.xml.rels': standard['xl/_rels/workbook.xml.rels'],
    'xl\\worksheets\\Sheet1.XML': SHEET,
  });

const titles = (buffer: Buffer) =>
  checkWorkbook(readXlsxFast(buffer, 'x.xlsx'), { asOf: '2024-06-30' }).commitments.map((c) => c.title);

describe('odd but valid packages are read as Excel reads them', () => {
  test('part names with backslashes and in another case', () => {
    const odd = oddNames();
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
    const sheet = SHEET.replace('<c r="A2"><v>1</v></c>', '<c r="A2" t="s"><v></v></c>').replace(
      '<c r="A3"><v>2</v></c>',
      '<c r="A3"><v></v></c>',
    );
    const grid = readXlsxFast(pkg({ ...standard, 'xl/worksheets/sheet1.xml': sheet }), 'x.xlsx');
    expect(grid.sheets[0].values[1][0]).toBeUndefined();
    expect(grid.sheets[0].values[2][0]).toBeUndefined();
  });

  test('the 1904 date system: a date cell reads as the same day', () => {
    const dated = SHEET.replace(
      '<c r="C2" t="inlineStr"><is><t>30/9/2024</t></is></c>',
      '<c r="C2" s="1"><v>44103</v></c>',
    );
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const wbRels = rels([
      ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
      ['rId2', 'styles', 'styles.xml'],
    ]);
    const book = pkg({
      ...standard,
      'xl/workbook.xml': workbookXml('<workbookPr date1904="1"/>'),
      'xl/_rels/workbook.xml.rels': wbRels,
      'xl/styles.xml': styles,
      'xl/worksheets/sheet1.xml': dated,
    });
    // 44103 in the 1904 system is 30/9/2024.
    expect(checkWorkbook(readXlsxFast(book, 'mac.xlsx'), { asOf: '2024-06-30' }).commitments[0].deadline).toBe(
      '2024-09-30',
    );
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
    const zip = rawZip(
      {
        ...Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, deflateRawSync(Buffer.from(v))])),
        'xl/worksheets/sheet1.xml': deflated,
      },
      {},
    );
    expect(await refusal(zip)).toBe('too-large');
    expect(renderMessage('unreadable-file', { reason: 'too-large' }, 'vi')).toContain('giải nén lớn bất thường');
  }, 60_000);

  test('a part that claims a small size in its headers but inflates far beyond its ratio', async () => {
    const big = deflateRawSync(Buffer.alloc(60 * 1024 * 1024, 'a'));
    const zip = rawZip(
      {
        ...Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, deflateRawSync(Buffer.from(v))])),
        'xl/worksheets/sheet1.xml': big,
      },
      { 'xl/worksheets/sheet1.xml': 1000 },
    );
    expect(await refusal(zip)).toBe('too-large');
  });

  test('more cells than any workbook of commitments holds', async () => {
    const row = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>';
    const many = `<worksheet><sheetData>${row.repeat(PACKAGE_LIMITS.MAX_CELLS / 2 + 10)}</sheetData></worksheet>`;
    expect(await refusal(pkg({ ...standard, 'xl/worksheets/sheet1.xml': many }))).toBe('too-large');
  }, 60_000);

  test('XML entities ("billion laughs") are refused, never expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>`;
    const wbRels = rels([
      ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
      ['rId2', 'sharedStrings', 'sharedStrings.xml'],
    ]);
    expect(
      await refusal(pkg({ ...standard, 'xl/_rels/workbook.xml.rels': wbRels, 'xl/sharedStrings.xml': laughs })),
    ).toBe('xml-entities');
    expect(renderMessage('unreadable-file', { reason: 'xml-entities' }, 'en')).toContain('DOCTYPE');
  });

  test('a damaged archive (cut short) is called damaged', async () => {
    const whole = pkg(standard);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('corrupt');
  });
});

/** A zip of already-deflated parts; `claimed` overrides the uncompressed size its headers state. */
function rawZip(parts: Record<string, Buffer>, claimed: Record<string, number>): Buffer {
  return entriesZip(Object.entries(parts).map(([name, data]) => ({ name, data, claimedSize: claimed[name] ?? 0 })));
}

// ---------------------------------------------------------------------------------------------
// Both readers: the exceljs fallback must read what the lean reader reads, within the same bounds.

const exceljsTitles = async (buffer: Buffer) =>
  checkWorkbook(await readWorkbookWithExceljs(buffer, 'x.xlsx'), { asOf: '2024-06-30' }).commitments.map(
    (c) => c.title,
  );
const TITLES = ['Tổ chức Lễ hội Dừa', 'Kiểm kê di tích', 'Số hóa tư liệu'];

describe('the exceljs fallback reads odd but valid packages too', () => {
  test('part names with backslashes and in another case', async () => {
    const odd = oddNames();
    expect(await exceljsTitles(odd)).toEqual(TITLES);
  });

  test('the workbook elsewhere, found through _rels/.rels; sheets by relative and by absolute targets', async () => {
    const moved = pkg({
      '[Content_Types].xml': standard['[Content_Types].xml'],
      '_rels/.rels': rels([['rId1', 'officeDocument', '/data/book.xml']]),
      'data/book.xml': workbookXml().replace('</sheets>', '<sheet name="Phụ lục" sheetId="2" r:id="rId2"/></sheets>'),
      'data/_rels/book.xml.rels': rels([
        ['rId1', 'worksheet', '../sheets/s1.xml'],
        ['rId2', 'worksheet', '/other/s2.xml'],
      ]),
      'sheets/s1.xml': SHEET,
      'other/s2.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú</t></is></c></row></sheetData></worksheet>',
    });
    expect(await exceljsTitles(moved)).toEqual(TITLES);
    const grid = await readWorkbookWithExceljs(moved, 'x.xlsx');
    expect(grid.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ['Năm 2024', 'STT'],
      ['Phụ lục', 'Ghi chú'],
    ]);
    expect(readXlsxFast(moved, 'x.xlsx').sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ['Năm 2024', 'STT'],
      ['Phụ lục', 'Ghi chú'],
    ]);
  });

  test('parts in a namespace prefix (x:worksheet), as the Open XML SDK writes them: both readers', async () => {
    const prefixed = (xml: string) =>
      xml
        .replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:')
        .replace('<x:worksheet', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace(
          '<x:workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        );
    const book = pkg({
      ...standard,
      'xl/workbook.xml': prefixed(workbookXml()).replace(/x:r:id/g, 'r:id'),
      'xl/worksheets/sheet1.xml': prefixed(SHEET),
    });
    expect(titles(book)).toEqual(TITLES);
    expect(await exceljsTitles(book)).toEqual(TITLES);
  });
});

describe('parts in UTF-16 (XML allows it, with a byte-order mark)', () => {
  const utf16 = (xml: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  const book = (sheet: Buffer) =>
    Buffer.from(
      zipSync({
        ...Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, strToU8(v)])),
        'xl/worksheets/sheet1.xml': new Uint8Array(sheet),
      }),
    );

  test('a sheet in UTF-16 is read', () => {
    expect(
      titles(book(utf16(SHEET.replace('<worksheet', '<?xml version="1.0" encoding="UTF-16"?><worksheet')))),
    ).toEqual(TITLES);
  });

  test('entities in a UTF-16 part are refused all the same', async () => {
    const sheet = utf16(`<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY a "aaaa">]>${SHEET}`);
    await expect(readWorkbookBuffer(book(sheet), 'x.xlsx')).rejects.toMatchObject({
      params: { reason: 'xml-entities' },
    });
  });
});

describe('.xlsm and .xltx are read like .xlsx', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fsp.mkdtemp(nodePath.join(os.tmpdir(), 'camket-xlsm-'));
  });
  afterAll(async () => {
    await fsp.rm(dir, { recursive: true, force: true });
  });

  const typesFor = (main: string) =>
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/></Types>`;

  test.each([
    ['Bảo tàng.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'],
    ['mẫu cam kết.xltx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml'],
    ['mẫu có macro.xltm', 'application/vnd.ms-excel.template.macroEnabled.main+xml'],
  ])('%s (%s)', async (name, main) => {
    expect(classifyName(name)).toEqual({ kind: 'read' });
    const parts: Record<string, Uint8Array> = Object.fromEntries(
      Object.entries({ ...standard, '[Content_Types].xml': typesFor(main) }).map(([k, v]) => [k, strToU8(v)]),
    );
    parts['xl/vbaProject.bin'] = new Uint8Array(2048).fill(7);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      rels([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId9', 'vbaProject', 'vbaProject.bin'],
      ]),
    );
    const file = nodePath.join(dir, name);
    await fsp.writeFile(file, zipSync(parts));
    const outcome = await checkWorkbookFile(file, { asOf: '2024-06-30', department: null, lang: 'vi' });
    expect(outcome.entry).toMatchObject({ state: 'merged', commitments: 3 });
    expect(await exceljsTitles(Buffer.from(zipSync(parts)))).toEqual(TITLES);
  });

  test('a template that is not a zip at all is "not an .xlsx", not an unsupported format', async () => {
    const file = nodePath.join(dir, 'mẫu hỏng.xltx');
    await fsp.writeFile(file, 'Đây không phải sổ làm việc');
    const outcome = await checkWorkbookFile(file, { asOf: '2024-06-30', department: null, lang: 'vi' });
    expect(outcome.entry).toMatchObject({ state: 'failed', error: { code: 'unreadable-file' } });
    expect(outcome.issues[0].params).toMatchObject({ reason: 'not-xlsx' });
  });
});

describe('hostile packages are refused by both readers, within bounds', () => {
  const refusedBy = async (read: (b: Buffer, name: string) => Promise<unknown>, buffer: Buffer) => {
    try {
      await read(buffer, 'bom.xlsx');
    } catch (e) {
      if (e instanceof WorkbookReadError) return e.params.reason;
      throw e;
    }
    return 'read';
  };
  const both = async (buffer: Buffer) => [
    await refusedBy(readWorkbookBuffer, buffer),
    await refusedBy(readWorkbookWithExceljs, buffer),
  ];

  test('a zip bomb: a few MB that inflate to 1.5 GB of sheet', async () => {
    const bomb = zipBomb(1500);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    expect(await both(bomb)).toEqual(['too-large', 'too-large']);
  });

  test('a part that claims 300 bytes and inflates to 24 MB of blanks', async () => {
    expect(await both(lyingSize(24))).toEqual(['too-large', 'too-large']);
  });

  test('billion laughs, in the shared strings or in a part camket never reads', async () => {
    expect(await both(billionLaughs())).toEqual(['xml-entities', 'xml-entities']);
    const hidden = zipParts({
      ...minimalParts(),
      'docProps/custom.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Properties>&a;</Properties>',
    });
    expect(await both(hidden)).toEqual(['xml-entities', 'xml-entities']);
  });

  test('a damaged archive: cut short, or a part whose data is not deflate', async () => {
    const whole = zipParts(minimalParts());
    expect(await both(whole.subarray(0, Math.floor(whole.length * 0.6)))).toEqual(['corrupt', 'corrupt']);
    const garbage = entriesZip(
      Object.entries(minimalParts()).map(([name, v]) => ({
        name,
        data: name.includes('sheet1') ? Buffer.from('\xff\xff\xff not deflate at all') : deflateRawSync(Buffer.from(v)),
      })),
    );
    expect(await both(garbage)).toEqual(['corrupt', 'corrupt']);
  });

  test('the same when the zip is read front to back (an end record claiming zip64 sends it to fflate)', async () => {
    const asZip64 = (zip: Buffer) => {
      const copy = Buffer.from(zip);
      copy.writeUInt16LE(0xffff, copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 10);
      return copy;
    };
    expect(titles(asZip64(zipParts({ ...minimalParts(SHEET) })))).toEqual(TITLES);
    expect(await both(asZip64(zipBomb(1500)))).toEqual(['too-large', 'too-large']);
    expect(await both(asZip64(lyingSize(24)))).toEqual(['too-large', 'too-large']);
    expect(await both(asZip64(billionLaughs()))).toEqual(['xml-entities', 'xml-entities']);
    const garbage = entriesZip(
      Object.entries(minimalParts()).map(([name, v]) => ({
        name,
        data: name.includes('sheet1') ? Buffer.from('\xff\xff\xff not deflate at all') : deflateRawSync(Buffer.from(v)),
      })),
    );
    expect(await both(asZip64(garbage))).toEqual(['corrupt', 'corrupt']);
  });

  test('a media part that is a bomb is never inflated: the cells are read', async () => {
    const parts = minimalParts();
    const zip = entriesZip([
      ...Object.entries(parts).map(([name, v]) => ({ name, data: deflateRawSync(Buffer.from(v)) })),
      { name: 'xl/media/image1.png', data: repeatedDeflate('', '\0'.repeat(1048576), 1500, ''), claimedSize: 1000 },
    ]);
    expect(await both(zip)).toEqual(['read', 'read']);
  });

  test('more sheets than any workbook holds', async () => {
    const n = PACKAGE_LIMITS.MAX_SHEETS + 1;
    const parts: Record<string, string> = {
      ...minimalParts(),
      'xl/workbook.xml': `<workbook xmlns:r="${REL}"><sheets>${Array.from({ length: n }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        Array.from(
          { length: n },
          (_, i) => [`rId${i + 1}`, 'worksheet', 'worksheets/sheet1.xml'] as [string, string, string],
        ),
      ),
    };
    expect(await both(zipParts(parts))).toEqual(['too-large', 'too-large']);
  });

  test('one merged area over the whole sheet (its far corner holds a value)', async () => {
    const sheet = sheetXml(
      tableRows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells>',
    );
    expect(await refusedBy(readWorkbookBuffer, zipParts(minimalParts(sheet)))).toBe('too-large');
  });

  test('a value in the last row of many sheets', async () => {
    const far = sheetXml(tableRows() + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>');
    const n = Math.ceil(PACKAGE_LIMITS.MAX_ROW_SLOTS / 1048576) + 1;
    const parts: Record<string, string> = {
      ...minimalParts(far),
      'xl/workbook.xml': `<workbook xmlns:r="${REL}"><sheets>${Array.from({ length: n }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        Array.from(
          { length: n },
          (_, i) => [`rId${i + 1}`, 'worksheet', 'worksheets/sheet1.xml'] as [string, string, string],
        ),
      ),
    };
    expect(await refusedBy(readWorkbookBuffer, zipParts(parts))).toBe('too-large');
  });

  test('a cell beyond the last row or column Excel has is a damaged file', async () => {
    expect(
      await refusedBy(
        readWorkbookBuffer,
        zipParts(minimalParts(sheetXml(tableRows() + '<row r="2000000"><c r="A2000000"><v>1</v></c></row>'))),
      ),
    ).toBe('corrupt');
    expect(
      await refusedBy(
        readWorkbookBuffer,
        zipParts(minimalParts(sheetXml(tableRows() + '<row r="9"><c r="ZZZZ9"><v>1</v></c></row>'))),
      ),
    ).toBe('corrupt');
  });

  test('hidden columns said a thousand times over are read once each', async () => {
    const cols = `<cols>${'<col min="1" max="16384" width="9" hidden="1"/>'.repeat(20_000)}</cols>`;
    const sheet = sheetXml(tableRows()).replace('<sheetData>', `${cols}<sheetData>`);
    const grid = await readWorkbookBuffer(zipParts(minimalParts(sheet)), 'cols.xlsx');
    const hidden = grid.sheets[0].hiddenColumns ?? [];
    expect(new Set(hidden).size).toBe(hidden.length);
    expect(hidden.length).toBeLessThanOrEqual(16384);
    expect(hidden.slice(0, 3)).toEqual([0, 1, 2]);
  });

  test('more text than any workbook of commitments holds, in a few shared strings', async () => {
    // Text that compresses as text does (not a bomb): words drawn at random, every string different.
    const words = [
      'Tổ chức',
      'lễ hội',
      'kiểm kê',
      'di tích',
      'số hóa',
      'tư liệu',
      'hướng dẫn',
      'phong trào',
      'thư viện',
      'bảo tàng',
      'năm',
      'quý',
      'tháng',
      'đơn vị',
      'phối hợp',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
    const strings: string[] = [];
    let chars = 0;
    for (let i = 0; chars <= PACKAGE_LIMITS.MAX_TEXT_CHARS; i++) {
      let s = `${i}`;
      for (let w = 0; w < 400; w++) s += ` ${words[next() % words.length]} ${next() % 1000}`;
      strings.push(`<si><t>${s}</t></si>`);
      chars += s.length;
    }
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.join('')}</sst>`;
    const parts = {
      ...minimalParts(),
      'xl/_rels/workbook.xml.rels': rels([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'sharedStrings', 'sharedStrings.xml'],
      ]),
      'xl/sharedStrings.xml': sst,
    };
    expect(await refusedBy(readWorkbookBuffer, zipParts(parts))).toBe('too-large');
  });

  test('the fallback takes no more cells than it can hold', async () => {
    const rows = Array.from(
      { length: Math.ceil(PACKAGE_LIMITS.FALLBACK_MAX_CELLS / 10) + 1 },
      (_, r) => `<row r="${r + 5}">${'<c><v>1</v></c>'.repeat(10)}</row>`,
    ).join('');
    const big = zipParts(minimalParts(sheetXml(tableRows() + rows)));
    expect(await refusedBy(readWorkbookWithExceljs, big)).toBe('too-large');
    // The lean reader holds it easily.
    expect(await refusedBy(readWorkbookBuffer, big)).toBe('read');
  });
});
