import { deriveStatus, isDueSoon, saysOnlyNotYetDue, statusDisagreesWithProgress, statusWordOf } from '../../src/core/status';
import { STATUS_LABELS } from '../../src/core/labels';
import { STATUS_KEYS } from '../../src/core/model';

describe('statusWordOf: whole phrases after normalisation', () => {
  test.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['ĐÃ HOÀN THÀNH', 'done'],
    ['da hoan thanh', 'done'],
    ['HT', 'done'],
    ['Xong', 'done'],
    ['Đã hoàn thành'.normalize('NFD'), 'done'],
    ['Chưa hoàn thành', 'not_started'],
    ['chua hoan thanh', 'not_started'],
    ['Chưa thực hiện', 'not_started'],
    ['Chưa triển khai', 'not_started'],
    ['Đang thực hiện', 'in_progress'],
    ['Đang triển khai', 'in_progress'],
    ['Đang làm', 'in_progress'],
    ['Dừng thực hiện', 'cancelled'],
    ['Không thực hiện', 'cancelled'],
    ['Đề nghị đưa ra khỏi danh mục', 'cancelled'],
    ['Đã hoàn thành (tháng 5)', 'done'],
    ['Chờ bố trí kinh phí', null],
    // A pause is no cancellation: an unknown status (warned about where the row is read).
    ['Tạm dừng', null],
    ['Tạm dừng thực hiện', null],
    ['Tạm ngưng', null],
    ['Chậm tiến độ', 'in_progress'],
    ['Đang thực hiện, chậm tiến độ', 'in_progress'],
    ['Hoàn thành 100%', 'done'],
    ['Đang triển khai thực hiện', 'in_progress'],
    ['Đã xong', 'done'],
    ['Chưa đến hạn', null],
    ['Trong hạn', null],
    ['', null],
    ['HTX', null],
  ])('%p → %p', (text, expected) => {
    expect(statusWordOf(text)).toBe(expected);
  });
});

describe('saysOnlyNotYetDue: texts that give no status and no warning', () => {
  test.each([
    ['Chưa đến hạn', true],
    ['chua toi han', true],
    ['Trong hạn', true],
    ['Tạm dừng', false],
    ['Chờ bố trí kinh phí', false],
    ['Đang thực hiện, chưa đến hạn', false],
    ['Quá hạn', false],
  ])('%p → %p', (text, expected) => {
    expect(saysOnlyNotYetDue(text)).toBe(expected);
  });
});

describe('deriveStatus as of a date', () => {
  const base = { word: null, progress: null, deadline: '2023-06-30', recurring: false, completedOn: null, asOf: '2023-06-15' } as const;
  test.each([
    ['done, completed before the deadline', { word: 'done', completedOn: '2023-06-01' }, 'done_on_time'],
    ['done, completed on the deadline', { word: 'done', completedOn: '2023-06-30' }, 'done_on_time'],
    ['done, completed after the deadline', { word: 'done', completedOn: '2023-07-02', asOf: '2023-07-10' }, 'done_late'],
    ['done, no completion date, as-of not past', { word: 'done' }, 'done_on_time'],
    ['done, no completion date, as-of past the deadline', { word: 'done', asOf: '2023-07-01' }, 'done_late'],
    ['done by progress 100 with no text', { progress: 100 }, 'done_on_time'],
    ['done and recurring', { word: 'done', deadline: null, recurring: true }, 'done_on_time'],
    ['not done, past the deadline', { progress: 50, asOf: '2023-07-01' }, 'overdue'],
    ['"Chưa hoàn thành" past the deadline is overdue, not done', { word: 'not_started', asOf: '2023-07-01' }, 'overdue'],
    ['in progress by progress', { progress: 40 }, 'in_progress'],
    ['in progress by text at 0 %', { word: 'in_progress', progress: 0 }, 'in_progress'],
    ['not started', {}, 'not_started'],
    ['not started at 0 %', { progress: 0 }, 'not_started'],
    ['text decides: "Chưa thực hiện" at 30 %', { word: 'not_started', progress: 30 }, 'not_started'],
    ['text decides: "Đang thực hiện" at 100 %', { word: 'in_progress', progress: 100 }, 'in_progress'],
    ['text decides: done at 60 %', { word: 'done', progress: 60 }, 'done_on_time'],
    ['recurring', { deadline: null, recurring: true, progress: 50 }, 'recurring'],
    ['cancelled', { word: 'cancelled', deadline: null }, 'cancelled'],
    ['unreadable deadline: unknown', { deadline: null, progress: 50 }, null],
    ['unreadable deadline, done: still unknown', { deadline: null, word: 'done' }, null],
  ] as const)('%s', (_, over, expected) => {
    expect(deriveStatus({ ...base, ...over })).toBe(expected);
  });
});

describe('statusDisagreesWithProgress', () => {
  test.each([
    ['done', 60, true],
    ['done', 100, false],
    ['in_progress', 100, true],
    ['in_progress', 50, false],
    ['not_started', 30, true],
    ['not_started', 0, false],
    ['done', null, false],
    [null, 100, false],
  ] as const)('%p at %p → %p', (word, progress, expected) => {
    expect(statusDisagreesWithProgress(word, progress)).toBe(expected);
  });
});

describe('isDueSoon: not done and due within 7 days', () => {
  test.each([
    ['in_progress', '2023-06-20', '2023-06-15', true],
    ['not_started', '2023-06-22', '2023-06-15', true],
    ['in_progress', '2023-06-23', '2023-06-15', false],
    ['done_on_time', '2023-06-20', '2023-06-15', false],
    ['overdue', '2023-06-10', '2023-06-15', false],
  ] as const)('%p due %p as of %p → %p', (status, deadline, asOf, expected) => {
    expect(isDueSoon(status, deadline, asOf)).toBe(expected);
  });
});

describe('status names', () => {
  test('every status has a name in both languages, and none holds a comma (the summary lists them in a drop-down)', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const key of STATUS_KEYS) {
        expect(STATUS_LABELS[lang][key]).toMatch(/\S/);
        expect(STATUS_LABELS[lang][key]).not.toContain(',');
      }
    }
  });
});
