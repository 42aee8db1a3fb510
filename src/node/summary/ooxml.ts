// Small helpers for reading the parts of an .xlsx package (a zip of XML files): locating a sheet's
// part by its name, decoding XML text, a sheet's rows streamed.
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type JSZip from 'jszip';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character references and entities, then OOXML's own escape for characters (_xHHHH_). */
export function decodeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTRIBUTE = new Map<string, RegExp>();

/** An attribute's value in a start tag; `name` may be a regular expression (e.g. '\\w+:id'). */
export function attr(tag: string, name: string): string | null {
  let re = ATTRIBUTE.get(name);
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : null;
}

/** A workbook relationship's target as a path inside the zip. */
export function resolveTarget(target: string, base = 'xl'): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const p of `${base}/${target}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Sheet name → path of its part (xl/worksheets/sheetN.xml), in workbook order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string> | null> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return null;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id') ?? attr(m[0], '\\w+:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) out.set(name, target);
  }
  return out;
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** The text of the <t> elements of a string item, phonetic runs (<rPh>) left out. */
export function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    out += m[1] ? decodeXml(m[1]) : '';
  return out;
}

export function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
}

/** Each <row> of a sheet's XML as the texts of its cells by column, streamed. */
export async function* sheetRows(
  zip: JSZip,
  sheetPath: string,
  sharedStrings: () => Promise<string[]>,
): AsyncGenerator<{ row: number; cells: Map<number, string> }> {
  const entry = zip.file(sheetPath);
  if (!entry) return;
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  let rowNumber = 0;
  const parseRow = async (xml: string): Promise<{ row: number; cells: Map<number, string> }> => {
    const r = attr(/^<row\b[^>]*>/.exec(xml)?.[0] ?? '', 'r');
    rowNumber = r ? Number(r) : rowNumber + 1;
    const cells = new Map<number, string>();
    let position = 0;
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      position++;
      const tag = m[1];
      const body = m[2] ?? '';
      const ref = attr(tag, 'r');
      const column = ref ? columnNumber(ref) : position;
      position = column;
      const type = attr(tag, 't');
      let value: string | null = null;
      if (type === 'inlineStr') {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body);
        value = is ? itemText(is[1]) : '';
      } else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(body);
        if (v) {
          const raw = decodeXml(v[1]);
          value = type === 's' ? ((await sharedStrings())[Number(raw)] ?? '') : raw;
        }
      }
      if (value !== null) cells.set(column, value);
    }
    return { row: rowNumber, cells };
  };
  // JSZip's stream is an old-style Readable: piped into a core stream it can be iterated.
  const stream = new PassThrough();
  entry
    .nodeStream('nodebuffer')
    .on('error', (e: Error) => stream.destroy(e))
    .pipe(stream);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buffer += decoder.write(chunk);
    let end: number;
    // Complete rows only; a row cut by the chunk boundary waits for the next chunk.
    while ((end = buffer.search(/<\/row>|<row\b[^>]*\/>/)) >= 0) {
      const close = buffer.startsWith('</row>', end) ? end + 6 : buffer.indexOf('>', end) + 1;
      const start = buffer.lastIndexOf('<row', end);
      const row = buffer.slice(start, close);
      buffer = buffer.slice(close);
      if (row.endsWith('/>')) {
        const r = attr(row, 'r');
        rowNumber = r ? Number(r) : rowNumber + 1;
      } else yield await parseRow(row);
    }
  }
  buffer += decoder.end();
}

export async function loadSharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => (m[1] ? itemText(m[1]) : ''));
}
