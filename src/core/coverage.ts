// Whole-department checks of a merge: who sent nothing, who sent several files, and blocks whose
// found count differs from what they registered (units are checked by countIssues in rollup.ts).
import type { Department } from './department';
import { fileNameParts } from './file-names';
import type { Lang } from './model';
import type { Totals } from './rollup';
import { type IssueOf, type RuleParams, makeIssue } from './rules';

/** A block's found count differs from its registered count. A block where nothing was found is
 *  left to the missing-unit issues of its units, as countIssues does for a unit. */
export function blockCountIssues(
  totals: Totals,
  department: Department,
  lang: Lang = 'vi',
): IssueOf<'count-mismatch'>[] {
  const issues: IssueOf<'count-mismatch'>[] = [];
  for (const b of department.blocks) {
    const t = totals.byBlock[b.code];
    if (b.registered === undefined || !t || t.found === 0 || t.found === b.registered) continue;
    issues.push(
      makeIssue(
        'count-mismatch',
        { file: '', unit: null },
        { name: b.name, registered: b.registered, found: t.found },
        lang,
      ),
    );
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
): IssueOf<'missing-unit'>[] {
  return department.units
    .filter((u) => !mergedUnits.has(u.code))
    .map((u) => {
      const failed = failedFiles.get(u.code) ?? [];
      const params: RuleParams<'missing-unit'> = failed.length
        ? { name: u.name, failedFiles: failed.join(', ') }
        : { name: u.name };
      return makeIssue('missing-unit', { file: failed[0] ?? '', unit: u.code }, params, lang);
    });
}

/** A Windows computer's name as OneDrive appends it: NetBIOS style, at most 15 capitals, digits and
 *  hyphens, not digits only (so `-2023` is a year, and `-ban-sua` words, not a computer). */
const COMPUTER_NAME = /^(?=[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

/** OneDrive's conflict copies among one unit's files: `so-gd-DESKTOP-AB12CD.xlsx` beside `so-gd.xlsx`
 *  (the name, `-`, the computer's name), made when one file is edited on two machines. */
export function conflictCopies(files: readonly string[]): { copy: string; original: string }[] {
  const parts = files.map((f) => ({ file: f, ...fileNameParts(f.normalize('NFC')) }));
  const found: { copy: string; original: string }[] = [];
  for (const c of parts) {
    const original = parts.find(
      (o) =>
        o !== c &&
        o.dir === c.dir &&
        o.ext === c.ext &&
        c.stem.startsWith(`${o.stem}-`) &&
        c.stem.length - o.stem.length <= 16 &&
        COMPUTER_NAME.test(c.stem.slice(o.stem.length + 1)),
    );
    if (original) found.push({ copy: c.file, original: original.file });
  }
  return found;
}

/** A unit with more than one merged file: all are merged, and the clerk is told in case one is an old
 *  copy, or a OneDrive conflict copy (its rows then counted twice). */
export function severalFilesIssues(
  department: Department,
  filesByUnit: ReadonlyMap<string, string[]>,
  lang: Lang = 'vi',
): IssueOf<'unit-several-files'>[] {
  const issues: IssueOf<'unit-several-files'>[] = [];
  for (const u of department.units) {
    const files = filesByUnit.get(u.code) ?? [];
    if (files.length < 2) continue;
    const params: RuleParams<'unit-several-files'> = { name: u.name, count: files.length, files: files.join(', ') };
    const copies = conflictCopies(files);
    if (copies.length) {
      params.copies = copies.map((c) => c.copy).join(', ');
      params.originals = [...new Set(copies.map((c) => c.original))].join(', ');
    }
    issues.push(makeIssue('unit-several-files', { file: files[0], unit: u.code }, params, lang));
  }
  return issues;
}
