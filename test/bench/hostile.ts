// Hostile and odd packages, built byte by byte as an attacker or a careless generator writes them:
// for the tests (each case a real file) and for `npm run bench` (the zip bomb beside good units).
// Nothing here is a real workbook writer: it is the smallest package that carries the case.
import { constants, deflateRawSync } from 'node:zlib';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationships part: [Id, type (the last segment of its URI), target]. */
export function relsXml(items: [id: string, type: string, target: string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

export function workbookXml(sheetNames: string[], pr = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pr}<sheets>${sheetNames
    .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The rows of a small commitments table (inline strings), from row `top`: what every hostile file
 *  pretends to hold. */
export function tableRows(top = 1): string {
  const rows = [
    ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Tiến độ (%)'],
    ['1', 'Tổ chức Lễ hội Dừa', '30/9/2023', '50'],
    ['2', 'Kiểm kê di tích', '31/12/2023', '20'],
  ];
  return rows
    .map(
      (r, i) =>
        `<row r="${top + i}">${r.map((v, c) => (i > 0 && (c === 0 || c === 3) ? `<c r="${'ABCD'[c]}${top + i}"><v>${v}</v></c>` : inline(`${'ABCD'[c]}${top + i}`, v))).join('')}</row>`,
    )
    .join('');
}

export function sheetXml(rows: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

/** The parts of the smallest package Excel opens: one sheet, as written (names and bytes). */
export function minimalParts(sheet = sheetXml(tableRows()), pr = ''): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': workbookXml(['Năm 2023'], pr),
    'xl/_rels/workbook.xml.rels': relsXml([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
    'xl/worksheets/sheet1.xml': sheet,
  };
}

export interface RawEntry {
  name: string;
  /** The bytes as stored: already deflated when method is 8. */
  data: Buffer;
  method?: 0 | 8;
  /** The inflated size its headers claim (a liar claims little). */
  claimedSize?: number;
}

/** A zip as a stream writer lays it out: local headers and data, the central directory, the end
 *  record. No CRC is computed (readers that refuse a bomb never get that far). */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const size = (e.claimedSize ?? (method === 0 ? e.data.length : 0)) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Parts deflated as they are, in a zip. */
export function zipParts(parts: Record<string, string | Buffer>, claimed: Record<string, number> = {}): Buffer {
  return rawZip(
    Object.entries(parts).map(([name, v]) => ({
      name,
      data: deflateRawSync(typeof v === 'string' ? Buffer.from(v) : v),
      claimedSize: claimed[name],
    })),
  );
}

/**
 * A deflate stream that inflates to prefix + chunk × times + suffix, built in milliseconds: every
 * piece is compressed on its own and ended with a full flush, so each piece is a byte-aligned run
 * of blocks that refers to nothing before it, and the same compressed chunk can be repeated.
 */
export function repeatedDeflate(prefix: string, chunk: string, times: number, suffix: string): Buffer {
  const piece = (s: string) => deflateRawSync(Buffer.from(s), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const body = piece(chunk);
  return Buffer.concat([piece(prefix), ...new Array<Buffer>(times).fill(body), deflateRawSync(Buffer.from(suffix))]);
}

/** A zip bomb: a package whose one sheet (a real table at its top) inflates to about `inflatedMb`
 *  of rows, from a few MB of zip. Its headers claim a small size, as a bomb's do. */
export function zipBomb(inflatedMb = 1500): Buffer {
  const row = '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>';
  const chunk = row.repeat(Math.floor(1048576 / row.length));
  const head = sheetXml(tableRows()).replace('</sheetData></worksheet>', '');
  const sheet = repeatedDeflate(head, chunk, inflatedMb, '</sheetData></worksheet>');
  const parts = minimalParts();
  delete (parts as Partial<typeof parts>)['xl/worksheets/sheet1.xml'];
  return rawZip([
    ...Object.entries(parts).map(([name, v]) => ({ name, data: deflateRawSync(Buffer.from(v)) })),
    { name: 'xl/worksheets/sheet1.xml', data: sheet, claimedSize: 4096 },
  ]);
}

/** "Billion laughs": nested XML entities that would expand to ~3 GB, in the shared strings. */
export function billionLaughs(): Buffer {
  let dtd = '<!ENTITY lol0 "lollollollollollollollollollol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  const sst = `<?xml version="1.0"?><!DOCTYPE sst [${dtd}]><sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
  const sheet = sheetXml(tableRows(2)).replace(
    '<sheetData>',
    '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>',
  );
  return zipParts({
    ...minimalParts(sheet),
    'xl/_rels/workbook.xml.rels': relsXml([
      ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
      ['rId2', 'sharedStrings', 'sharedStrings.xml'],
    ]),
    'xl/sharedStrings.xml': sst,
  });
}

/** A part that claims a few hundred bytes in its headers but inflates to `inflatedMb` of plain
 *  text, at a ratio no real sheet has (a comment, which sheet readers pass over). */
export function lyingSize(inflatedMb = 24): Buffer {
  const head = sheetXml(tableRows()).replace('</worksheet>', '<!-- ');
  const sheet = repeatedDeflate(head, ' '.repeat(1048576), inflatedMb, ' --></worksheet>');
  const parts = minimalParts();
  return rawZip([
    ...Object.entries(parts)
      .filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
      .map(([name, v]) => ({ name, data: deflateRawSync(Buffer.from(v)) })),
    { name: 'xl/worksheets/sheet1.xml', data: sheet, claimedSize: 300 },
  ]);
}
