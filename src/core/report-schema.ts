// The JSON report's shape as a zod schema: the source of schema/report.schema.json (npm run schema),
// tied to the report's TypeScript types below, so the published schema cannot drift from what the
// merge writes without the type check failing. Descriptions Vietnamese first: other systems' people
// read them too.
import { z } from 'zod';
import type { Change, HistoryRow } from './history';
import type { FileEntry, Report, ReportCommitment, ReportIssue } from './report';
import { REPORT_SCHEMA_VERSION } from './report';
import { STATUS_CODES } from './model';
import type { GroupTotals, ProvincialTaskTotals, StatusCounts, Totals } from './rollup';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.int().min(0);
const text = z.string();
const nullable = <T extends z.ZodType>(t: T) => t.nullable();

const statusCode = z.enum(STATUS_CODES);

const statusCounts = z
  .strictObject({
    done_on_time: count,
    done_late: count,
    overdue: count,
    in_progress: count,
    not_started: count,
    recurring: count,
    cancelled: count,
    unknown: count.describe(
      'Không xác định được tình trạng (thời hạn không đọc được). (Status unknown: deadline unreadable.)',
    ),
  })
  .meta({ id: 'StatusCounts', description: 'Số đầu việc theo tình trạng. (Commitments by status code.)' });

const rate = z.number().min(0).max(1);

const groupShape = z.strictObject({
  registered: nullable(count).describe('Số đăng ký trong tệp cấu hình; null nếu không ghi. (Registered count.)'),
  found: count.describe('Số đầu việc tìm thấy. (Commitments found.)'),
  byStatus: statusCounts,
  due: count.describe('Đã đến hạn = done_on_time + done_late + overdue. (Due.)'),
  onTimeRate: nullable(rate).describe('done_on_time ÷ due; null khi chưa có việc đến hạn. (On-time rate.)'),
});
const groupTotals = groupShape.meta({
  id: 'GroupTotals',
  description: 'Số liệu của Sở, một khối, đơn vị, người hoặc lĩnh vực. (Totals of a group.)',
});

const fileEntry = z
  .strictObject({
    file: text.describe('Tệp, đường dẫn tương đối trong thư mục đọc, dấu /. (File, relative to the folder read.)'),
    path: text.optional(),
    unit: nullable(text).describe('Mã đơn vị; null nếu không rõ. (Unit code.)'),
    state: z.enum(['merged', 'skipped', 'failed']),
    commitments: count,
    sheets: z.array(text).optional(),
    error: z.strictObject({ code: text, message: text }).optional().describe('Vì sao không đọc được. (Why it failed.)'),
    reason: text.optional().describe('Vì sao bỏ qua. (Why it was skipped.)'),
  })
  .meta({ id: 'FileEntry' });

const commitment = z
  .strictObject({
    id: text.describe('Mã nhận diện đầu việc, giữ nguyên qua các tháng. (Stable commitment id.)'),
    unit: nullable(text),
    block: nullable(text),
    field: nullable(text).describe('Lĩnh vực. (Field, from the section row.)'),
    code: nullable(text).describe("Mã đầu việc ở cột mã của đơn vị. (The unit's own code.)"),
    title: text,
    target: nullable(text),
    owner: nullable(text),
    start: nullable(isoDate),
    deadline: nullable(isoDate).describe(
      'Thời hạn đang có hiệu lực; null nếu thường xuyên hoặc không đọc được. (Deadline in force.)',
    ),
    deadlineText: nullable(text).describe('Thời hạn như đơn vị ghi. (As written.)'),
    originalDeadline: nullable(isoDate).describe(
      'Thời hạn đăng ký ban đầu, khi đã gia hạn. (First deadline, when extended.)',
    ),
    recurring: z.boolean(),
    completedOn: nullable(isoDate),
    progress: nullable(z.number().min(0).max(100)),
    statusText: nullable(text),
    status: nullable(statusCode).describe('Tình trạng tính đến asOf; null nếu không xác định. (Derived status.)'),
    provincialTask: nullable(text),
    coordinating: nullable(text),
    notes: nullable(text),
    source: z
      .strictObject({ file: text, sheet: text, row: z.int().min(1) })
      .describe('Ô nguồn: tệp, sheet, dòng Excel. (Where it was read.)'),
  })
  .meta({ id: 'Commitment' });

const totals = groupShape
  .extend({
    commitments: count,
    dueSoon: count.describe('Chưa xong, đến hạn trong 7 ngày. (Due within 7 days.)'),
    byBlock: z.record(text, groupTotals),
    byUnit: z.record(text, groupTotals),
    byOwner: z.record(text, groupTotals),
    byField: z.record(text, groupTotals),
  })
  .strict()
  .meta({ id: 'Totals' });

const provincialTask = z
  .strictObject({ code: text, title: text, commitments: count, byStatus: statusCounts })
  .meta({ id: 'ProvincialTask' });

const issue = z
  .strictObject({
    rule: text.describe('Mã lỗi, ví dụ bad-deadline. (Rule code.)'),
    severity: z.enum(['error', 'warning', 'info']),
    message: text,
    file: text.describe('Tệp; rỗng cho vấn đề của cả Sở hoặc khối. (File; empty for department-wide issues.)'),
    sheet: nullable(text),
    cell: nullable(z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/)).describe('Địa chỉ ô, ví dụ E17. (A1 address.)'),
    unit: nullable(text),
  })
  .meta({ id: 'Issue' });

const historyRow = groupShape
  .extend({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    asOf: isoDate,
    scope: z.enum(['department', 'block', 'unit']),
    code: text.describe('Mã khối hoặc đơn vị; rỗng cho cả Sở. (Block or unit code; empty for the department.)'),
    name: text,
  })
  .strict()
  .meta({ id: 'HistoryRow', description: 'Một dòng của sheet Lịch sử. (One row of the Lịch sử sheet.)' });

const change = z
  .strictObject({
    kind: z.enum(['new', 'gone', 'deadline-moved', 'target-changed', 'progress-back', 'newly-overdue', 'newly-done']),
    id: text,
    unit: nullable(text),
    title: text,
    before: nullable(text).describe("Giá trị tháng trước (ngày ISO, tiến độ, mã tình trạng). (Last month's value.)"),
    after: nullable(text).describe("Giá trị tháng này. (This month's value.)"),
  })
  .meta({ id: 'Change', description: 'Một dòng của sheet Thay đổi. (One row of the Thay đổi sheet.)' });

export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION).describe('Phiên bản cấu trúc báo cáo. (Report shape version.)'),
    asOf: isoDate.describe('Ngày tính tình trạng. (As-of date.)'),
    department: nullable(text),
    files: z.array(fileEntry),
    commitments: z.array(commitment),
    totals,
    provincialTasks: z.array(provincialTask),
    issues: z.array(issue),
    history: z
      .array(historyRow)
      .optional()
      .describe('Lịch sử theo tháng (chỉ camket merge). (Month-by-month history; merge only.)'),
    changes: z
      .array(change)
      .optional()
      .describe('Thay đổi so với tháng trước (chỉ khi có --previous). (Changes; with --previous only.)'),
  })
  .describe("Báo cáo JSON của camket (camket merge / camket validate --report). (camket's JSON report.)");

// ---- The schema and the report's types are one shape: each direction is checked at compile time. ----

/** Objects compared property by property, arrays element by element, whatever intersections or
 *  interfaces they were declared with. */
type Plain<T> = T extends readonly (infer E)[] ? Plain<E>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Same<A, B> = (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Out<S extends z.ZodType> = z.output<S>;

const shapeChecks: [
  Same<Out<typeof reportSchema>, Report>,
  Same<Out<typeof commitment>, ReportCommitment>,
  Same<Out<typeof fileEntry>, FileEntry>,
  Same<Out<typeof issue>, ReportIssue>,
  Same<Out<typeof totals>, Totals>,
  Same<Out<typeof groupTotals>, GroupTotals>,
  Same<Out<typeof statusCounts>, StatusCounts>,
  Same<Out<typeof provincialTask>, ProvincialTaskTotals>,
  Same<Out<typeof historyRow>, HistoryRow>,
  Same<Out<typeof change>, Change>,
] = [true, true, true, true, true, true, true, true, true, true];
void shapeChecks;
