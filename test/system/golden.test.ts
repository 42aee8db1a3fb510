// Golden tests: the example department read through the real file adapter must give exactly what
// its generator planted — every commitment with its fields, every mistake at its cell, nothing else.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { departmentSchema } from '../../src/core/department';
import type { Commitment } from '../../src/core/model';
import { checkWorkbook } from '../../src/core/check';
import { findWorkbookUnit } from '../../src/core/workbook-unit';
import { runValidate } from '../../src/node/validate';
import { readWorkbookFile } from '../../src/node/read-workbook';
import type { ExpectedCommitment, Mistake } from '../fixtures/examples/generate';

const root = path.resolve(__dirname, '../../examples');

// Every field of the generator's truth (test/fixtures/examples/generate.ts, whose record types these are) is compared below.
interface Expected {
  asOf: string;
  planYear: number;
  files: {
    file: string;
    unit: string;
    unitBy: 'files' | 'title';
    commitments: number;
    sheets: { name: string; commitments: number; legacyCell?: string }[];
  }[];
  commitments: ExpectedCommitment[];
  mistakes: Mistake[];
}

/** A date as the messages write it: 2023-01-31 → 31/01/2023. */
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

/**
 * What the message of a planted mistake must quote, from the generator's own record of it: the
 * offending value as written (or, where the message names the commitment instead, its title or
 * deadline). Every rule the generator plants is listed: a new one must say what its message shows.
 */
function quoted(m: Mistake, at: ExpectedCommitment | undefined): string[] {
  const value = m.value ?? '';
  switch (m.rule) {
    case 'bad-deadline':
    case 'bad-date':
    case 'bad-progress':
    case 'unknown-status':
    case 'unknown-provincial-task':
    case 'duplicate-commitment':
      return [`"${value}"`];
    case 'legacy-encoding':
      return [value];
    case 'status-progress-mismatch': {
      const [status, progress] = value.split(' / ');
      return [`"${status}"`, `${progress}`];
    }
    case 'count-mismatch': {
      const [registered, found] = value.split(' → ');
      return [`đăng ký ${registered} đầu việc nhưng tìm thấy ${found}`];
    }
    case 'missing-deadline':
      return [`"${at!.title || '—'}"`];
    case 'missing-completion-date':
      return [`thời hạn ${dayFirst(at!.effectiveDeadline!)} đã qua`];
    case 'missing-title':
      return ['không có nội dung đầu việc'];
    default:
      throw new Error(`no message check for planted rule ${m.rule}`);
  }
}

const months = [
  { folder: 'units', expected: 'expected.json' },
  { folder: 'previous-month', expected: 'expected-previous.json' },
];
const department = departmentSchema.parse(JSON.parse(readFileSync(path.join(root, 'department.json'), 'utf8')));

describe.each(months)('examples/$folder', ({ folder, expected: expectedFile }) => {
  const expected: Expected = JSON.parse(readFileSync(path.join(root, expectedFile), 'utf8'));
  const files = expected.files.map((f) => path.join(root, folder, f.file));

  test('the generator described every file', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(expected.files.map((f) => [f.file, f.unit]))(
    '%s: its unit, its sheets and every commitment with its fields',
    async (file) => {
      const grid = await readWorkbookFile(path.join(root, folder, file));
      const result = checkWorkbook(grid, { asOf: expected.asOf, department });
      const { unit, issues } = result;
      const wantFile = expected.files.find((f) => f.file === file)!;
      // The unit, and how it was found: by the department file's `files` patterns or by its name in the title rows.
      const by = { files: 'file', title: 'title' }[wantFile.unitBy];
      expect([unit?.code, findWorkbookUnit(file, result, department)?.by]).toEqual([wantFile.unit, by]);
      expect(result.planYear).toBe(expected.planYear);
      // Every sheet in order, with its count; a legacy sheet's warning at the generator's first legacy cell.
      const legacyCell = (sheet: string) => issues.find((i) => i.rule === 'legacy-encoding' && i.sheet === sheet)?.cell;
      expect(
        result.sheets.map((s) => ({
          name: s.sheet,
          commitments: s.commitments,
          ...(legacyCell(s.sheet) ? { legacyCell: legacyCell(s.sheet) } : {}),
        })),
      ).toEqual(wantFile.sheets);
      expect(result.commitments).toHaveLength(wantFile.commitments);

      const want = expected.commitments.filter((c) => c.file === file);
      // Progress read from month columns: the sheet's table has no progress column, only Tháng 1 … Tháng 12.
      const fromMonths = (sheet: string) => {
        const table = result.sheets.find((s) => s.sheet === sheet)!.table!;
        return table.fields.progress === undefined && table.months.length > 0;
      };
      const pick = (c: Commitment) => ({
        sheet: c.source.sheet,
        row: c.source.row,
        unit: c.unit,
        block: c.block,
        field: c.field,
        title: c.title,
        target: c.target,
        owner: c.owner,
        deadline: c.extendedDeadline ? c.originalDeadline : c.deadline,
        deadlineText: c.deadlineText,
        recurring: c.recurring,
        extendedDeadline: c.extendedDeadline,
        effectiveDeadline: c.deadline,
        completedOn: c.completedOn,
        progress: c.progress,
        progressFromMonths: fromMonths(c.source.sheet),
        statusText: c.statusText,
        status: c.status,
        provincialTask: c.provincialTask,
        coordinating: c.coordinating,
        notes: c.notes,
      });
      const wantShape = want.map((w) => ({
        sheet: w.sheet,
        row: w.row,
        unit: w.unit,
        block: w.block,
        field: w.field,
        title: w.title,
        target: w.target,
        owner: w.owner,
        deadline: w.deadline,
        deadlineText: w.deadlineText,
        recurring: w.recurring,
        extendedDeadline: w.extendedDeadline,
        effectiveDeadline: w.effectiveDeadline,
        completedOn: w.completedOn,
        progress: w.progress,
        progressFromMonths: w.progressFromMonths,
        statusText: w.statusText,
        status: w.expectedStatus,
        provincialTask: w.provincialTask,
        coordinating: w.coordinating,
        notes: w.notes,
      }));
      expect(result.commitments.map(pick)).toEqual(wantShape);
    },
  );

  test('camket validate reports exactly the planted mistakes, with and without the department file', async () => {
    const key = (m: { file: string; sheet: string | null; cell: string | null; rule: string }) =>
      `${m.file}|${m.sheet}|${m.cell}|${m.rule}`;
    const quiet = () => undefined;
    const withDept = await runValidate(files, { asOf: expected.asOf, department, lang: 'vi' }, quiet);
    expect(withDept.report.issues.map(key).sort()).toEqual(expected.mistakes.map(key).sort());
    // Each under its unit, its message quoting what the generator planted.
    const rowOf = (cell: string | null) => Number(/\d+$/.exec(cell ?? '')?.[0]);
    for (const m of expected.mistakes) {
      const issue = withDept.report.issues.find((i) => key(i) === key(m))!;
      const at = expected.commitments.find((c) => c.file === m.file && c.sheet === m.sheet && c.row === rowOf(m.cell));
      expect({
        mistake: key(m),
        unit: issue.unit,
        quotes: quoted(m, at).filter((q) => !issue.message.includes(q)),
      }).toEqual({ mistake: key(m), unit: m.unit, quotes: [] });
    }
    const without = await runValidate(files, { asOf: expected.asOf, department: null, lang: 'vi' }, quiet);
    expect(without.report.issues.map(key).sort()).toEqual(
      expected.mistakes
        .filter((m) => !m.needsDepartment)
        .map(key)
        .sort(),
    );
  });
});
