// The state a summary carries for next month's --previous: a very hidden sheet whose rows hold JSON
// (one record per row, split over as many cells as it needs since a cell holds at most 32,767
// characters). Its cells are inline strings, so that reading the state back needs neither the
// shared-string table nor the big sheets: only this sheet is unzipped, as a stream. A summary that
// Excel or LibreOffice saved again has its strings moved to the shared-string table; that is read
// too.
import { promises as fs } from 'node:fs';
import JSZip from 'jszip';
import { z } from 'zod';
import type { CommitmentState, HistoryRow, SummaryState } from '../../core/history';
import { CATALOGUES } from '../../core/catalogue';
import { STATUS_CODES, STATUS_KEYS, type Lang } from '../../core/model';
import { loadSharedStrings, sheetParts, sheetRows } from './ooxml';
import type { StreamWorkbook } from './sheet-kit';

/** The hidden sheet's name: fixed, whatever the language of the visible ones. */
export const STATE_SHEET = 'camket_state';
const MARKER = 'camket-summary-state';
/** 3: rows of up to COMMITMENTS_PER_ROW commitments, each an array in COMMITMENT_FIELDS order (kind
 *  'cs'); 2 wrote one such array per row (kind 'c'), 1 one object per row (kind 'commitment'). All
 *  are read. */
const FORMAT_VERSION = 3;
/** Many commitments to a row: a row and its cells cost more XML than a commitment's own values. */
const COMMITMENTS_PER_ROW = 100;
/** Characters per cell: under Excel's 32,767 with room for nothing else. */
export const CHUNK = 32_000;

// ---- Schema -----------------------------------------------------------------------------------

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const statusCounts = z.object(
  Object.fromEntries(STATUS_KEYS.map((k) => [k, z.number().int().min(0)])) as Record<
    (typeof STATUS_KEYS)[number],
    z.ZodNumber
  >,
);

export const historyRowSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  asOf: isoDate,
  scope: z.enum(['department', 'block', 'unit']),
  code: z.string(),
  name: z.string(),
  registered: z.number().int().min(0).nullable(),
  found: z.number().int().min(0),
  byStatus: statusCounts,
  due: z.number().int().min(0),
  onTimeRate: z.number().min(0).max(1).nullable(),
});

export const commitmentStateSchema = z.object({
  id: z.string(),
  unit: z.string().nullable(),
  code: z.string().nullable(),
  title: z.string(),
  target: z.string().nullable(),
  deadline: isoDate.nullable(),
  originalDeadline: isoDate.nullable(),
  progress: z.number().nullable(),
  status: z.enum(STATUS_CODES).nullable(),
});

/** The order of a commitment's values in a format-2 record: names are written once, here, not 100,000 times. */
const COMMITMENT_FIELDS = [
  'id',
  'unit',
  'code',
  'title',
  'target',
  'deadline',
  'originalDeadline',
  'progress',
  'status',
] as const;

const commitmentRecordSchema = z
  .array(z.unknown())
  .length(COMMITMENT_FIELDS.length)
  .transform((values) => Object.fromEntries(COMMITMENT_FIELDS.map((f, i) => [f, values[i]])))
  .pipe(commitmentStateSchema);

const metaSchema = z.object({ version: z.literal(1), asOf: isoDate, department: z.string() });

// ---- Errors -----------------------------------------------------------------------------------

export type SummaryStateProblem = 'not-found' | 'not-a-workbook' | 'not-a-summary' | 'damaged' | 'newer-version';

/** The file given as the previous summary cannot give its state. */
export class SummaryStateError extends Error {
  constructor(
    readonly problem: SummaryStateProblem,
    readonly file: string,
    readonly detail: string | null = null,
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'SummaryStateError';
  }

  /** What to tell the clerk, in their language. */
  messageIn(lang: Lang): string {
    return CATALOGUES[lang].previousSummary[this.problem]
      .replace('{file}', this.file)
      .replace('{detail}', this.detail ?? '');
  }
}

// ---- Writing ----------------------------------------------------------------------------------

/**
 * JSON that a cell can hold as it is. JSON.stringify already escapes control characters and lone
 * surrogates; U+FFFE and U+FFFF are legal JSON but not XML; and text that looks like OOXML's own
 * character escape (_x000D_) would be decoded by every reader, so its "x" is written \u0078.
 */
const NEEDS_CARE = /[\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

function cellJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (!NEEDS_CARE.test(json)) return json;
  return json
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/_x([0-9A-Fa-f]{4}_)/g, '_\\u0078$1');
}

/** Pieces of at most CHUNK characters, never splitting a surrogate pair. */
export function chunks(s: string, size = CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let end = Math.min(i + size, s.length);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(s.slice(i, end));
    i = end;
  }
  return out.length ? out : [''];
}

/** The hidden sheet's rows, one record each: column A says what it is, B… hold its JSON. */
export function* stateRows(state: SummaryState): Generator<string[]> {
  yield [MARKER, String(FORMAT_VERSION)];
  yield ['meta', ...chunks(cellJson({ version: state.version, asOf: state.asOf, department: state.department }))];
  for (const h of state.history) yield ['history', ...chunks(cellJson(h))];
  for (let i = 0; i < state.commitments.length; i += COMMITMENTS_PER_ROW) {
    const records = state.commitments.slice(i, i + COMMITMENTS_PER_ROW).map((c) => COMMITMENT_FIELDS.map((f) => c[f]));
    yield ['cs', ...chunks(cellJson(records))];
  }
}

/** Write the very hidden state sheet (the last sheet). Its records are inline strings: each one is
 *  unique, so the shared-string table would only grow by the size of the state. */
export async function writeStateSheet(wb: StreamWorkbook, state: SummaryState): Promise<void> {
  const ws = wb.addSheet(STATE_SHEET, { state: 'veryHidden', inlineText: true });
  for (const cells of stateRows(state)) await ws.row(cells);
  await ws.end();
}

// ---- Reading ----------------------------------------------------------------------------------

async function findStateSheet(zip: JSZip, file: string): Promise<string> {
  const parts = await sheetParts(zip);
  if (!parts) throw new SummaryStateError('not-a-workbook', file);
  const part = parts.get(STATE_SHEET);
  if (!part) throw new SummaryStateError('not-a-summary', file);
  return part;
}

function joined(cells: Map<number, string>): string {
  return [...cells.entries()]
    .filter(([c]) => c > 1)
    .sort((a, b) => a[0] - b[0])
    .map(([, v]) => v)
    .join('');
}

/** Read back the state a summary workbook carries. Throws SummaryStateError when the file is not a
 *  camket summary or its state is damaged. */
export async function readSummaryState(file: string): Promise<SummaryState> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SummaryStateError(code === 'ENOENT' ? 'not-found' : 'not-a-workbook', file, code ?? null);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new SummaryStateError('not-a-workbook', file);
  }
  const sheetPath = await findStateSheet(zip, file);
  let strings: Promise<string[]> | null = null;
  const sharedStrings = () => (strings ??= loadSharedStrings(zip));

  let meta: z.infer<typeof metaSchema> | null = null;
  const history: HistoryRow[] = [];
  const commitments: CommitmentState[] = [];
  let sawMarker = false;
  let rowNumber = 0;
  const damaged = (what: string, detail: string) =>
    new SummaryStateError('damaged', file, `${what}, ${STATE_SHEET} row ${rowNumber}: ${detail}`);
  const json = (text: string, what: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      throw damaged(what, 'not JSON');
    }
  };
  const check = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
    const r = schema.safeParse(value);
    if (!r.success) {
      const i = r.error.issues[0];
      throw damaged(what, `${i.path.join('.') || '(root)'} ${i.message}`);
    }
    return r.data;
  };
  const parse = <T>(schema: z.ZodType<T>, text: string, what: string): T => check(schema, json(text, what), what);
  for await (const { cells } of sheetRows(zip, sheetPath, sharedStrings)) {
    rowNumber++;
    const kind = cells.get(1);
    if (!sawMarker) {
      if (kind !== MARKER) throw new SummaryStateError('not-a-summary', file);
      const version = Number(cells.get(2));
      if (version > FORMAT_VERSION) throw new SummaryStateError('newer-version', file, `format ${cells.get(2)}`);
      sawMarker = true;
      continue;
    }
    if (kind === 'meta') meta = parse(metaSchema, joined(cells), 'meta');
    else if (kind === 'history') history.push(parse(historyRowSchema, joined(cells), 'history'));
    else if (kind === 'cs') {
      const records = json(joined(cells), 'commitment');
      if (!Array.isArray(records)) throw damaged('commitment', 'not a list');
      for (const record of records) commitments.push(check(commitmentRecordSchema, record, 'commitment'));
    } else if (kind === 'c') commitments.push(parse(commitmentRecordSchema, joined(cells), 'commitment'));
    else if (kind === 'commitment') commitments.push(parse(commitmentStateSchema, joined(cells), 'commitment'));
  }
  if (!sawMarker) throw new SummaryStateError('not-a-summary', file);
  if (!meta) throw new SummaryStateError('damaged', file, 'no meta row');
  return { version: 1, asOf: meta.asOf, department: meta.department, history, commitments };
}
