import { departmentSchema } from '../../src/core/department';
import type { Change, HistoryRow } from '../../src/core/history';
import type { Issue } from '../../src/core/model';
import {
  type FileEntry,
  REPORT_SCHEMA_VERSION,
  buildReport,
  reportCommitment,
  reportIssue,
} from '../../src/core/report';
import { commitment } from '../helpers/records';

const department = departmentSchema.parse({
  name: 'Sở thử',
  year: 2023,
  blocks: [{ code: 'QLNN', name: 'Khối quản lý nhà nước' }],
  units: [{ code: 'VP', name: 'Văn phòng Sở', block: 'QLNN' }],
  provincialTasks: [{ code: 'NV1', title: 'Chuyển đổi số' }],
});
const files: FileEntry[] = [
  { file: 'van-phong.xlsx', unit: 'VP', state: 'merged', commitments: 2, sheets: ['Năm 2023'] },
];
const issue = (cell: string | null, severity: Issue['severity'] = 'warning'): Issue => ({
  rule: 'bad-deadline',
  severity,
  message: `ở ${cell}`,
  file: 'van-phong.xlsx',
  sheet: 'Năm 2023',
  cell,
  unit: 'VP',
  params: { value: `Quý ${cell}` },
});

describe('a commitment and an issue as the report shows them', () => {
  test('a commitment without its extra columns, its extended deadline or its title cell', () => {
    const c = commitment({
      status: 'in_progress',
      extra: { 'Ghi chú riêng': 'x' },
      extendedDeadline: '2024-01-31',
      provincialTask: 'NV1',
    });
    const shown = reportCommitment(c);
    const { extra, extendedDeadline, source, ...kept } = c;
    expect([extra, extendedDeadline, source.titleColumn]).toEqual([{ 'Ghi chú riêng': 'x' }, '2024-01-31', 'B']);
    expect(shown).toEqual({ ...kept, source: { file: source.file, sheet: source.sheet, row: source.row } });
  });

  test('an issue without its message parameters', () => {
    const i = issue('D6');
    const { params, ...kept } = i;
    expect(params).toEqual({ value: 'Quý D6' });
    expect(reportIssue(i)).toEqual(kept);
  });
});

describe('buildReport', () => {
  const asOf = '2023-06-30';
  const commitments = [
    commitment({ status: 'done_on_time', provincialTask: 'NV1', extra: { a: '1' } }),
    commitment({ status: 'overdue', deadline: '2023-03-31' }),
  ];

  test('the shape version, the date, the department, the files, the totals and the provincial tasks', () => {
    const report = buildReport({ asOf, department, files, commitments, issues: [] });
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.asOf).toBe(asOf);
    expect(report.department).toBe('Sở thử');
    expect(report.files).toEqual(files);
    expect(report.files).not.toBe(files);
    expect(report.totals.found).toBe(2);
    expect(report.totals.byStatus.done_on_time).toBe(1);
    expect(report.provincialTasks.map((t) => [t.code, t.commitments])).toEqual([['NV1', 1]]);
    expect(report.commitments).toEqual(commitments.map(reportCommitment));
  });

  test('without a department file: no name and no provincial tasks', () => {
    const report = buildReport({ asOf, department: null, files, commitments, issues: [] });
    expect([report.department, report.provincialTasks]).toEqual([null, []]);
  });

  test('issues in reading order, each as the report shows it', () => {
    const issues = [issue('D12'), issue('C6'), issue(null), issue('D6', 'error'), issue('D6', 'info')];
    expect(
      buildReport({ asOf, department, files, commitments, issues }).issues.map((i) => [i.cell, i.severity]),
    ).toEqual([
      [null, 'warning'],
      ['C6', 'warning'],
      ['D6', 'error'],
      ['D6', 'info'],
      ['D12', 'warning'],
    ]);
  });

  test("handed over, the commitments are the caller's own records", () => {
    const report = buildReport({ asOf, department, files, commitments, issues: [], handOver: true });
    expect(report.commitments[0]).toBe(commitments[0]);
  });

  test('totals the caller has already are used as they are', () => {
    const totals = buildReport({ asOf, department, files, commitments: commitments.slice(0, 1), issues: [] }).totals;
    expect(buildReport({ asOf, department, files, commitments, issues: [], totals }).totals).toBe(totals);
  });

  test('history and changes only when the merge has them', () => {
    const history: HistoryRow[] = [];
    const changes: Change[] = [{ kind: 'new', id: 'VP-1', unit: 'VP', title: 'Đầu việc', before: null, after: null }];
    const bare = buildReport({ asOf, department, files, commitments, issues: [] });
    expect(['history' in bare, 'changes' in bare]).toEqual([false, false]);
    const full = buildReport({ asOf, department, files, commitments, issues: [], history, changes });
    expect([full.history, full.changes]).toEqual([history, changes]);
  });
});
