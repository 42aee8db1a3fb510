// Golden tests: the example department read through the real file adapter must give exactly what
// its generator planted — every commitment with its fields, every mistake at its cell, nothing else.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { departmentSchema } from '../../src/core/department';
import type { Commitment } from '../../src/core/model';
import { runValidate } from '../../src/node/validate';
import { readWorkbookFile } from '../../src/node/read-workbook';

const root = path.resolve(__dirname, '../../examples');

interface ExpectedCommitment {
  file: string;
  sheet: string;
  row: number;
  unit: string;
  field: string | null;
  title: string;
  target: string | null;
  owner: string | null;
  deadline: string | null;
  recurring: boolean;
  extendedDeadline: string | null;
  completedOn: string | null;
  progress: number | null;
  statusText: string | null;
  expectedStatus: string | null;
  provincialTask: string | null;
}
interface Expected {
  asOf: string;
  planYear: number;
  files: { file: string; unit: string }[];
  commitments: ExpectedCommitment[];
  mistakes: { file: string; sheet: string | null; cell: string | null; rule: string; needsDepartment: boolean }[];
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

  test.each(expected.files.map((f) => [f.file, f.unit]))('%s: every commitment found with its fields', async (file) => {
    const grid = await readWorkbookFile(path.join(root, folder, file));
    const result = checkWorkbook(grid, { asOf: expected.asOf, department });
    const want = expected.commitments.filter((c) => c.file === file);
    const pick = (c: Commitment) => ({
      sheet: c.source.sheet,
      row: c.source.row,
      field: c.field,
      title: c.title,
      target: c.target,
      owner: c.owner,
      deadline: c.extendedDeadline ? c.originalDeadline : c.deadline,
      recurring: c.recurring,
      extendedDeadline: c.extendedDeadline,
      completedOn: c.completedOn,
      progress: c.progress,
      statusText: c.statusText,
      status: c.status,
      provincialTask: c.provincialTask,
    });
    const wantShape = want.map((w) => ({
      sheet: w.sheet,
      row: w.row,
      field: w.field,
      title: w.title,
      target: w.target,
      owner: w.owner,
      deadline: w.deadline,
      recurring: w.recurring,
      extendedDeadline: w.extendedDeadline,
      completedOn: w.completedOn,
      progress: w.progress,
      statusText: w.statusText,
      status: w.expectedStatus,
      provincialTask: w.provincialTask,
    }));
    expect(result.commitments.map(pick)).toEqual(wantShape);
  });

  test('camket validate reports exactly the planted mistakes, with and without the department file', async () => {
    const key = (m: { file: string; sheet: string | null; cell: string | null; rule: string }) => `${m.file}|${m.sheet}|${m.cell}|${m.rule}`;
    const quiet = () => undefined;
    const withDept = await runValidate(files, { asOf: expected.asOf, department, lang: 'vi' }, quiet);
    expect(withDept.report.issues.map(key).sort()).toEqual(expected.mistakes.map(key).sort());
    const without = await runValidate(files, { asOf: expected.asOf, department: null, lang: 'vi' }, quiet);
    expect(without.report.issues.map(key).sort()).toEqual(expected.mistakes.filter((m) => !m.needsDepartment).map(key).sort());
  });
});
