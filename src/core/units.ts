// Which unit a workbook belongs to: by the department file's `files` patterns, else by the unit's
// name or alias appearing in the workbook's title rows.
import type { Department, DepartmentUnit } from './department';
import { foldText, foldWords, hasPhrase } from './text';

/** Compiled patterns: a merge tests every file against every unit's patterns. */
const PATTERNS = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (!re) {
    const escaped = foldText(pattern)
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${escaped}$`);
    if (PATTERNS.size > 10_000) PATTERNS.clear();
    PATTERNS.set(pattern, re);
  }
  return re;
}

/** Case-insensitive glob with `*` and `?`, on the file's name (no folders). */
export function matchesPattern(fileName: string, pattern: string): boolean {
  return compiled(pattern).test(foldText(fileName));
}

export type UnitMatch = { unit: DepartmentUnit; by: 'file' | 'title' } | null;

export function assignUnit(fileName: string, titleText: string, department: Department): UnitMatch {
  const name = foldText(fileName);
  for (const unit of department.units)
    if (unit.files?.some((p) => compiled(p).test(name))) return { unit, by: 'file' };
  const title = foldWords(titleText);
  // The longest name found wins: "Phòng Quản lý Văn hóa" over "Văn hóa".
  let best: { unit: DepartmentUnit; length: number } | null = null;
  for (const unit of department.units) {
    for (const name of [unit.name, ...(unit.aliases ?? [])]) {
      const n = foldWords(name);
      if (n && hasPhrase(title, n) && (!best || n.length > best.length)) best = { unit, length: n.length };
    }
  }
  return best ? { unit: best.unit, by: 'title' } : null;
}
