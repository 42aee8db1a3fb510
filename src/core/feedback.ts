// Feedback to each unit (`camket merge … --feedback DIR`): what camket found wrong in the unit's own
// workbook, cell by cell, and every commitment as camket read it, so the unit can confirm in a minute
// that its layout was understood. Pure: this says what each sheet shows; src/node/feedback.ts writes it.
import { displayIso } from './dates';
import { sheetRef } from './grid';
import type { Department } from './department';
import { fileNameParts } from './file-names';
import type { Commitment, Lang, Severity } from './model';
import type { FileEntry, ReportIssue } from './report';
import { isRuleCode } from './rules';
import { CATALOGUES, section } from './catalogue';

/** Where a link points: a file (path relative to the folder the merge read), a sheet, a cell. */
export interface FeedbackTarget {
  file: string;
  sheet: string | null;
  cell: string | null;
}

/** One cell of a feedback sheet. Text from units stays text: the writer never turns it into a formula. */
export type FeedbackValue =
  string | number | null | { kind: 'date'; iso: string } | { kind: 'link'; text: string; target: FeedbackTarget };

export interface FeedbackColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface FeedbackSheet {
  name: string;
  /** Lines above the table: who, which files, as of when, and the one-line verdict. */
  heading: string[];
  /** Empty when the sheet has nothing to list (a unit with nothing to fix). */
  columns: FeedbackColumn[];
  rows: FeedbackValue[][];
}

export interface FeedbackBook {
  /** `phan-hoi-<unit code>.xlsx`, or `phan-hoi-<file name without extension>.xlsx`. */
  fileName: string;
  unit: string | null;
  /** The files it speaks of, as the report names them (relative to the folder read). */
  files: string[];
  issues: number;
  commitments: number;
  /** Lỗi cần sửa, then Đầu việc đã đọc. */
  sheets: [FeedbackSheet, FeedbackSheet];
}

/** What the feedback needs of a commitment: the report's record, with the title column when known. */
export type FeedbackCommitment = Pick<
  Commitment,
  'title' | 'owner' | 'deadline' | 'deadlineText' | 'recurring' | 'progress' | 'statusText' | 'status'
> & {
  source: { file: string; sheet: string; row: number; titleColumn?: string };
};

export interface FeedbackInput {
  asOf: string;
  department: Department;
  files: readonly FileEntry[];
  commitments: readonly FeedbackCommitment[];
  /** The report's issues, in its order. */
  issues: readonly ReportIssue[];
  lang: Lang;
}

const TEXT = section('feedback');

const ISSUE_WIDTHS = [6, 28, 20, 10, 10, 70, 45];
const COMMITMENT_WIDTHS = [6, 28, 20, 8, 60, 24, 22, 16, 12, 22, 28];

/** A file name Windows and macOS accept: no reserved characters, no trailing dots or spaces. */
function safeName(s: string): string {
  const cleaned = s
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- the control characters no file name may hold
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/[. ]+$/, '');
  return cleaned || '-';
}

/** The link's location as Excel reads it: `path#'Sheet'!E17` (a sheet name quoted, quotes doubled);
 *  a sheet without a cell opens at A1, a file without a sheet where it was last saved. */
export function hyperlinkLocation(href: string, sheet: string | null, cell: string | null): string {
  if (!sheet) return href;
  return `${href}#${sheetRef(sheet)}${cell ?? 'A1'}`;
}

function severityCounts(issues: readonly ReportIssue[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

function action(rule: string, lang: Lang): string {
  return isRuleCode(rule) ? CATALOGUES[lang].ruleAction[rule] : '';
}

function issueSheet(issues: readonly ReportIssue[], heading: string[], commitments: number, lang: Lang): FeedbackSheet {
  const t = TEXT[lang];
  if (!issues.length) return { name: t.sheets[0], heading: [...heading, t.clean(commitments)], columns: [], rows: [] };
  const n = severityCounts(issues);
  const rows: FeedbackValue[][] = issues.map((i, k) => {
    const place: FeedbackValue = i.file
      ? {
          kind: 'link',
          text: i.cell ?? (i.sheet ? CATALOGUES[lang].where.wholeSheet : CATALOGUES[lang].where.wholeFile),
          target: { file: i.file, sheet: i.sheet, cell: i.cell },
        }
      : null;
    return [
      k + 1,
      i.file || null,
      i.sheet,
      place,
      CATALOGUES[lang].severity[i.severity],
      i.message,
      action(i.rule, lang),
    ];
  });
  return {
    name: t.sheets[0],
    heading: [...heading, t.some(issues.length, n.error, n.warning, n.info)],
    columns: t.issueColumns.map((header, k) => ({ header, width: ISSUE_WIDTHS[k] })),
    rows,
  };
}

function commitmentSheet(commitments: readonly FeedbackCommitment[], heading: string[], lang: Lang): FeedbackSheet {
  const t = TEXT[lang];
  const rows: FeedbackValue[][] = commitments.map((c, k) => {
    const s = c.source;
    const row: FeedbackValue = s.titleColumn
      ? {
          kind: 'link',
          text: String(s.row),
          target: { file: s.file, sheet: s.sheet, cell: `${s.titleColumn}${s.row}` },
        }
      : s.row;
    const read: FeedbackValue = c.deadline
      ? { kind: 'date', iso: c.deadline }
      : c.recurring
        ? t.recurring
        : t.unreadable;
    return [
      k + 1,
      s.file,
      s.sheet,
      row,
      c.title || t.empty,
      c.owner,
      c.deadlineText ?? t.empty,
      read,
      c.progress,
      c.statusText,
      CATALOGUES[lang].status[c.status ?? 'unknown'],
    ];
  });
  return {
    name: t.sheets[1],
    heading: [...heading, commitments.length ? t.read(commitments.length) : t.none],
    columns: t.commitmentColumns.map((header, k) => ({ header, width: COMMITMENT_WIDTHS[k] })),
    rows,
  };
}

/**
 * One feedback workbook per unit that sent a file (its merged and failed files together), and one per
 * file that belongs to no unit or could not be read. Units in the department file's order, then the
 * files in the report's order. Names that would clash (case and Unicode form ignored, as Windows and
 * macOS compare them) get `-2`, `-3`….
 */
export function feedbackBooks(input: FeedbackInput): FeedbackBook[] {
  const { department, lang } = input;
  const t = TEXT[lang];
  const sent = input.files.filter((f) => f.state === 'merged' || f.state === 'failed');
  const taken = new Set<string>();
  const nameFor = (stem: string) => {
    const base = `phan-hoi-${safeName(stem)}`;
    let name = `${base}.xlsx`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  };
  const fileLine = (files: readonly FileEntry[]) =>
    `${t.files}: ${files.map((f) => `${f.file} (${f.state === 'merged' ? t.fileMerged(f.commitments) : t.fileFailed})`).join('; ')}`;
  const book = (
    unit: { code: string; name: string } | null,
    files: readonly FileEntry[],
    issues: readonly ReportIssue[],
    stem: string,
  ): FeedbackBook => {
    const names = new Set(files.map((f) => f.file));
    const commitments = input.commitments.filter((c) => names.has(c.source.file));
    const heading = [
      t.title,
      unit ? t.unit(unit.name, unit.code) : t.noUnit,
      fileLine(files),
      t.asOf(displayIso(input.asOf)),
    ];
    return {
      fileName: nameFor(stem),
      unit: unit?.code ?? null,
      files: files.map((f) => f.file),
      issues: issues.length,
      commitments: commitments.length,
      sheets: [issueSheet(issues, heading, commitments.length, lang), commitmentSheet(commitments, heading, lang)],
    };
  };

  const books: FeedbackBook[] = [];
  for (const u of department.units) {
    const files = sent.filter((f) => f.unit === u.code);
    if (!files.length) continue;
    const names = new Set(files.map((f) => f.file));
    books.push(
      book(
        u,
        files,
        input.issues.filter((i) => i.unit === u.code || names.has(i.file)),
        u.code,
      ),
    );
  }
  // A failed file is also in its unit's workbook (when its name tells the unit); its own workbook
  // speaks of it alone. A unit absent from the department file cannot come out of a merge; were it
  // to, its files would still get their feedback here.
  const units = new Map(department.units.map((u) => [u.code, u]));
  for (const f of sent) {
    const unit = f.unit === null ? undefined : units.get(f.unit);
    if (f.state === 'failed' || !unit)
      books.push(
        book(
          unit ?? null,
          [f],
          input.issues.filter((i) => i.file === f.file),
          fileNameParts(f.file).stem,
        ),
      );
  }
  return books;
}
