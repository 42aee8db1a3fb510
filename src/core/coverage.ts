// Whole-department checks of a merge: who sent nothing, who sent several files, and blocks whose
// found count differs from what they registered (units are checked by countIssues in rollup.ts).
import type { Department } from './department';
import type { Issue, Lang } from './model';
import type { Totals } from './rollup';
import { makeIssue } from './rules';

/** A block's found count differs from its registered count. A block where nothing was found is
 *  left to the missing-unit issues of its units, as countIssues does for a unit. */
export function blockCountIssues(totals: Totals, department: Department, lang: Lang = 'vi'): Issue[] {
  const issues: Issue[] = [];
  for (const b of department.blocks) {
    const t = totals.byBlock[b.code];
    if (b.registered === undefined || !t || t.found === 0 || t.found === b.registered) continue;
    issues.push(makeIssue('count-mismatch', { file: '', unit: null }, { name: b.name, registered: b.registered, found: t.found }, lang));
  }
  return issues;
}

/** Every unit of the department file without a merged workbook. `failedFiles` names, per unit, the
 *  files of it that could not be read, so the issue points at them. */
export function missingUnitIssues(
  department: Department,
  mergedUnits: ReadonlySet<string>,
  failedFiles: ReadonlyMap<string, string[]>,
  lang: Lang = 'vi',
): Issue[] {
  return department.units
    .filter((u) => !mergedUnits.has(u.code))
    .map((u) => {
      const failed = failedFiles.get(u.code) ?? [];
      const params: Record<string, string> = failed.length ? { name: u.name, failedFiles: failed.join(', ') } : { name: u.name };
      return makeIssue('missing-unit', { file: failed[0] ?? '', unit: u.code }, params, lang);
    });
}

/** A unit with more than one merged file: all are merged, and the clerk is told in case one is an old copy. */
export function severalFilesIssues(department: Department, filesByUnit: ReadonlyMap<string, string[]>, lang: Lang = 'vi'): Issue[] {
  const issues: Issue[] = [];
  for (const u of department.units) {
    const files = filesByUnit.get(u.code) ?? [];
    if (files.length < 2) continue;
    issues.push(makeIssue('unit-several-files', { file: files[0], unit: u.code }, { name: u.name, count: files.length, files: files.join(', ') }, lang));
  }
  return issues;
}
