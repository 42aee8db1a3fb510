// Month after month: this month's history rows, the per-commitment state a summary carries forward,
// and what changed since the previous summary. Pure: the merge feeds it, the summary writer stores it.
import type { Department } from './department';
import type { Change, ChangeKind, CommitmentState, HistoryRow, SummaryState } from './history';
import type { Commitment, Issue, StatusCode } from './model';
import { doneByInSummary, onTimeByEarlierSummary } from './status';
import type { GroupTotals, Totals } from './rollup';
import { foldWords } from './text';

/** 'YYYY-MM' of an ISO date. */
export function monthOf(asOf: string): string {
  return asOf.slice(0, 7);
}

function historyRow(
  month: string,
  asOf: string,
  scope: HistoryRow['scope'],
  code: string,
  name: string,
  t: GroupTotals,
): HistoryRow {
  return {
    month,
    asOf,
    scope,
    code,
    name,
    registered: t.registered,
    found: t.found,
    byStatus: { ...t.byStatus },
    due: t.due,
    onTimeRate: t.onTimeRate,
  };
}

/** This month's history: one row for the department (code ''), one per block, one per unit, in
 *  the department file's order. Units or blocks found only in the data (none when every file has
 *  a unit) follow, by code. */
export function historyRows(totals: Totals, department: Department, asOf: string): HistoryRow[] {
  const month = monthOf(asOf);
  const rows: HistoryRow[] = [historyRow(month, asOf, 'department', '', department.name, totals)];
  const blockNames = new Map(department.blocks.map((b) => [b.code, b.name]));
  const unitNames = new Map(department.units.map((u) => [u.code, u.name]));
  const ordered = (known: Map<string, string>, found: Record<string, GroupTotals>) => [
    ...[...known.keys()].filter((k) => found[k]),
    ...Object.keys(found)
      .filter((k) => !known.has(k))
      .sort(),
  ];
  for (const code of ordered(blockNames, totals.byBlock))
    rows.push(historyRow(month, asOf, 'block', code, blockNames.get(code) ?? code, totals.byBlock[code]));
  for (const code of ordered(unitNames, totals.byUnit))
    rows.push(historyRow(month, asOf, 'unit', code, unitNames.get(code) ?? code, totals.byUnit[code]));
  return rows;
}

const SCOPE_ORDER: Record<HistoryRow['scope'], number> = { department: 0, block: 1, unit: 2 };

/** The previous history without the month this run replaces, then this month's rows; by month. */
export function mergeHistory(previous: HistoryRow[], current: HistoryRow[]): HistoryRow[] {
  const months = new Set(current.map((r) => r.month));
  const kept = previous.filter((r) => !months.has(r.month));
  // Stable sort: within a month and scope the rows keep the order they were written in.
  return [...kept, ...current]
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (a.r.month < b.r.month ? -1 : a.r.month > b.r.month ? 1 : 0) ||
        SCOPE_ORDER[a.r.scope] - SCOPE_ORDER[b.r.scope] ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

// ---- Matching a commitment across months ---------------------------------------------------------

/** The title as a matching key: no case, no diacritics, no spaces or punctuation. */
export function titleKey(title: string): string {
  return foldWords(title).replace(/ /g, '');
}

function codeKey(code: string | null): string | null {
  const k = code ? foldWords(code).replace(/ /g, '') : '';
  return k || null;
}

/**
 * The largest edit distance at which two title keys still name the same commitment (a typo fixed,
 * a word's diacritic corrected, "lần thứ VI" retyped): one edit per 20 characters of the longer
 * key, at least 1 and at most 4. Short titles thus tolerate one typo, long ones a few.
 */
export function titleTolerance(a: string, b: string): number {
  return Math.min(4, Math.max(1, Math.floor(Math.max(a.length, b.length) / 20)));
}

/** Levenshtein distance, or limit + 1 once it must exceed limit: only a band of width 2·limit + 1
 *  around the diagonal is computed, so comparing two long titles stays cheap. */
export function boundedDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  const m = b.length;
  let prev = new Array<number>(m + 2).fill(over);
  let cur = new Array<number>(m + 2).fill(over);
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    cur[lo - 1] = lo === 1 && i <= limit ? i : over;
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin >= over) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], over);
}

type Matchable = Pick<CommitmentState, 'id' | 'unit' | 'code' | 'title'>;

/**
 * Pairs each current commitment with last month's, in four passes, each only among the still
 * unpaired and within one unit:
 *  1. the same code (the unit's own code column), when both have one;
 *  2. the same id (same folded title, same place among repeats);
 *  3. the same title key (case, diacritics, spaces and punctuation ignored), in order;
 *  4. title keys within titleTolerance edits, closest pairs first (ties: earlier rows first).
 * Two commitments that both have a code but different codes are never paired by title.
 * Returns current index → previous index. Deterministic for a given order of both lists.
 */
export function matchCommitments(previous: readonly Matchable[], current: readonly Matchable[]): Map<number, number> {
  const matched = new Map<number, number>();
  if (!previous.length || !current.length) return matched;
  const taken = new Set<number>();
  const pair = (ci: number, pi: number) => {
    matched.set(ci, pi);
    taken.add(pi);
  };
  const unitOf = (c: Matchable) => c.unit ?? '';

  // 1. code
  const byCode = new Map<string, number[]>();
  previous.forEach((p, i) => {
    const k = codeKey(p.code);
    if (k) push(byCode, `${unitOf(p)}\u0000${k}`, i);
  });
  current.forEach((c, ci) => {
    const k = codeKey(c.code);
    if (!k) return;
    const pi = shiftFree(byCode.get(`${unitOf(c)}\u0000${k}`), taken);
    if (pi !== undefined) pair(ci, pi);
  });

  // Title passes never pair two different codes.
  const compatible = (c: Matchable, p: Matchable) => {
    const a = codeKey(c.code);
    const b = codeKey(p.code);
    return !a || !b || a === b;
  };

  // 2. id
  const byId = new Map<string, number>();
  previous.forEach((p, i) => byId.set(p.id, i));
  current.forEach((c, ci) => {
    if (matched.has(ci)) return;
    const pi = byId.get(c.id);
    if (pi !== undefined && !taken.has(pi) && unitOf(previous[pi]) === unitOf(c) && compatible(c, previous[pi]))
      pair(ci, pi);
  });

  // 3. title key (computed only in units where something is left to pair)
  const byTitle = new Map<string, number[]>();
  const unitsLeft = new Set<string>();
  previous.forEach((p, i) => {
    if (taken.has(i)) return;
    push(byTitle, `${unitOf(p)}\u0000${titleKey(p.title)}`, i);
    unitsLeft.add(unitOf(p));
  });
  current.forEach((c, ci) => {
    if (matched.has(ci) || !unitsLeft.has(unitOf(c))) return;
    const list = byTitle.get(`${unitOf(c)}\u0000${titleKey(c.title)}`);
    const pi = list?.find((i) => !taken.has(i) && compatible(c, previous[i]));
    if (pi !== undefined) pair(ci, pi);
  });

  // 4. near titles, per unit
  const restPrev = new Map<string, number[]>();
  previous.forEach((p, i) => {
    if (!taken.has(i)) push(restPrev, unitOf(p), i);
  });
  const restCur = new Map<string, number[]>();
  current.forEach((c, ci) => {
    if (!matched.has(ci) && restPrev.has(unitOf(c))) push(restCur, unitOf(c), ci);
  });
  for (const [unit, curs] of restCur) {
    const prevs = restPrev.get(unit);
    if (!prevs) continue;
    const candidates: { d: number; ci: number; pi: number }[] = [];
    const prevKeys = prevs.map((pi) => titleKey(previous[pi].title));
    for (const ci of curs) {
      const ck = titleKey(current[ci].title);
      if (!ck) continue;
      prevs.forEach((pi, k) => {
        const pk = prevKeys[k];
        if (!pk || !compatible(current[ci], previous[pi])) return;
        const limit = titleTolerance(ck, pk);
        const d = boundedDistance(ck, pk, limit);
        if (d <= limit) candidates.push({ d, ci, pi });
      });
    }
    candidates.sort((a, b) => a.d - b.d || a.pi - b.pi || a.ci - b.ci);
    for (const { ci, pi } of candidates) if (!matched.has(ci) && !taken.has(pi)) pair(ci, pi);
  }
  return matched;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shiftFree(list: number[] | undefined, taken: Set<number>): number | undefined {
  return list?.find((i) => !taken.has(i));
}

// ---- The state carried to next month -------------------------------------------------------------

/**
 * The state this month's summary carries: each commitment with its original deadline, which is the
 * first deadline ever seen for it (carried from last month when it was known then, never replaced);
 * for a commitment seen for the first time it is the deadline before any extension written beside it.
 */
export function carryState(input: {
  previous: SummaryState | null;
  commitments: readonly CommitmentState[];
  asOf: string;
  department: string;
  history: HistoryRow[];
}): SummaryState {
  const prev = input.previous?.commitments ?? [];
  const matches = matchCommitments(prev, input.commitments);
  const commitments: CommitmentState[] = input.commitments.map((c, ci) => {
    const pi = matches.get(ci);
    const carried = pi === undefined ? null : (prev[pi].originalDeadline ?? null);
    return {
      id: c.id,
      unit: c.unit,
      code: c.code,
      title: c.title,
      target: c.target,
      deadline: c.deadline,
      originalDeadline: carried ?? c.originalDeadline ?? c.deadline,
      progress: c.progress,
      status: c.status,
    };
  });
  return { version: 1, asOf: input.asOf, department: input.department, history: input.history, commitments };
}

/** The commitments with the carried originalDeadline where the deadline has moved since (a new record
 *  for each one that changes), so the report and the summary show the first deadline next to the current one. */
export function withOriginalDeadlines<T extends CommitmentState>(commitments: readonly T[], state: SummaryState): T[] {
  return commitments.map((c, i) => {
    const s = state.commitments[i];
    return s && s.originalDeadline && s.originalDeadline !== c.deadline && s.originalDeadline !== c.originalDeadline
      ? { ...c, originalDeadline: s.originalDeadline }
      : c;
  });
}

const DONE: ReadonlySet<StatusCode | null> = new Set<StatusCode | null>(['done_on_time', 'done_late']);

/**
 * Done with no completion date and the deadline past counts late — unless an earlier month's summary,
 * made by the deadline, already showed it done: then it was done on time, and nothing is asked. The
 * indexes of those commitments, in order.
 */
export function creditedByEarlierSummary(commitments: readonly Commitment[], previous: SummaryState): number[] {
  const late = commitments.some((c) => c.status === 'done_late' && !c.completedOn);
  if (!late) return [];
  const matches = matchCommitments(previous.commitments, commitments);
  const credited: number[] = [];
  commitments.forEach((c, ci) => {
    const pi = matches.get(ci);
    if (pi === undefined) return;
    // Last month's summary may itself have been made after the deadline, and have credited it then.
    const p = previous.commitments[pi];
    if (onTimeByEarlierSummary(c, doneByInSummary(p.status, p.deadline, previous.asOf))) credited.push(ci);
  });
  return credited;
}

/** The issues without the `missing-completion-date` asked of these commitments (credited on time). */
export function withoutCompletionAsks(
  issues: readonly Issue[],
  credited: readonly Pick<Commitment, 'source'>[],
): Issue[] {
  const rows = new Set(credited.map((c) => `${c.source.file}|${c.source.sheet}|${c.source.row}`));
  const rowOf = (cell: string | null) => (cell ? Number(/\d+$/.exec(cell)?.[0]) : NaN);
  return issues.filter(
    (i) => i.rule !== 'missing-completion-date' || !rows.has(`${i.file}|${i.sheet}|${rowOf(i.cell)}`),
  );
}

/** creditedByEarlierSummary in place: sets those commitments' status and returns the issues without
 *  their `missing-completion-date` (the same array when nothing is credited). checkDepartment does
 *  the same without changing a record. */
export function creditEarlierCompletion(
  commitments: readonly Commitment[],
  previous: SummaryState,
  issues: Issue[],
): Issue[] {
  const credited = creditedByEarlierSummary(commitments, previous);
  if (!credited.length) return issues;
  for (const ci of credited) commitments[ci].status = 'done_on_time';
  return withoutCompletionAsks(
    issues,
    credited.map((ci) => commitments[ci]),
  );
}

const KIND_ORDER: Record<ChangeKind, number> = {
  new: 0,
  'newly-done': 1,
  'newly-overdue': 2,
  'deadline-moved': 3,
  'target-changed': 4,
  'progress-back': 5,
  gone: 6,
};

function sameText(a: string | null, b: string | null): boolean {
  return foldWords(a ?? '') === foldWords(b ?? '');
}

/**
 * What changed per commitment since last month: new, gone, deadline moved, target changed, progress
 * gone backwards (a lower percentage, or done last month and not done now), newly overdue, newly done.
 * In this month's order (gone ones last, in last month's order); per commitment in KIND_ORDER.
 */
export function compareMonths(previous: SummaryState, current: readonly CommitmentState[]): Change[] {
  const prev = previous.commitments;
  const matches = matchCommitments(prev, current);
  const changes: Change[] = [];
  const change = (
    kind: ChangeKind,
    c: { id: string; unit: string | null; title: string },
    before: string | null,
    after: string | null,
  ) => changes.push({ kind, id: c.id, unit: c.unit, title: c.title, before, after });
  current.forEach((c, ci) => {
    const pi = matches.get(ci);
    if (pi === undefined) {
      change('new', c, null, c.deadline);
      return;
    }
    const p = prev[pi];
    const found: Change[] = [];
    const at = (kind: ChangeKind, before: string | null, after: string | null) =>
      found.push({ kind, id: c.id, unit: c.unit, title: c.title, before, after });
    if (DONE.has(c.status) && !DONE.has(p.status)) at('newly-done', p.status, c.status);
    if (c.status === 'overdue' && p.status !== 'overdue') at('newly-overdue', p.status, c.status);
    if ((p.deadline ?? null) !== (c.deadline ?? null)) at('deadline-moved', p.deadline, c.deadline);
    if (!sameText(p.target, c.target)) at('target-changed', p.target, c.target);
    if (p.progress !== null && c.progress !== null && c.progress < p.progress)
      at('progress-back', String(p.progress), String(c.progress));
    else if (DONE.has(p.status) && !DONE.has(c.status) && c.status !== 'cancelled')
      at('progress-back', p.status, c.status);
    found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    changes.push(...found);
  });
  const used = new Set(matches.values());
  prev.forEach((p, pi) => {
    if (!used.has(pi)) change('gone', p, p.deadline, null);
  });
  return changes;
}
