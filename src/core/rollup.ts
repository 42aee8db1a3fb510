// Roll-up: the counts leadership reads. One function for the add-in's roll-up sheet, the merge's
// dashboard and the JSON report, so the three always agree.
import { DEFAULT_EMULATION_GRADES, type Department } from './department';
import { CATALOGUES } from './catalogue';
import { type Commitment, type Issue, type Lang, STATUS_KEYS, type StatusKey, UNKNOWN_STATUS } from './model';
import { makeIssue } from './rules';
import { isDueSoon } from './status';
import { foldWords } from './text';

export type StatusCounts = Record<StatusKey, number>;

export interface GroupTotals {
  registered: number | null;
  found: number;
  byStatus: StatusCounts;
  /** done_on_time + done_late + overdue. */
  due: number;
  /** done_on_time ÷ due; null when nothing is due yet. */
  onTimeRate: number | null;
}

export interface ProvincialTaskTotals {
  code: string;
  title: string;
  commitments: number;
  byStatus: StatusCounts;
}

export interface EmulationRow {
  unit: string;
  name: string;
  block: string;
  found: number;
  due: number;
  onTime: number;
  onTimeRate: number | null;
  grade: string | null;
  rank: number;
}

export interface Totals extends GroupTotals {
  commitments: number;
  dueSoon: number;
  byBlock: Record<string, GroupTotals>;
  byUnit: Record<string, GroupTotals>;
  byOwner: Record<string, GroupTotals>;
  byField: Record<string, GroupTotals>;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as StatusCounts;
}

function statusKey(c: Commitment): StatusKey {
  return c.status ?? UNKNOWN_STATUS;
}

function group(commitments: readonly Commitment[], registered: number | null): GroupTotals {
  const byStatus = emptyCounts();
  for (const c of commitments) byStatus[statusKey(c)]++;
  const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
  return {
    registered,
    found: commitments.length,
    byStatus,
    due,
    onTimeRate: due ? byStatus.done_on_time / due : null,
  };
}

function groupBy(commitments: readonly Commitment[], key: (c: Commitment) => string | null): Map<string, Commitment[]> {
  const groups = new Map<string, Commitment[]>();
  for (const c of commitments) {
    const k = key(c);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}

/** Group by a person's or field's name, tolerant of case and diacritics; shown as first written. */
function groupByName(
  commitments: readonly Commitment[],
  name: (c: Commitment) => string | null,
  fallback: string,
): Record<string, GroupTotals> {
  const shown = new Map<string, string>();
  const groups = groupBy(commitments, (c) => {
    const n = name(c)?.trim() || fallback;
    const k = foldWords(n);
    if (!shown.has(k)) shown.set(k, n);
    return k;
  });
  const out: Record<string, GroupTotals> = {};
  for (const [k, list] of groups) out[shown.get(k)!] = group(list, null);
  return out;
}

export function rollUp(
  commitments: readonly Commitment[],
  asOf: string,
  department?: Department | null,
  lang: Lang = 'vi',
): Totals {
  const all = group(commitments, null);
  const byBlock: Record<string, GroupTotals> = {};
  const byUnit: Record<string, GroupTotals> = {};
  const blocks = groupBy(commitments, (c) => c.block);
  const units = groupBy(commitments, (c) => c.unit);
  if (department) {
    for (const b of department.blocks) byBlock[b.code] = group(blocks.get(b.code) ?? [], b.registered ?? null);
    for (const u of department.units) byUnit[u.code] = group(units.get(u.code) ?? [], u.registered ?? null);
    // No block with a registered count: nothing is registered (not 0, which the report would print).
    const registering = department.blocks.filter((b) => b.registered != null);
    all.registered = registering.length === 0 ? null : registering.reduce((s, b) => s + b.registered!, 0);
  }
  for (const [k, list] of blocks) byBlock[k] ??= group(list, null);
  for (const [k, list] of units) byUnit[k] ??= group(list, null);
  return {
    ...all,
    commitments: commitments.length,
    dueSoon: commitments.filter((c) => isDueSoon(c.status, c.deadline, asOf)).length,
    byBlock,
    byUnit,
    byOwner: groupByName(commitments, (c) => c.owner, CATALOGUES[lang].rollup.noOwner),
    byField: groupByName(commitments, (c) => c.field, CATALOGUES[lang].rollup.noField),
  };
}

export function provincialTaskTotals(
  commitments: readonly Commitment[],
  department: Department,
): ProvincialTaskTotals[] {
  const byCode = groupBy(commitments, (c) => c.provincialTask?.toUpperCase() ?? null);
  return department.provincialTasks.map((t) => {
    const list = byCode.get(t.code.toUpperCase()) ?? [];
    return { code: t.code, title: t.title, commitments: list.length, byStatus: group(list, null).byStatus };
  });
}

/** Units ranked for the emulation (thi đua): by on-time rate, then by tasks done on time. */
export function emulationRanking(totals: Totals, department: Department): EmulationRow[] {
  const grades = [...(department.emulation?.grades ?? DEFAULT_EMULATION_GRADES)].sort((a, b) => b.minRate - a.minRate);
  const rows = department.units.map((u) => {
    const t = totals.byUnit[u.code];
    const rate = t?.onTimeRate ?? null;
    return {
      unit: u.code,
      name: u.name,
      block: u.block,
      found: t?.found ?? 0,
      due: t?.due ?? 0,
      onTime: t?.byStatus.done_on_time ?? 0,
      onTimeRate: rate,
      grade: rate === null ? null : (grades.find((g) => rate >= g.minRate)?.grade ?? null),
      rank: 0,
    };
  });
  rows.sort(
    (a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || b.onTime - a.onTime || a.unit.localeCompare(b.unit),
  );
  let rank = 0;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.onTimeRate !== r.onTimeRate || prev.onTime !== r.onTime) rank = i + 1;
    r.rank = r.onTimeRate === null ? 0 : rank;
  });
  return rows;
}

/** A unit's or block's found count differs from what it registered. */
export function countIssues(
  totals: Totals,
  department: Department,
  file: (unit: string) => string,
  lang: Lang = 'vi',
): Issue[] {
  const issues: Issue[] = [];
  for (const u of department.units) {
    const t = totals.byUnit[u.code];
    if (u.registered === undefined || !t || t.found === 0 || t.found === u.registered) continue;
    issues.push(
      makeIssue(
        'count-mismatch',
        { file: file(u.code), unit: u.code },
        { name: u.name, registered: u.registered, found: t.found },
        lang,
      ),
    );
  }
  return issues;
}
