// The documents camket drafts (the monthly written report, the commitment forms) as plain data: what
// they say and in what order, with no word processor in sight. The Node side renders this model to
// .docx in the layout of Nghị định 30/2020/NĐ-CP (src/node/documents); tests read it directly.
import type { Letterhead } from './department';

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  /** A section heading: `I. KẾT QUẢ CHUNG`. */
  | { kind: 'heading'; text: string }
  /** A sub-heading inside a section: `1. Theo khối`. */
  | { kind: 'subheading'; text: string }
  /** A body paragraph; `indent` is the first-line indent of running text. */
  | { kind: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean }
  /** Dotted lines left for leadership to write on. */
  | { kind: 'fill'; lines: number }
  | TableBlock;

export interface TableColumn {
  header: string;
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  width: number;
  align?: Align;
}

export interface TableRow {
  cells: string[];
  /** A total row, or a group's own line. */
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** Said instead of the table when it has no row. */
  empty?: string;
}

/** One signature: the lines above the signature (`KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`), then the name. */
export interface Signature {
  /** Upper-case title lines, bold. */
  titles: string[];
  /** A note under the titles, in italics: `(Ký, ghi rõ họ tên)`. */
  note?: string;
  /** The signer's name, bold; a dotted line when unknown. */
  name: string;
}

/** The two-column heading of an administrative document (NĐ 30/2020, Phụ lục I, items 1–4). */
export interface DocumentHeading {
  /** The parent body, upper case (`UBND TỈNH BẾN TRE`). */
  parent: string;
  /** The issuing agency, upper case, bold, with a short rule under it. */
  agency: string;
  /** `Số: …/BC-SVHTTDL`; none for a document that is not numbered. */
  number: string | null;
  /** `Bến Tre, ngày 30 tháng 6 năm 2023`, in italics under the motto. */
  placeDate: string;
}

export interface AdminDocument {
  heading: DocumentHeading;
  /** The document's kind (`BÁO CÁO`) and its summary line, centred and bold; a rule under the last. */
  title: string[];
  body: Block[];
  /** "Nơi nhận:" and its lines; null for a document with none (the forms). */
  recipients: string[] | null;
  /** One signature (the report: right) or two side by side (a form: left and right). */
  signatures: Signature[];
}

/** A place left for the clerk to fill in by hand. */
export const DOTS = '…………………';
export const SHORT_DOTS = '……';

/** The national motto, as Phụ lục I writes it. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** 1800 → "1.800": Vietnamese thousands separator. */
export function viInteger(n: number): string {
  const digits = String(Math.round(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

/** 0.757 → "75,7 %" (one decimal, decimal comma, a space before the sign); null → "—". */
export function viPercent(rate: number | null, decimals = 1): string {
  if (rate === null || !Number.isFinite(rate)) return '—';
  const fixed = (rate * 100).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const shown = viInteger(Number(whole)) + (frac && Number(frac) !== 0 ? `,${frac}` : '');
  return `${shown} %`;
}

/** A progress value as units write it: 62.5 → "62,5 %". */
export function viProgress(progress: number | null): string {
  if (progress === null) return '';
  return viPercent(progress / 100);
}

/** 2023-06-30 → "30/6/2023", as the body text writes a date. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** The date line: days below 10 and the months January and February with a leading zero (Phụ lục I, item 4). */
export function dateWords(iso: string | null, year: number): string {
  if (!iso) return `ngày ${SHORT_DOTS} tháng ${SHORT_DOTS} năm ${year}`;
  const [y, m, d] = iso.split('-').map(Number);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** The heading for a department's letterhead, dotted where it says nothing. */
export function documentHeading(
  letterhead: Letterhead | undefined,
  number: string | null,
  dateIso: string | null,
  year: number,
): DocumentHeading {
  const place = letterhead?.place ?? SHORT_DOTS;
  return {
    parent: letterhead?.parent ?? DOTS,
    agency: letterhead?.agency ?? DOTS,
    number,
    placeDate: `${place}, ${dateWords(dateIso, year)}`,
  };
}

/** "Số: …/BC-SVHTTDL": the number is given by the clerk's office when the document is issued. */
export function documentNumber(kind: string, letterhead: Letterhead | undefined): string {
  return `Số: ${SHORT_DOTS}/${kind}-${letterhead?.symbol ?? SHORT_DOTS}`;
}

/** A paragraph of plain body text. */
export function para(
  text: string,
  options: { bold?: boolean; italic?: boolean; indent?: boolean; align?: Align } = {},
): Block {
  return {
    kind: 'paragraph',
    runs: [{ text, bold: options.bold, italic: options.italic }],
    indent: options.indent ?? true,
    align: options.align,
  };
}

/** Every piece of text of a document, in reading order: what a reader of the printed page sees. */
export function documentText(doc: AdminDocument): string[] {
  const lines = [doc.heading.parent, doc.heading.agency, NATIONAL_NAME, MOTTO];
  if (doc.heading.number) lines.push(doc.heading.number);
  lines.push(doc.heading.placeDate, ...doc.title);
  for (const b of doc.body) {
    if (b.kind === 'heading' || b.kind === 'subheading') lines.push(b.text);
    else if (b.kind === 'paragraph') lines.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'table') {
      lines.push(b.columns.map((c) => c.header).join(' | '));
      for (const r of b.rows) lines.push(r.cells.join(' | '));
      if (!b.rows.length && b.empty) lines.push(b.empty);
    }
  }
  if (doc.recipients) lines.push('Nơi nhận:', ...doc.recipients);
  for (const s of doc.signatures) lines.push(...s.titles, ...(s.note ? [s.note] : []), s.name);
  return lines;
}
