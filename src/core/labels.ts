// Names a person reads for status codes and fields, in both languages: the add-in's pane and
// roll-up sheet and the merge's summary workbook all use these words. A status name never holds a
// comma: the summary offers them in a drop-down, whose list is comma-separated.
import type { Field, Lang, StatusKey } from './model';

export const STATUS_LABELS: Record<Lang, Record<StatusKey, string>> = {
  vi: {
    done_on_time: 'Hoàn thành đúng hạn',
    done_late: 'Hoàn thành trễ hạn',
    overdue: 'Quá hạn chưa hoàn thành',
    in_progress: 'Đang thực hiện trong hạn',
    not_started: 'Chưa thực hiện',
    recurring: 'Thường xuyên',
    cancelled: 'Dừng thực hiện',
    unknown: 'Không xác định (thời hạn không đọc được)',
  },
  en: {
    done_on_time: 'Done on time',
    done_late: 'Done late',
    overdue: 'Overdue (not done)',
    in_progress: 'In progress (on time)',
    not_started: 'Not started',
    recurring: 'Recurring',
    cancelled: 'Cancelled',
    unknown: 'Unknown (deadline unreadable)',
  },
};

export const FIELD_LABELS: Record<Lang, Record<Field, string>> = {
  vi: {
    number: 'Số thứ tự (STT)',
    code: 'Mã đầu việc',
    title: 'Nội dung đầu việc',
    target: 'Chỉ tiêu / Sản phẩm',
    owner: 'Người chịu trách nhiệm',
    start: 'Bắt đầu',
    deadline: 'Thời hạn',
    extendedDeadline: 'Thời hạn điều chỉnh / gia hạn',
    completedOn: 'Ngày hoàn thành',
    progress: 'Tiến độ (%)',
    status: 'Tình trạng',
    provincialTask: 'Nhiệm vụ UBND tỉnh giao',
    coordinating: 'Đơn vị phối hợp',
    notes: 'Ghi chú',
    unit: 'Đơn vị',
  },
  en: {
    number: 'Row number',
    code: 'Commitment code',
    title: 'Title',
    target: 'Target / product',
    owner: 'Owner',
    start: 'Start',
    deadline: 'Deadline',
    extendedDeadline: 'Extended deadline',
    completedOn: 'Completion date',
    progress: 'Progress (%)',
    status: 'Status',
    provincialTask: 'Provincial task',
    coordinating: 'Coordinating units',
    notes: 'Notes',
    unit: 'Unit',
  },
};
