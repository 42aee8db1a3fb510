// A small department with hand-made commitments of every status, an unclaimed file, a unit that
// sent nothing, hostile titles, and two months of history: the summary writer's input, built with
// the core (buildReport, emulationRanking) the way the merge builds it.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Department } from '../../../src/core/department';
import { carryState, historyRows } from '../../../src/core/changes';
import type { Change, HistoryRow, SummaryState } from '../../../src/core/history';
import type { Commitment, Issue, Lang, StatusCode } from '../../../src/core/model';
import { type FileEntry, type Report, buildReport } from '../../../src/core/report';
import { emulationRanking } from '../../../src/core/rollup';
import { makeIssue } from '../../../src/core/rules';
import type { SummaryData } from '../../../src/node/summary';

export const AS_OF = '2023-06-30';

export const DEPARTMENT: Department = {
  name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
  year: 2023,
  blocks: [
    { code: 'BGD', name: 'Ban Giám đốc Sở', registered: 6 },
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 14 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 12 },
  ],
  units: [
    { code: 'BGD-SO', name: 'Ban Giám đốc Sở', block: 'BGD', registered: 6 },
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 8 },
    { code: 'QLDL', name: 'Phòng Quản lý Du lịch', block: 'QLNN', registered: 6 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 7 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 5 },
  ],
  provincialTasks: [
    { code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa lần thứ VI năm 2023' },
    { code: 'UBT-002', title: 'Tu bổ, tôn tạo các di tích lịch sử - văn hóa' },
    { code: 'UBT-003', title: 'Chuyển đổi số trong lĩnh vực văn hóa, thể thao và du lịch' },
  ],
  emulation: {
    grades: [
      { grade: 'Hoàn thành xuất sắc nhiệm vụ', minRate: 0.95 },
      { grade: 'Hoàn thành tốt nhiệm vụ', minRate: 0.8 },
      { grade: 'Hoàn thành nhiệm vụ', minRate: 0.6 },
      { grade: 'Không hoàn thành nhiệm vụ', minRate: 0 },
    ],
  },
};

const BLOCK_OF: Record<string, string> = Object.fromEntries(DEPARTMENT.units.map((u) => [u.code, u.block]));

interface Spec {
  unit: string | null;
  title: string;
  status: StatusCode | null;
  deadline?: string | null;
  progress?: number | null;
  completedOn?: string | null;
  task?: string | null;
  owner?: string | null;
  code?: string | null;
}

let seq = 0;
export function commitment(s: Spec): Commitment {
  seq++;
  const file = s.unit ? `${s.unit.toLowerCase()}-2023.xlsx` : 'khong-ro-don-vi.xlsx';
  const recurring = s.status === 'recurring';
  const deadline = s.deadline === undefined ? (recurring ? null : '2023-09-30') : s.deadline;
  return {
    id: `${s.unit ?? file}:t${seq}`,
    unit: s.unit,
    block: s.unit ? BLOCK_OF[s.unit] : null,
    field: 'Lĩnh vực văn hóa',
    code: s.code ?? null,
    title: s.title,
    target: 'Đạt 100% kế hoạch',
    owner: s.owner ?? 'Nguyễn Văn A',
    start: '2023-01-01',
    deadline,
    deadlineText: recurring
      ? 'Thường xuyên'
      : deadline
        ? `${deadline.slice(8)}/${deadline.slice(5, 7)}/${deadline.slice(0, 4)}`
        : 'Khi nào xong',
    originalDeadline: null,
    extendedDeadline: null,
    recurring,
    completedOn: s.completedOn ?? null,
    progress: s.progress === undefined ? null : s.progress,
    statusText: null,
    status: s.status,
    provincialTask: s.task ?? null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file, sheet: 'Sheet1', row: 5 + seq, titleColumn: 'B' },
  };
}

/** Commitments of every status, spread over the units so that rates and ranks differ. */
export function sampleCommitments(): Commitment[] {
  seq = 0;
  const list: Spec[] = [
    // BGD-SO: 5 of 6 registered; 3 due, all on time → 100 %.
    {
      unit: 'BGD-SO',
      title: 'Chỉ đạo tổ chức Lễ hội Dừa lần thứ VI',
      status: 'done_on_time',
      deadline: '2023-04-30',
      completedOn: '2023-04-20',
      progress: 100,
      task: 'UBT-001',
    },
    {
      unit: 'BGD-SO',
      title: 'Chỉ đạo xây dựng Đề án phát triển du lịch',
      status: 'done_on_time',
      deadline: '2023-06-30',
      progress: 100,
    },
    {
      unit: 'BGD-SO',
      title: 'Chỉ đạo tu bổ di tích',
      status: 'done_on_time',
      deadline: '2023-03-31',
      completedOn: '2023-03-31',
      progress: 100,
      task: 'ubt-002',
    },
    { unit: 'BGD-SO', title: 'Theo dõi công tác thi đua', status: 'recurring' },
    {
      unit: 'BGD-SO',
      title: 'Chỉ đạo chuyển đổi số',
      status: 'in_progress',
      deadline: '2023-07-05',
      progress: 40,
      task: 'UBT-003',
    },
    // VP: 8 of 8; 4 due: 2 on time, 1 late, 1 overdue → 50 %.
    {
      unit: 'VP',
      title: '=HYPERLINK("http://example.com","bấm vào đây")',
      status: 'done_on_time',
      deadline: '2023-02-28',
      completedOn: '2023-02-20',
      progress: 100,
    },
    {
      unit: 'VP',
      title: '+84 hồ sơ thủ tục hành chính giải quyết đúng hạn',
      status: 'done_on_time',
      deadline: '2023-05-31',
      progress: 100,
    },
    {
      unit: 'VP',
      title: '-Tham mưu báo cáo sơ kết 6 tháng',
      status: 'done_late',
      deadline: '2023-06-15',
      completedOn: '2023-06-25',
      progress: 100,
    },
    { unit: 'VP', title: '@Cập nhật cổng thông tin điện tử', status: 'overdue', deadline: '2023-05-15', progress: 60 },
    { unit: 'VP', title: 'Rà soát quy chế làm việc', status: 'in_progress', deadline: '2023-07-03', progress: 30 },
    { unit: 'VP', title: 'Tổ chức hội nghị cán bộ công chức', status: 'not_started', deadline: '2023-07-07' },
    {
      unit: 'VP',
      title: 'Xây dựng kế hoạch cải cách hành chính "năm 2024"',
      status: 'not_started',
      deadline: '2023-10-31',
    },
    { unit: 'VP', title: 'Lưu trữ hồ sơ <điện tử> & số hoá', status: null, deadline: null },
    // QLDL: 7 of 6; 3 due: 2 on time, 1 overdue → 66.7 %.
    {
      unit: 'QLDL',
      title: 'Xúc tiến, quảng bá du lịch năm 2023',
      status: 'done_on_time',
      deadline: '2023-06-30',
      progress: 100,
      task: 'UBT-001',
    },
    {
      unit: 'QLDL',
      title: 'Khảo sát điểm du lịch cộng đồng',
      status: 'done_on_time',
      deadline: '2023-04-15',
      completedOn: '2023-04-10',
      progress: 100,
    },
    {
      unit: 'QLDL',
      title: 'Điều chỉnh quy hoạch quảng cáo ngoài trời',
      status: 'overdue',
      deadline: '2023-06-01',
      progress: 20,
    },
    { unit: 'QLDL', title: 'Tập huấn nghiệp vụ du lịch', status: 'cancelled', deadline: '2023-08-31' },
    { unit: 'QLDL', title: 'Thống kê lượt khách', status: 'recurring' },
    {
      unit: 'QLDL',
      title: 'Xây dựng sản phẩm du lịch đêm',
      status: 'in_progress',
      deadline: '2023-12-31',
      progress: 10,
    },
    { unit: 'QLDL', title: 'Hỗ trợ doanh nghiệp lữ hành', status: 'not_started', deadline: '2023-06-30' },
    // BT: 6 of 7; 5 due: 4 on time, 1 late → 80 %.
    {
      unit: 'BT',
      title: 'Trưng bày chuyên đề Đồng khởi',
      status: 'done_on_time',
      deadline: '2023-01-17',
      progress: 100,
      task: 'UBT-002',
    },
    { unit: 'BT', title: 'Sưu tầm hiện vật', status: 'done_on_time', deadline: '2023-05-31', progress: 100 },
    {
      unit: 'BT',
      title: 'Số hóa tư liệu hiện vật',
      status: 'done_on_time',
      deadline: '2023-06-30',
      progress: 100,
      task: 'UBT-003',
    },
    { unit: 'BT', title: 'Kiểm kê kho hiện vật', status: 'done_on_time', deadline: '2023-03-31', progress: 100 },
    {
      unit: 'BT',
      title: 'Lập hồ sơ xếp hạng di tích',
      status: 'done_late',
      deadline: '2023-04-30',
      completedOn: '2023-05-10',
      progress: 100,
      task: 'UBT-002',
    },
    { unit: 'BT', title: 'Giáo dục truyền thống cho học sinh', status: 'recurring' },
    // TV sent nothing (missing-unit). An unclaimed file: 2 commitments without a unit.
    {
      unit: null,
      title: 'Đầu việc trong tệp không rõ đơn vị',
      status: 'overdue',
      deadline: '2023-05-31',
      progress: 50,
    },
    {
      unit: null,
      title: 'Một đầu việc khác không rõ đơn vị',
      status: 'done_on_time',
      deadline: '2023-06-10',
      progress: 100,
    },
  ];
  return list.map(commitment);
}

export function sampleFiles(): FileEntry[] {
  return [
    {
      file: 'bgd-so-2023.xlsx',
      path: 'bgd-so-2023.xlsx',
      unit: 'BGD-SO',
      state: 'merged',
      commitments: 5,
      sheets: ['Sheet1'],
    },
    { file: 'vp-2023.xlsx', path: 'vp-2023.xlsx', unit: 'VP', state: 'merged', commitments: 8, sheets: ['Sheet1'] },
    {
      file: 'qldl-2023.xlsx',
      path: 'Phòng du lịch/qldl-2023.xlsx',
      unit: 'QLDL',
      state: 'merged',
      commitments: 7,
      sheets: ['Sheet1'],
    },
    { file: 'bt-2023.xlsx', path: 'bt-2023.xlsx', unit: 'BT', state: 'merged', commitments: 6, sheets: ['Sheet1'] },
    {
      file: 'khong-ro-don-vi.xlsx',
      path: 'khong-ro-don-vi.xlsx',
      unit: null,
      state: 'merged',
      commitments: 2,
      sheets: ['Sheet1'],
    },
    {
      file: 'thu-vien-2022.xls',
      path: 'thu-vien-2022.xls',
      unit: null,
      state: 'failed',
      commitments: 0,
      error: {
        code: 'unsupported-format',
        message:
          'Tệp dạng .xls (Excel 97-2003) không đọc được. Hãy mở tệp bằng Excel và chọn Lưu thành › Sổ làm việc Excel (.xlsx), rồi chạy lại.',
      },
    },
    {
      file: '~$vp-2023.xlsx',
      path: '~$vp-2023.xlsx',
      unit: null,
      state: 'skipped',
      commitments: 0,
      reason: 'Tệp khóa tạm của Excel',
    },
  ];
}

export function sampleIssues(): Issue[] {
  return [
    makeIssue('missing-unit', { file: '', unit: 'TV' }, { name: 'Thư viện tỉnh' }),
    makeIssue('unknown-unit', { file: 'khong-ro-don-vi.xlsx' }),
    makeIssue(
      'bad-deadline',
      { file: 'vp-2023.xlsx', sheet: 'Sheet1', cell: 'E18', unit: 'VP' },
      { value: 'Khi nào xong' },
    ),
    makeIssue(
      'count-mismatch',
      { file: 'qldl-2023.xlsx', unit: 'QLDL' },
      { name: 'Phòng Quản lý Du lịch', registered: 6, found: 7 },
    ),
  ];
}

/** This month's history rows (department, blocks, units), as the merge makes them. */
export function historyOf(report: Report, department: Department): HistoryRow[] {
  return historyRows(report.totals, department, report.asOf);
}

/** The state the merge would keep for next month, with no previous summary. */
export function stateOf(report: Report, history: HistoryRow[]): SummaryState {
  return carryState({
    previous: null,
    commitments: report.commitments,
    asOf: report.asOf,
    department: report.department ?? '',
    history,
  });
}

export function buildData(
  options: { commitments?: Commitment[]; lang?: Lang; previousMonth?: boolean; changes?: Change[] } = {},
): SummaryData {
  const commitments = options.commitments ?? sampleCommitments();
  const report = buildReport({
    asOf: AS_OF,
    department: DEPARTMENT,
    files: sampleFiles(),
    commitments,
    issues: sampleIssues(),
  });
  const current = historyOf(report, DEPARTMENT);
  // Last month: the same rows shifted a month back, with fewer done (a plausible trend).
  const previous =
    options.previousMonth === false
      ? []
      : current.map((h) => {
          const byStatus = { ...h.byStatus, done_on_time: Math.max(0, h.byStatus.done_on_time - 1) };
          const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
          return {
            ...h,
            month: '2023-05',
            asOf: '2023-05-31',
            byStatus,
            due,
            onTimeRate: due ? byStatus.done_on_time / due : null,
          };
        });
  const history = [...previous, ...current];
  const changes: Change[] = options.changes ?? [
    {
      kind: 'new',
      id: report.commitments[4].id,
      unit: 'BGD-SO',
      title: report.commitments[4].title,
      before: null,
      after: null,
    },
    {
      kind: 'deadline-moved',
      id: report.commitments[9].id,
      unit: 'VP',
      title: report.commitments[9].title,
      before: '2023-06-30',
      after: '2023-07-03',
    },
    {
      kind: 'progress-back',
      id: report.commitments[8].id,
      unit: 'VP',
      title: report.commitments[8].title,
      before: '80',
      after: '60',
    },
    {
      kind: 'newly-overdue',
      id: report.commitments[15].id,
      unit: 'QLDL',
      title: report.commitments[15].title,
      before: 'in_progress',
      after: 'overdue',
    },
    { kind: 'gone', id: 'VP:t999', unit: 'VP', title: 'Đầu việc đã bị xóa khỏi danh mục', before: null, after: null },
  ];
  return {
    report,
    department: DEPARTMENT,
    emulation: emulationRanking(report.totals, DEPARTMENT),
    history,
    changes,
    state: stateOf(report, history),
    lang: options.lang ?? 'vi',
  };
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `camket-${prefix}-`));
}
