// The commitments sheet ("Đầu việc"): one row per commitment, with its source cell. The dashboard's
// formulas count over its columns, so the column order here is the one they reference.
import type { Department } from '../../core/department';
import { STATUS_KEYS, type Lang, type StatusKey } from '../../core/model';
import type { ReportCommitment } from '../../core/report';
import { col, isoDate, literal, sheetRef, text } from './cells';
import { type ColumnDef, type FormulaValue, type StreamWorkbook, TableSheet } from './sheet-kit';
import { DATE_FORMAT, PROGRESS_FORMAT, STATUS_FILLS, bodyStyle } from './styles';
import type { Alignment, CellStyle } from './xlsx';
import { CATALOGUES, type SummaryText } from '../../core/catalogue';

export const COMMITMENT_KEYS = [
  // Printed (the print area ends with provincialTask): what a leader reads on paper.
  'no',
  'unit',
  'unitName',
  'field',
  'title',
  'target',
  'owner',
  'deadline',
  'status',
  'progress',
  'completedOn',
  'provincialTask',
  // On screen only: the code the dashboard counts (a hidden column), more detail, and the source cell.
  'statusCode',
  'block',
  'code',
  'originalDeadline',
  'start',
  'deadlineText',
  'statusText',
  'coordinating',
  'notes',
  'sourceFile',
  'sourceSheet',
  'sourceRow',
  'id',
] as const;
export type CommitmentKey = (typeof COMMITMENT_KEYS)[number];
const LAST_PRINTED: CommitmentKey = 'provincialTask';

/** 1-based column number of a field on the commitments sheet. */
export function commitmentColumn(key: CommitmentKey): number {
  return COMMITMENT_KEYS.indexOf(key) + 1;
}

/** A whole column of the commitments sheet, as the dashboard's COUNTIFS read it: 'Đầu việc'!$O:$O.
 *  Whole columns keep counting rows a leader adds below the table. */
export function commitmentRange(sheetName: string, key: CommitmentKey): string {
  const c = col(commitmentColumn(key));
  return `${sheetRef(sheetName)}$${c}:$${c}`;
}

const WIDTHS: Record<CommitmentKey, number> = {
  no: 6,
  unit: 10,
  unitName: 24,
  block: 8,
  field: 18,
  code: 10,
  title: 50,
  target: 28,
  owner: 20,
  start: 11,
  deadline: 11,
  originalDeadline: 11,
  deadlineText: 16,
  status: 22,
  statusCode: 13,
  progress: 9,
  completedOn: 11,
  provincialTask: 11,
  statusText: 16,
  coordinating: 18,
  notes: 22,
  sourceFile: 24,
  sourceSheet: 14,
  sourceRow: 8,
  id: 18,
};

const CENTER: Alignment = { vertical: 'top', horizontal: 'center' };

function columnStyle(key: CommitmentKey): CellStyle {
  switch (key) {
    case 'start':
    case 'deadline':
    case 'originalDeadline':
    case 'completedOn':
      return bodyStyle({ numFmt: DATE_FORMAT, alignment: CENTER });
    case 'progress':
      return bodyStyle({ numFmt: PROGRESS_FORMAT, alignment: CENTER });
    case 'no':
    case 'sourceRow':
    case 'unit':
    case 'block':
    case 'provincialTask':
      return bodyStyle({ alignment: CENTER });
    // The hidden code column wraps (bodyStyle): text that does not wrap overflows into the next
    // empty cells, and centred text in a hidden column would be printed over the column before it.
    default:
      return bodyStyle();
  }
}

/**
 * The status code follows the status name in the same row, so a leader who picks another status
 * from the drop-down changes what the dashboard counts. One shared formula for the whole column:
 * written once, it costs no more per row than a value.
 */
export function statusCodeFormula(statusCell: string, lang: Lang): string {
  const names = STATUS_KEYS.map((k) => literal(CATALOGUES[lang].status[k])).join(';');
  const codes = STATUS_KEYS.map((k) => literal(k)).join(';');
  return `IFERROR(INDEX({${codes}},MATCH(${statusCell},{${names}},0)),"unknown")`;
}

/** Columns whose text is mostly different on every row. */
const UNIQUE_TEXT: ReadonlySet<CommitmentKey> = new Set([
  'title',
  'target',
  'deadlineText',
  'statusText',
  'notes',
  'id',
]);

export interface CommitmentsSheetInput {
  name: string;
  labels: SummaryText;
  lang: Lang;
  commitments: ReportCommitment[];
  department: Department;
}

export async function writeCommitmentsSheet(
  wb: StreamWorkbook,
  input: CommitmentsSheetInput,
): Promise<{ lastRow: number }> {
  const { labels, lang, commitments, department } = input;
  const h = labels.commitments;
  // The status code is a helper the dashboard's formulas and the colours read: hidden, since a
  // leader reads the status's name (and the code is in the JSON report and the hidden state).
  const columns: ColumnDef[] = COMMITMENT_KEYS.map((k) => ({
    header: h[k],
    width: WIDTHS[k],
    style: columnStyle(k),
    unique: UNIQUE_TEXT.has(k),
    hidden: k === 'statusCode',
  }));
  const lastRow = commitments.length + 1;
  const sheet = new TableSheet(wb, input.name, columns, lang, {
    tabColor: 'FF1F4E78',
    // The writer makes it absolute ($A$1:$L$29): LibreOffice ignores a print area that is not.
    printArea: `A1:${col(commitmentColumn(LAST_PRINTED))}${Math.max(lastRow, 2)}`,
  });
  const ws = sheet.ws;
  const unitNames = new Map(department.units.map((u) => [u.code, u.name]));
  const statusCol = col(commitmentColumn('status'));
  const codeCol = col(commitmentColumn('statusCode'));
  const masterFormula = statusCodeFormula(`${statusCol}2`, lang);

  for (let i = 0; i < commitments.length; i++) {
    const c = commitments[i];
    const key: StatusKey = c.status ?? 'unknown';
    const code: FormulaValue =
      i === 0
        ? { formula: masterFormula, result: key, shareType: 'shared', ref: `${codeCol}2:${codeCol}${lastRow}` }
        : { sharedFormula: `${codeCol}2`, result: key };
    // In COMMITMENT_KEYS order (the tests read every column back by its header): an array, not an object per row.
    await sheet.add([
      i + 1,
      text(c.unit),
      text(c.unit ? (unitNames.get(c.unit) ?? c.unit) : null),
      text(c.field),
      text(c.title),
      text(c.target),
      text(c.owner),
      isoDate(c.deadline),
      CATALOGUES[lang].status[key],
      c.progress === null ? null : c.progress / 100,
      isoDate(c.completedOn),
      text(c.provincialTask),
      code,
      text(c.block),
      text(c.code),
      isoDate(c.originalDeadline),
      isoDate(c.start),
      text(c.deadlineText),
      text(c.statusText),
      text(c.coordinating),
      text(c.notes),
      text(c.source.file),
      text(c.source.sheet),
      c.source.row,
      text(c.id),
    ]);
  }

  if (commitments.length) {
    // The drop-down offers the status names; the code column follows through its formula.
    const names = STATUS_KEYS.map((k) => CATALOGUES[lang].status[k]).join(',');
    ws.dataValidation(`${statusCol}2:${statusCol}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${names}"`],
      showErrorMessage: false,
    });
    // Colour by status, from the (hidden) code column, for the name and the code.
    for (const target of [statusCol, codeCol]) {
      ws.conditionalFormatting({
        ref: `${target}2:${target}${lastRow}`,
        rules: STATUS_KEYS.map((k, p) => ({
          type: 'expression',
          priority: p + 1,
          formulae: [`$${codeCol}2=${literal(k)}`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATUS_FILLS[k].fill } },
            font: { color: { argb: STATUS_FILLS[k].font } },
          },
        })),
      });
    }
  }
  await sheet.finish();
  return { lastRow: sheet.lastRow };
}
