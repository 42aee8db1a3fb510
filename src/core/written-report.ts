// The month's written report (Báo cáo) to the province, as a document model: the figures come from the
// merge's report (the same roll-up the summary workbook shows), the words are the department's. Pure:
// `camket merge --docx` renders it to Word; tests read its blocks.
import type { Department } from './department';
import {
  type AdminDocument,
  type Block,
  DOTS,
  type TableRow,
  documentHeading,
  documentNumber,
  para,
  viDate,
  viInteger,
  viPercent,
  viProgress,
} from './document';
import type { Change, ChangeKind } from './history';
import type { StatusCode } from './model';
import type { Report, ReportCommitment } from './report';
import type { GroupTotals, StatusCounts } from './rollup';
import { DUE_SOON_DAYS } from './status';
import { CATALOGUES } from './catalogue';

export interface WrittenReportInput {
  report: Report;
  department: Department;
  /** What changed since the previous summary; null without --previous (no section on changes). */
  changes: Change[] | null;
  /** The previous summary's as-of date, named in the section on changes. */
  previousAsOf?: string | null;
}

/** Roman numerals of the sections, numbered as they appear. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export const REPORT_SECTIONS = {
  overall: 'KẾT QUẢ THỰC HIỆN CHUNG',
  byUnit: 'KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ',
  provincial: 'THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO',
  overdue: 'ĐẦU VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
  missing: 'ĐƠN VỊ CHƯA BÁO CÁO, TỆP KHÔNG ĐỌC ĐƯỢC',
  changes: 'NHỮNG THAY ĐỔI SO VỚI THÁNG TRƯỚC',
  proposals: 'KIẾN NGHỊ, ĐỀ XUẤT',
} as const;

const CHANGE_LABELS: Record<ChangeKind, string> = {
  new: 'Đầu việc mới',
  gone: 'Không còn trong danh mục',
  'deadline-moved': 'Đổi thời hạn',
  'target-changed': 'Đổi chỉ tiêu',
  'progress-back': 'Tiến độ giảm',
  'newly-overdue': 'Mới quá hạn',
  'newly-done': 'Mới hoàn thành',
};
const CHANGE_ORDER: ChangeKind[] = [
  'new',
  'newly-done',
  'newly-overdue',
  'deadline-moved',
  'target-changed',
  'progress-back',
  'gone',
];

const n = viInteger;

/** "tháng 6/2023" of an ISO date. */
function monthWords(iso: string): string {
  return `tháng ${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
}

function done(s: StatusCounts): number {
  return s.done_on_time + s.done_late;
}

/** A status code or a progress figure of a change, as the reader says it. */
function changeValue(kind: ChangeKind, v: string | null): string {
  if (v === null) return '';
  if (v in CATALOGUES.vi.status) return CATALOGUES.vi.status[v as StatusCode];
  if (kind === 'deadline-moved' || kind === 'new' || kind === 'gone')
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? viDate(v) : v;
  if (kind === 'progress-back' && /^-?\d+(\.\d+)?$/.test(v)) return viProgress(Number(v));
  return v;
}

function unitName(department: Department, code: string | null): string {
  if (!code) return '(chưa rõ đơn vị)';
  return department.units.find((u) => u.code === code)?.name ?? code;
}

function overall(input: WrittenReportInput): Block[] {
  const t = input.report.totals;
  const s = t.byStatus;
  const asOf = viDate(input.report.asOf);
  const notDue = [
    `đang thực hiện trong hạn ${n(s.in_progress)}`,
    `chưa thực hiện ${n(s.not_started)}`,
    `thường xuyên ${n(s.recurring)}`,
    `dừng thực hiện ${n(s.cancelled)}`,
    ...(s.unknown ? [`chưa xác định được tình trạng do thời hạn không đọc được ${n(s.unknown)}`] : []),
  ];
  return [
    para(
      t.registered === null
        ? `- Số đầu việc các đơn vị báo cáo: ${n(t.found)}.`
        : `- Số đầu việc đăng ký: ${n(t.registered)}; số đầu việc các đơn vị báo cáo: ${n(t.found)}.`,
    ),
    para(
      `- Đến hạn phải hoàn thành (đến ngày ${asOf}): ${n(t.due)} đầu việc; trong đó hoàn thành đúng hạn ${n(s.done_on_time)}, ` +
        `hoàn thành trễ hạn ${n(s.done_late)}, quá hạn chưa hoàn thành ${n(s.overdue)}.`,
    ),
    para(
      `- Tỷ lệ hoàn thành đúng hạn (số đầu việc hoàn thành đúng hạn trên số đầu việc đến hạn): ${viPercent(t.onTimeRate)}.`,
    ),
    para(`- Sắp đến hạn (trong ${DUE_SOON_DAYS} ngày tới) mà chưa hoàn thành: ${n(t.dueSoon)} đầu việc.`),
    para(`- Chưa đến hạn hoặc không có thời hạn: ${notDue.join('; ')}.`),
  ];
}

function totalsRow(
  stt: string,
  name: string,
  g: GroupTotals | undefined,
  registered: number | null,
  bold = false,
): TableRow {
  const s = g?.byStatus;
  return {
    bold,
    cells: [
      stt,
      name,
      registered === null ? '—' : n(registered),
      n(g?.found ?? 0),
      n(g?.due ?? 0),
      n(s?.done_on_time ?? 0),
      n(s?.done_late ?? 0),
      n(s?.overdue ?? 0),
      viPercent(g?.onTimeRate ?? null),
    ],
  };
}

function byUnit(input: WrittenReportInput): Block[] {
  const { department, report } = input;
  const t = report.totals;
  const rows: TableRow[] = [];
  department.blocks.forEach((b, bi) => {
    rows.push(totalsRow(String(bi + 1), b.name, t.byBlock[b.code], b.registered ?? null, true));
    department.units
      .filter((u) => u.block === b.code)
      .forEach((u, ui) => rows.push(totalsRow(`${bi + 1}.${ui + 1}`, u.name, t.byUnit[u.code], u.registered ?? null)));
  });
  // Commitments of files that belong to no unit count in the total, so they get a line of their own.
  const inUnits = Object.values(t.byUnit).reduce((sum, g) => sum + g.found, 0);
  if (t.found > inUnits) {
    const rest = report.commitments.filter((c) => !c.unit);
    const byStatus = Object.fromEntries(
      Object.keys(t.byStatus).map((k) => [k, rest.filter((c) => (c.status ?? 'unknown') === k).length]),
    ) as StatusCounts;
    const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
    rows.push(
      totalsRow(
        '',
        'Tệp chưa xác định đơn vị',
        { registered: null, found: rest.length, byStatus, due, onTimeRate: due ? byStatus.done_on_time / due : null },
        null,
      ),
    );
  }
  rows.push(totalsRow('', 'Tổng cộng', t, t.registered, true));
  return [
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Khối / Đơn vị', width: 31 },
        { header: 'Đăng ký', width: 9, align: 'center' },
        { header: 'Báo cáo', width: 9, align: 'center' },
        { header: 'Đến hạn', width: 9, align: 'center' },
        { header: 'Đúng hạn', width: 9, align: 'center' },
        { header: 'Trễ hạn', width: 8, align: 'center' },
        { header: 'Quá hạn', width: 8, align: 'center' },
        { header: 'Tỷ lệ đúng hạn', width: 10, align: 'center' },
      ],
      rows,
    },
  ];
}

/** One provincial task's state in words. */
function taskState(commitments: number, s: StatusCounts): string {
  if (!commitments) return 'Chưa có đầu việc';
  if (s.overdue) return 'Có đầu việc quá hạn';
  if (done(s) + s.cancelled === commitments && done(s)) return 'Đã hoàn thành';
  return 'Đang thực hiện';
}

function provincial(input: WrittenReportInput): Block[] {
  const tasks = input.report.provincialTasks;
  const withWork = tasks.filter((t) => t.commitments > 0).length;
  const finished = tasks.filter((t) => taskState(t.commitments, t.byStatus) === 'Đã hoàn thành').length;
  return [
    para(
      `Sở đăng ký thực hiện ${n(tasks.length)} nhiệm vụ UBND tỉnh giao; ${n(withWork)} nhiệm vụ đã có đầu việc của các đơn vị, ${n(finished)} nhiệm vụ đã hoàn thành.`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Nhiệm vụ UBND tỉnh giao', width: 43 },
        { header: 'Số đầu việc', width: 10, align: 'center' },
        { header: 'Đã hoàn thành', width: 11, align: 'center' },
        { header: 'Quá hạn', width: 9, align: 'center' },
        { header: 'Tình trạng', width: 20, align: 'center' },
      ],
      rows: tasks.map((t, i) => ({
        cells: [
          String(i + 1),
          `${t.title} (${t.code})`,
          n(t.commitments),
          n(done(t.byStatus)),
          n(t.byStatus.overdue),
          taskState(t.commitments, t.byStatus),
        ],
      })),
      empty: 'Tệp cấu hình của Sở không ghi nhiệm vụ UBND tỉnh giao nào.',
    },
  ];
}

/** Overdue commitments, the earliest deadline first. */
export function overdueCommitments(report: Report): ReportCommitment[] {
  return report.commitments
    .filter((c) => c.status === 'overdue')
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

function overdue(input: WrittenReportInput): Block[] {
  const list = overdueCommitments(input.report);
  return [
    para(
      list.length
        ? `Có ${n(list.length)} đầu việc đã quá thời hạn mà chưa hoàn thành:`
        : 'Không có đầu việc nào quá hạn chưa hoàn thành.',
    ),
    ...(list.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'STT', width: 7, align: 'center' as const },
              { header: 'Nội dung đầu việc', width: 34 },
              { header: 'Đơn vị', width: 19 },
              { header: 'Người chịu trách nhiệm', width: 16 },
              { header: 'Thời hạn', width: 14, align: 'center' as const },
              { header: 'Tiến độ', width: 10, align: 'center' as const },
            ],
            rows: list.map((c, i) => ({
              cells: [
                String(i + 1),
                c.title,
                unitName(input.department, c.unit),
                c.owner ?? DOTS,
                viDate(c.deadline),
                viProgress(c.progress),
              ],
            })),
          },
        ]
      : []),
  ];
}

function missing(input: WrittenReportInput): Block[] {
  const { report, department } = input;
  const silent = report.issues
    .filter((i) => i.rule === 'missing-unit' && i.unit)
    .map((i) => unitName(department, i.unit));
  const failed = report.files.filter((f) => f.state === 'failed');
  return [
    { kind: 'subheading', text: '1. Đơn vị chưa gửi số liệu' },
    ...(silent.length
      ? silent.map((name) => para(`- ${name};`))
      : [para(`Tất cả ${n(department.units.length)} đơn vị đã gửi số liệu.`)]),
    { kind: 'subheading', text: '2. Tệp không đọc được' },
    ...(failed.length
      ? failed.map((f) =>
          para(`- ${f.file}${f.unit ? ` (${unitName(department, f.unit)})` : ''}: ${f.error?.message ?? ''}`),
        )
      : [para('Không có tệp nào không đọc được.')]),
  ];
}

function changes(input: WrittenReportInput, list: Change[]): Block[] {
  const counts = CHANGE_ORDER.map((k) => [k, list.filter((c) => c.kind === k).length] as const).filter(
    ([, c]) => c > 0,
  );
  const since = input.previousAsOf ? ` (số liệu đến ngày ${viDate(input.previousAsOf)})` : '';
  const sorted = [...list].sort((a, b) => CHANGE_ORDER.indexOf(a.kind) - CHANGE_ORDER.indexOf(b.kind));
  return [
    para(
      counts.length
        ? `So với báo cáo tháng trước${since}: ${counts.map(([k, c]) => `${CHANGE_LABELS[k].toLowerCase()} ${n(c)}`).join('; ')}.`
        : `Không có thay đổi nào so với báo cáo tháng trước${since}.`,
    ),
    ...(sorted.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'STT', width: 7, align: 'center' as const },
              { header: 'Thay đổi', width: 14 },
              { header: 'Đơn vị', width: 17 },
              { header: 'Nội dung đầu việc', width: 32 },
              { header: 'Tháng trước', width: 15, align: 'center' as const },
              { header: 'Tháng này', width: 15, align: 'center' as const },
            ],
            rows: sorted.map((c, i) => ({
              cells: [
                String(i + 1),
                CHANGE_LABELS[c.kind],
                unitName(input.department, c.unit),
                c.title,
                changeValue(c.kind, c.before),
                changeValue(c.kind, c.after),
              ],
            })),
          },
        ]
      : []),
  ];
}

/** The headings of the report's sections, in order, with their numerals (VI only with changes). */
export function reportSectionHeadings(withChanges: boolean): string[] {
  const keys = (Object.keys(REPORT_SECTIONS) as (keyof typeof REPORT_SECTIONS)[]).filter(
    (k) => withChanges || k !== 'changes',
  );
  return keys.map((k, i) => `${ROMAN[i]}. ${REPORT_SECTIONS[k]}`);
}

export function buildWrittenReport(input: WrittenReportInput): AdminDocument {
  const { report, department } = input;
  const letterhead = department.letterhead;
  const month = monthWords(report.asOf);
  const headings = reportSectionHeadings(input.changes !== null);
  const sections: Block[][] = [
    overall(input),
    byUnit(input),
    provincial(input),
    overdue(input),
    missing(input),
    ...(input.changes !== null ? [changes(input, input.changes)] : []),
    [{ kind: 'fill', lines: 5 }],
  ];
  const body: Block[] = [
    para(
      `Thực hiện chế độ báo cáo hằng tháng về kết quả thực hiện các đầu việc trọng tâm năm ${department.year}, ` +
        `${department.name} báo cáo kết quả thực hiện đến ngày ${viDate(report.asOf)} như sau:`,
    ),
  ];
  sections.forEach((blocks, i) => body.push({ kind: 'heading', text: headings[i] }, ...blocks));
  body.push(para(`Trên đây là báo cáo kết quả thực hiện các đầu việc trọng tâm ${month} của ${department.name}./.`));
  const signer = letterhead?.signer;
  return {
    heading: documentHeading(letterhead, documentNumber('BC', letterhead), report.asOf, department.year),
    title: [
      'BÁO CÁO',
      `Kết quả thực hiện các đầu việc trọng tâm năm ${department.year}`,
      `${month[0].toUpperCase()}${month.slice(1)}`,
    ],
    body,
    recipients: [
      '- UBND tỉnh (để báo cáo);',
      '- Văn phòng UBND tỉnh;',
      '- Ban Giám đốc Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT.',
    ],
    signatures: [{ titles: signer?.title ? signer.title.split('\n') : [DOTS], name: signer?.name ?? DOTS }],
  };
}
