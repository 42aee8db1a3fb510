// The list sheets after the commitments: overdue and due soon, the provincial tasks, the history,
// the changes since last month, the data issues and the files read.
import { STATUS_KEYS, type Lang, type StatusKey } from '../../core/model';
import type { ReportCommitment } from '../../core/report';
import { ruleTitle } from '../../core/rules';
import { isDueSoon } from '../../core/status';
import { col, daysBetween, exactCriterion, isoDate, literal, text } from './cells';
import { commitmentRange } from './commitments-sheet';
import { type ColumnDef, type StreamWorkbook, TableSheet } from './sheet-kit';
import type { SummaryData } from './types';
import type { CellStyle } from './xlsx';
import { COUNT_FORMAT, DATE_FORMAT, NOTE_STYLE, PROGRESS_FORMAT, RATE_FORMAT, bodyStyle, statusFill } from './styles';
import { CATALOGUES, type SummaryText } from '../../core/catalogue';

const center = (extra: CellStyle = {}) => bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' }, ...extra });
const dateCol = (header: string): ColumnDef => ({ header, width: 12, style: center({ numFmt: DATE_FORMAT }) });
const numCol = (header: string, width = 10): ColumnDef => ({
  header,
  width,
  style: bodyStyle({ numFmt: COUNT_FORMAT, alignment: { horizontal: 'right', vertical: 'top' } }),
});
const rateCol = (header: string): ColumnDef => ({
  header,
  width: 11,
  style: bodyStyle({ numFmt: RATE_FORMAT, alignment: { horizontal: 'right', vertical: 'top' } }),
});
const textCol = (header: string, width: number): ColumnDef => ({ header, width, style: bodyStyle() });
const codeCol = (header: string, width = 11): ColumnDef => ({ header, width, style: center() });

function statusColumns(lang: Lang): ColumnDef[] {
  return STATUS_KEYS.map((k) => numCol(CATALOGUES[lang].status[k], 11));
}

// ---- Overdue and due soon ---------------------------------------------------------------------

export async function writeAttentionSheet(
  wb: StreamWorkbook,
  name: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { report, lang, department } = data;
  const A = labels.attention;
  const H = labels.commitments;
  const unitNames = new Map(department.units.map((u) => [u.code, u.name]));
  const sheet = new TableSheet(
    wb,
    name,
    [
      codeCol(A.kind, 13),
      numCol(A.days, 11),
      codeCol(H.unit, 10),
      textCol(H.unitName, 24),
      { ...textCol(H.title, 50), unique: true },
      { ...textCol(H.target, 26), unique: true },
      textCol(H.owner, 20),
      dateCol(H.deadline),
      { header: H.progress, width: 9, style: center({ numFmt: PROGRESS_FORMAT }) },
      textCol(H.status, 22),
      textCol(H.sourceFile, 24),
      textCol(H.sourceSheet, 14),
      codeCol(H.sourceRow, 8),
    ],
    lang,
    { tabColor: 'FFC00000' },
  );
  const overdue: ReportCommitment[] = [];
  const soon: ReportCommitment[] = [];
  for (const c of report.commitments) {
    if (c.status === 'overdue') overdue.push(c);
    else if (isDueSoon(c.status, c.deadline, report.asOf)) soon.push(c);
  }
  const byDeadline = (a: ReportCommitment, b: ReportCommitment) =>
    (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id);
  overdue.sort(byDeadline);
  soon.sort(byDeadline);
  const put = async (c: ReportCommitment, kind: 'overdue' | 'dueSoon') => {
    const key: StatusKey = c.status ?? 'unknown';
    const days = c.deadline
      ? kind === 'overdue'
        ? daysBetween(c.deadline, report.asOf)
        : daysBetween(report.asOf, c.deadline)
      : null;
    await sheet.add(
      [
        kind === 'overdue' ? A.overdue : A.dueSoon,
        days,
        text(c.unit),
        text(c.unit ? (unitNames.get(c.unit) ?? c.unit) : null),
        text(c.title),
        text(c.target),
        text(c.owner),
        isoDate(c.deadline),
        c.progress === null ? null : c.progress / 100,
        CATALOGUES[lang].status[key],
        text(c.source.file),
        text(c.source.sheet),
        c.source.row,
      ],
      { 0: statusFill(kind === 'overdue' ? 'overdue' : 'in_progress'), 9: statusFill(key) },
    );
  };
  for (const c of overdue) await put(c, 'overdue');
  for (const c of soon) await put(c, 'dueSoon');
  if (!overdue.length && !soon.length) await sheet.note(A.none, NOTE_STYLE);
  await sheet.finish();
}

// ---- Provincial tasks -------------------------------------------------------------------------

export async function writeProvincialSheet(
  wb: StreamWorkbook,
  name: string,
  commitmentsSheet: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { report, lang } = data;
  const P = labels.provincial;
  const D = labels.dashboard;
  const columns = [
    codeCol(P.code, 11),
    textCol(P.title, 60),
    numCol(P.commitments, 11),
    ...statusColumns(lang),
    numCol(D.dueHeader, 10),
    rateCol(D.rateHeader),
  ];
  const sheet = new TableSheet(wb, name, columns, lang, { tabColor: 'FF548235' });
  const R = (k: Parameters<typeof commitmentRange>[1]) => commitmentRange(commitmentsSheet, k);
  const first = 3 + 1; // the first status column (1-based)
  for (const t of report.provincialTasks) {
    const r = sheet.lastRow + 1;
    const crit = `${R('provincialTask')},${exactCriterion(t.code)}`;
    const due = t.byStatus.done_on_time + t.byStatus.done_late + t.byStatus.overdue;
    const sc = (k: StatusKey) => `${col(first + STATUS_KEYS.indexOf(k))}${r}`;
    const dueCell = `${col(first + STATUS_KEYS.length)}${r}`;
    await sheet.add([
      text(t.code),
      text(t.title),
      { formula: `COUNTIFS(${crit})`, result: t.commitments },
      ...STATUS_KEYS.map((k) => ({
        formula: `COUNTIFS(${crit},${R('statusCode')},${literal(k)})`,
        result: t.byStatus[k],
      })),
      { formula: `${sc('done_on_time')}+${sc('done_late')}+${sc('overdue')}`, result: due },
      {
        formula: `IF(${dueCell}=0,"",${sc('done_on_time')}/${dueCell})`,
        result: due ? t.byStatus.done_on_time / due : '',
      },
    ]);
  }
  if (!report.provincialTasks.length) await sheet.note(P.none, NOTE_STYLE);
  await sheet.finish();
}

// ---- History ----------------------------------------------------------------------------------

export async function writeHistorySheet(
  wb: StreamWorkbook,
  name: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { lang } = data;
  const H = labels.history;
  const D = labels.dashboard;
  const sheet = new TableSheet(
    wb,
    name,
    [
      codeCol(H.month, 9),
      dateCol(H.asOf),
      codeCol(H.scope, 10),
      codeCol(H.code, 10),
      textCol(H.name, 34),
      numCol(H.registered),
      numCol(H.found),
      ...statusColumns(lang),
      numCol(D.dueHeader),
      rateCol(D.rateHeader),
    ],
    lang,
    { tabColor: 'FF7030A0' },
  );
  for (const h of data.history) {
    const bold = h.scope === 'department' ? { font: { name: 'Times New Roman', size: 11, bold: true } } : {};
    await sheet.add(
      [
        `${h.month.slice(5, 7)}/${h.month.slice(0, 4)}`,
        isoDate(h.asOf),
        CATALOGUES[lang].scope[h.scope],
        text(h.code),
        text(h.name),
        h.registered,
        h.found,
        ...STATUS_KEYS.map((k) => h.byStatus[k]),
        h.due,
        h.onTimeRate,
      ],
      h.scope === 'department' ? { 4: bodyStyle(bold) } : undefined,
    );
  }
  await sheet.finish();
}

// ---- Changes since last month -----------------------------------------------------------------

function display(v: string | null, kind: string, lang: Lang): string | null {
  if (v === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
  if ((STATUS_KEYS as readonly string[]).includes(v)) return CATALOGUES[lang].status[v as StatusKey];
  if (kind === 'progress-back' && /^-?\d+(\.\d+)?$/.test(v)) return `${v}%`;
  return text(v);
}

export async function writeChangesSheet(
  wb: StreamWorkbook,
  name: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { lang, department } = data;
  const X = labels.changes;
  const unitNames = new Map(department.units.map((u) => [u.code, u.name]));
  const sheet = new TableSheet(
    wb,
    name,
    [
      codeCol(X.kind, 16),
      codeCol(X.unit, 10),
      textCol(labels.commitments.unitName, 24),
      textCol(X.title, 55),
      textCol(X.before, 20),
      textCol(X.after, 20),
      textCol(X.id, 18),
    ],
    lang,
    { tabColor: 'FFBF8F00' },
  );
  const fills: Record<string, StatusKey> = {
    new: 'in_progress',
    gone: 'cancelled',
    'deadline-moved': 'done_late',
    'target-changed': 'recurring',
    'progress-back': 'unknown',
    'newly-overdue': 'overdue',
    'newly-done': 'done_on_time',
  };
  for (const c of data.changes) {
    await sheet.add(
      [
        CATALOGUES[lang].change[c.kind],
        text(c.unit),
        text(c.unit ? (unitNames.get(c.unit) ?? c.unit) : null),
        text(c.title),
        display(c.before, c.kind, lang),
        display(c.after, c.kind, lang),
        text(c.id),
      ],
      { 0: statusFill(fills[c.kind] ?? 'unknown') },
    );
  }
  if (!data.changes.length) await sheet.note(X.none, NOTE_STYLE);
  await sheet.finish();
}

// ---- Data issues ------------------------------------------------------------------------------

const SEVERITY_FILL: Record<string, StatusKey | null> = { error: 'overdue', warning: 'unknown', info: null };

export async function writeIssuesSheet(
  wb: StreamWorkbook,
  name: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { report, lang } = data;
  const I = labels.issues;
  const sheet = new TableSheet(
    wb,
    name,
    // The rule's code (a machine word, for tracing an issue to its rule) comes last.
    [
      codeCol(I.severity, 10),
      textCol(I.ruleTitle, 26),
      textCol(I.message, 70),
      textCol(I.file, 28),
      textCol(I.sheet, 14),
      codeCol(I.cell, 7),
      codeCol(I.unit, 10),
      textCol(I.rule, 22),
    ],
    lang,
    { tabColor: 'FFFFC000' },
  );
  const put = async (
    severity: 'error' | 'warning' | 'info',
    rule: string,
    title: string,
    message: string,
    file: string,
    sheetName: string | null,
    cell: string | null,
    unit: string | null,
  ) => {
    const fill = SEVERITY_FILL[severity];
    await sheet.add(
      [CATALOGUES[lang].severity[severity], title, text(message), text(file), text(sheetName), cell, text(unit), rule],
      fill ? { 0: statusFill(fill) } : undefined,
    );
  };
  for (const i of report.issues)
    await put(i.severity, i.rule, ruleTitle(i.rule, lang), i.message, i.file, i.sheet, i.cell, i.unit);
  // A failed or skipped file the issues do not already name is listed from the files list.
  const named = new Set(report.issues.map((i) => `${i.file}\u0000${i.rule}`));
  let extra = 0;
  for (const f of report.files) {
    const file = f.path ?? f.file;
    if (f.state === 'failed') {
      const rule = f.error?.code ?? 'unreadable-file';
      if (named.has(`${f.file}\u0000${rule}`) || named.has(`${file}\u0000${rule}`)) continue;
      await put(
        'error',
        rule,
        ruleTitle(rule, lang) || I.failed,
        f.error?.message ?? I.failed,
        file,
        null,
        null,
        f.unit,
      );
      extra++;
    } else if (f.state === 'skipped') {
      await put('info', 'skipped-file', I.skipped, f.reason ?? I.skipped, file, null, null, f.unit);
      extra++;
    }
  }
  if (!report.issues.length && !extra) await sheet.note(I.none, NOTE_STYLE);
  await sheet.finish();
}

// ---- Files ------------------------------------------------------------------------------------

export async function writeFilesSheet(
  wb: StreamWorkbook,
  name: string,
  data: SummaryData,
  labels: SummaryText,
): Promise<void> {
  const { report, lang } = data;
  const F = labels.files;
  const sheet = new TableSheet(
    wb,
    name,
    [
      textCol(F.file, 40),
      codeCol(F.unit, 10),
      codeCol(F.state, 16),
      numCol(F.commitments, 11),
      textCol(F.sheets, 28),
      textCol(F.note, 60),
    ],
    lang,
    { tabColor: 'FF808080' },
  );
  const fill: Record<string, StatusKey> = { merged: 'done_on_time', skipped: 'not_started', failed: 'overdue' };
  for (const f of report.files) {
    await sheet.add(
      [
        text(f.path ?? f.file),
        text(f.unit),
        F[f.state],
        f.commitments,
        text(f.sheets?.join(', ') ?? null),
        text(f.error?.message ?? f.reason ?? null),
      ],
      { 2: statusFill(fill[f.state]) },
    );
  }
  await sheet.finish();
}
