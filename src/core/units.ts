// Which unit a workbook belongs to: by the department file's `files` patterns, else by the unit's
// name or alias appearing in the workbook's title rows.
import type { Department, DepartmentUnit } from './department';
import { boundedMemo } from './memo';
import { foldText, foldWords, hasPhrase } from './text';

/** A `files` pattern as a regular expression, compiled once: a merge tests every file against every pattern. */
const compiled = boundedMemo(
  (pattern: string): RegExp => {
    const escaped = foldText(pattern)
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`^${escaped}$`);
  },
  { limit: 10_000, key: (pattern) => pattern },
);

/** Case-insensitive glob with `*` and `?`, on the file's name (no folders). */
export function matchesPattern(fileName: string, pattern: string): boolean {
  return compiled(pattern).test(foldText(fileName));
}

export type UnitMatch = { unit: DepartmentUnit; by: 'file' | 'title' } | null;

export function assignUnit(fileName: string, titleText: string, department: Department): UnitMatch {
  for (const unit of department.units)
    if (unit.files?.some((pattern) => matchesPattern(fileName, pattern))) return { unit, by: 'file' };
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
