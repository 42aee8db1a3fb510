// Generates the bundled example department (examples/): the department file, the June 2023
// workbooks of its 13 units in their own layouts (examples/units), the May 2023 workbooks
// (examples/previous-month), and the truth the generator knows about them (expected.json,
// expected-previous.json) for golden tests. Deterministic: no randomness, fixed dates, fixed zip
// time stamps — re-running gives the same bytes.
//
//   npx tsx scripts/make-examples.ts               (writes examples/)
//   npx tsx scripts/make-examples.ts --out DIR     (writes the same files under DIR instead)
//
// The data is in scripts/examples/commitments.ts (a table per unit) and department.ts; each
// layout has its renderer in scripts/examples/layouts.ts.
process.env.TZ = 'UTC'; // zip entries carry DOS (local) times: pin them

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BLOCKS, DEPARTMENT_NAME, PROVINCIAL_TASKS, UNITS, departmentJson, unitByCode } from './examples/department';
import { RENDERERS } from './examples/layouts';
import { AS_OF, type Month, PLAN_YEAR, type StatusCode, contradicts, expectedStatus } from './examples/model';
import { writeReadme } from './examples/readme';
import type { RenderedWorkbook, Written } from './examples/written';

const ROOT = resolve(__dirname, '..');

/** The folder written: examples/, or the one given with `--out DIR` (the drift test regenerates into a temporary one). */
function outputDir(argv: string[]): string {
  const i = argv.indexOf('--out');
  if (i === -1) return join(ROOT, 'examples');
  const dir = argv[i + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--out needs a folder');
  return resolve(dir);
}

const EXAMPLES = outputDir(process.argv.slice(2));
const DIRS: Record<Month, string> = { jun: join(EXAMPLES, 'units'), may: join(EXAMPLES, 'previous-month') };

export type Rule =
  | 'bad-deadline'
  | 'bad-date'
  | 'missing-deadline'
  | 'bad-progress'
  | 'missing-title'
  | 'status-progress-mismatch'
  | 'unknown-status'
  | 'unknown-provincial-task'
  | 'duplicate-commitment'
  | 'legacy-encoding'
  | 'missing-completion-date'
  | 'count-mismatch';

export interface Mistake {
  file: string;
  sheet: string | null;
  cell: string | null;
  rule: Rule;
  needsDepartment: boolean;
  unit: string;
  /** The offending text as written (or the counts), for the README. */
  value?: string;
}

export interface ExpectedCommitment {
  file: string;
  sheet: string;
  row: number;
  unit: string;
  block: string;
  field: string | null;
  title: string;
  target: string | null;
  owner: string | null;
  /** The deadline as written in the deadline column (ISO); null when recurring, empty or unreadable. */
  deadline: string | null;
  /** The deadline cell as it shows: the text written, or a date cell's day as dd/mm/yyyy; null when empty. */
  deadlineText: string | null;
  recurring: boolean;
  extendedDeadline: string | null;
  /** extendedDeadline ?? deadline: the day the status is judged against. */
  effectiveDeadline: string | null;
  completedOn: string | null;
  progress: number | null;
  /** The progress was read from month columns (Tháng 1 … Tháng 12), the latest filled up to the as-of date. */
  progressFromMonths: boolean;
  statusText: string | null;
  expectedStatus: StatusCode | null;
  provincialTask: string | null;
  coordinating: string | null;
  notes: string | null;
}

interface MonthResult {
  month: Month;
  rendered: { unit: string; wb: RenderedWorkbook; unitBy: 'files' | 'title' }[];
  commitments: ExpectedCommitment[];
  mistakes: Mistake[];
  mergeIssues: MergeIssue[];
}

/** Issues only the merge can see (it reads every unit's workbook): a block's count against its registered count. */
export interface MergeIssue {
  rule: 'count-mismatch';
  block: string;
  registered: number;
  found: number;
}

// ---- expected records -------------------------------------------------------------------------

function toExpected(w: Written, file: string, unit: string, month: Month): ExpectedCommitment {
  const d = w.deadline;
  const deadline = d.kind === 'date' ? d.iso : d.kind === 'text' ? d.iso : null;
  const recurring = d.kind === 'text' && d.recurring;
  const status = expectedStatus({
    asOf: AS_OF[month],
    deadline: d,
    extended: w.extendedDeadline ?? undefined,
    word: w.word,
    progress: w.progress,
    completedOn: w.completedOn ?? undefined,
  });
  return {
    file,
    sheet: w.sheet,
    row: w.row,
    unit,
    block: unitByCode(unit).block,
    field: w.field ? w.field.normalize('NFC') : null,
    title: w.title.normalize('NFC'),
    target: w.target ? w.target.normalize('NFC') : null,
    owner: w.owner ? w.owner.normalize('NFC') : null,
    deadline,
    deadlineText: w.deadlineText ? w.deadlineText.normalize('NFC') : null,
    recurring,
    extendedDeadline: w.extendedDeadline,
    effectiveDeadline: w.extendedDeadline ?? deadline,
    completedOn: w.completedOn,
    progress: w.progress,
    progressFromMonths: w.progressFromMonths,
    statusText: w.statusText ? w.statusText.normalize('NFC') : null,
    expectedStatus: status,
    provincialTask: w.provincialTask,
    coordinating: w.coordinating ? w.coordinating.normalize('NFC') : null,
    notes: w.notes ? w.notes.normalize('NFC') : null,
  };
}

// ---- the generator's own checks: where the planted mistakes are --------------------------------

const TASK_CODES = new Set(PROVINCIAL_TASKS.map((t) => t.code));

function strictKey(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A much looser key: if two different titles collide here, a tolerant reader might call them duplicates. */
function looseKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function rowMistakes(wb: RenderedWorkbook, unit: string, month: Month): Mistake[] {
  const out: Mistake[] = [];
  const seen = new Map<string, Written>();
  const loose = new Map<string, Written>();
  const at = (w: Written, cell: string | undefined, rule: Rule, value?: string, needsDepartment = false) => {
    if (!cell) throw new Error(`${wb.file} row ${w.row}: no cell for ${rule}`);
    out.push({ file: wb.file, sheet: w.sheet, cell, rule, needsDepartment, unit, value });
  };
  for (const sheet of wb.sheets) {
    if (sheet.legacyCell) out.push({ file: wb.file, sheet: sheet.name, cell: sheet.legacyCell, rule: 'legacy-encoding', needsDepartment: false, unit, value: 'TCVN3' });
  }
  for (const w of wb.rows) {
    const d = w.deadline;
    if (d.kind === 'missing') at(w, w.cells.deadline, 'missing-deadline', '');
    if (d.kind === 'text' && d.unreadable) at(w, w.cells.deadline, 'bad-deadline', d.text);
    if (w.rawProgress !== null) at(w, w.cells.progress, 'bad-progress', String(w.rawProgress));
    if (w.rawCompletedOn !== null) at(w, w.cells.completedOn, 'bad-date', w.rawCompletedOn);
    if (w.title === '') at(w, w.cells.title, 'missing-title', '');
    if (w.word === 'other') at(w, w.cells.status, 'unknown-status', w.statusText ?? '');
    if (contradicts(w.word, w.progress)) at(w, w.cells.status, 'status-progress-mismatch', `${w.statusText} / ${w.progress}%`);
    // Done with no completion date after the deadline: counted late, and the date asked for.
    if (!w.completedOn && toExpected(w, wb.file, unit, month).expectedStatus === 'done_late')
      at(w, w.cells.status ?? w.cells.progress, 'missing-completion-date', w.statusText ?? String(w.progress));
    if (w.provincialTask && !TASK_CODES.has(w.provincialTask)) at(w, w.cells.provincialTask, 'unknown-provincial-task', w.provincialTask, true);
    if (w.title !== '') {
      const key = strictKey(w.title);
      if (seen.has(key)) at(w, w.cells.title, 'duplicate-commitment', w.title);
      else {
        const lk = looseKey(w.title);
        if (loose.has(lk)) throw new Error(`${wb.file}: "${w.title}" nearly repeats "${loose.get(lk)!.title}" — make it clearly different`);
        seen.set(key, w);
        loose.set(lk, w);
      }
    }
  }
  return out;
}

/** Rows whose status depends on reading PRODUCT.md's "done, no completion date, deadline passed" case. */
function doneLateWithoutDate(c: ExpectedCommitment): boolean {
  return c.expectedStatus === 'done_late' && c.completedOn === null;
}

async function renderMonth(month: Month): Promise<MonthResult> {
  const dir = DIRS[month];
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.xlsx')) rmSync(join(dir, f));

  const rendered: MonthResult['rendered'] = [];
  const commitments: ExpectedCommitment[] = [];
  const mistakes: Mistake[] = [];
  for (const unit of UNITS) {
    const wb = await RENDERERS[unit.code](month);
    writeFileSync(join(dir, wb.file), wb.buffer);
    rendered.push({ unit: unit.code, wb, unitBy: unit.files ? 'files' : 'title' });
    for (const w of wb.rows) commitments.push(toExpected(w, wb.file, unit.code, month));
    mistakes.push(...rowMistakes(wb, unit.code, month));
  }
  // Counts against the department file: per unit, then per block.
  for (const unit of UNITS) {
    const found = commitments.filter((c) => c.unit === unit.code).length;
    if (found !== unit.registered) {
      const file = rendered.find((r) => r.unit === unit.code)!.wb.file;
      mistakes.push({ file, sheet: null, cell: null, rule: 'count-mismatch', needsDepartment: true, unit: unit.code, value: `${unit.registered} → ${found}` });
    }
  }
  // A block's count is the merge's business (validating a few files says nothing about a block).
  const mergeIssues: MergeIssue[] = [];
  for (const block of BLOCKS) {
    const found = commitments.filter((c) => c.block === block.code).length;
    if (found !== block.registered) mergeIssues.push({ rule: 'count-mismatch', block: block.code, registered: block.registered, found });
  }

  const late = commitments.filter(doneLateWithoutDate);
  if (late.length !== 1 || late[0].unit !== 'TTVHDA')
    throw new Error(`${month}: unexpected "done, no completion date, past deadline" rows: ${late.map((c) => c.title).join('; ')}`);
  return { month, rendered, commitments, mistakes, mergeIssues };
}

// ---- totals -----------------------------------------------------------------------------------

type StatusKey = StatusCode | 'unknown';
const STATUS_KEYS: StatusKey[] = ['done_on_time', 'done_late', 'overdue', 'in_progress', 'not_started', 'recurring', 'cancelled', 'unknown'];

function countByStatus(list: ExpectedCommitment[]): Record<StatusKey, number> {
  const out = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
  for (const c of list) out[c.expectedStatus ?? 'unknown']++;
  return out;
}

function summary(list: ExpectedCommitment[], registered?: number) {
  const byStatus = countByStatus(list);
  const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
  return {
    ...(registered !== undefined ? { registered } : {}),
    found: list.length,
    byStatus,
    due,
    onTimeRate: due ? Math.round((byStatus.done_on_time / due) * 10000) / 10000 : null,
  };
}

function totals(commitments: ExpectedCommitment[]) {
  return {
    commitments: commitments.length,
    ...summary(commitments, BLOCKS.reduce((s, b) => s + b.registered, 0)),
    byBlock: Object.fromEntries(BLOCKS.map((b) => [b.code, summary(commitments.filter((c) => c.block === b.code), b.registered)])),
    byUnit: Object.fromEntries(UNITS.map((u) => [u.code, summary(commitments.filter((c) => c.unit === u.code), u.registered)])),
    provincialTasks: PROVINCIAL_TASKS.map((t) => {
      const list = commitments.filter((c) => c.provincialTask === t.code);
      return { code: t.code, commitments: list.length, byStatus: countByStatus(list) };
    }),
  };
}

// ---- month-to-month changes -------------------------------------------------------------------

function identity(c: ExpectedCommitment): string {
  return `${c.unit}|${strictKey(c.title)}`;
}

const DONE: (StatusCode | null)[] = ['done_on_time', 'done_late'];

function changes(may: ExpectedCommitment[], jun: ExpectedCommitment[]) {
  const keyed = (list: ExpectedCommitment[]) => {
    const m = new Map<string, ExpectedCommitment>();
    for (const c of list) if (c.title !== '' && !m.has(identity(c))) m.set(identity(c), c);
    return m;
  };
  const before = keyed(may);
  const after = keyed(jun);
  const ref = (c: ExpectedCommitment) => ({ unit: c.unit, title: c.title, file: c.file, sheet: c.sheet, row: c.row });
  const out = {
    new: [] as object[],
    gone: [] as object[],
    deadlineMoved: [] as object[],
    targetChanged: [] as object[],
    progressBackwards: [] as object[],
    newlyOverdue: [] as object[],
    newlyDone: [] as object[],
  };
  for (const [k, c] of after) if (!before.has(k)) out.new.push(ref(c));
  for (const [k, c] of before) if (!after.has(k)) out.gone.push(ref(c));
  for (const [k, j] of after) {
    const m = before.get(k);
    if (!m) continue;
    if (m.effectiveDeadline !== j.effectiveDeadline)
      out.deadlineMoved.push({ ...ref(j), deadline: j.deadline, from: m.effectiveDeadline, to: j.effectiveDeadline });
    if (m.target !== j.target) out.targetChanged.push({ ...ref(j), from: m.target, to: j.target });
    if (m.progress !== null && j.progress !== null && j.progress < m.progress)
      out.progressBackwards.push({ ...ref(j), from: m.progress, to: j.progress });
    if (j.expectedStatus === 'overdue' && m.expectedStatus !== 'overdue') out.newlyOverdue.push({ ...ref(j), from: m.expectedStatus });
    if (DONE.includes(j.expectedStatus) && !DONE.includes(m.expectedStatus)) out.newlyDone.push({ ...ref(j), from: m.expectedStatus, to: j.expectedStatus });
  }
  return out;
}

// ---- output -----------------------------------------------------------------------------------

function expectedJson(r: MonthResult, extra: object = {}) {
  return {
    description:
      r.month === 'jun'
        ? 'Generated by scripts/make-examples.ts: what a correct reader finds in examples/units (June 2023).'
        : 'Generated by scripts/make-examples.ts: what a correct reader finds in examples/previous-month (May 2023).',
    department: DEPARTMENT_NAME,
    asOf: AS_OF[r.month],
    planYear: PLAN_YEAR,
    files: r.rendered.map(({ unit, wb, unitBy }) => ({
      file: wb.file,
      unit,
      unitBy,
      layout: wb.layout,
      commitments: wb.rows.length,
      sheets: wb.sheets,
    })),
    commitments: r.commitments,
    mistakes: r.mistakes,
    mergeIssues: r.mergeIssues,
    totals: totals(r.commitments),
    ...extra,
  };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

async function main(): Promise<void> {
  const jun = await renderMonth('jun');
  const may = await renderMonth('may');
  const monthChanges = changes(may.commitments, jun.commitments);

  writeFileSync(join(EXAMPLES, 'department.json'), json(departmentJson()));
  writeFileSync(join(EXAMPLES, 'expected.json'), json(expectedJson(jun, { changesSincePrevious: monthChanges })));
  writeFileSync(join(EXAMPLES, 'expected-previous.json'), json(expectedJson(may)));
  writeFileSync(join(EXAMPLES, 'README.md'), writeReadme({ jun, may, changes: monthChanges }));

  const line = (r: MonthResult) =>
    `${r.month}: ${r.rendered.length} workbooks, ${r.commitments.length} commitments, ${r.mistakes.length} planted issues (${r.mistakes.filter((m) => !m.needsDepartment).length} without the department file)`;
  console.log(line(jun));
  console.log(line(may));
  for (const [k, v] of Object.entries(monthChanges)) console.log(`  ${k}: ${v.length}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
