import {
  deriveStatus,
  doneByInSummary,
  isDueSoon,
  isMark,
  onTimeByEarlierSummary,
  readStatus,
  saysOnlyNotYetDue,
  statusDisagreesWithProgress,
  statusWordOf,
} from '../../src/core/status';
import { STATUS_KEYS } from '../../src/core/model';
import { CATALOGUES } from '../../src/core/catalogue';

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
    ['Tạm dừng'.normalize('NFD'), null],
    ['TẠM DỪNG', null],
    ['Tạm dừng do chưa có kinh phí', null],
    ['Chậm tiến độ'.normalize('NFD'), 'in_progress'],
    ['CHẬM TIẾN ĐỘ', 'in_progress'],
    ['Hoàn thành trong hạn', 'done'],
    // "Trong hạn" only says the deadline has not come: a status word beside it decides, however short.
    ['Xong trong hạn', 'done'],
    ['Đã xong, trong hạn', 'done'],
    ['HT (trong hạn)', 'done'],
    ['Đang làm, trong hạn', 'in_progress'],
    ['Chưa thực hiện - chưa đến hạn', 'not_started'],
    // Not done, though "hoàn thành" or "xong" stands in it.
    ['Chưa xong', 'not_started'],
    ['Không hoàn thành', 'not_started'],
    ['Chưa HT', 'not_started'],
    ['Chưa thực hiện xong', 'not_started'],
    ['Đang hoàn thành', 'in_progress'],
    ['Đang hoàn thiện', 'in_progress'],
    ['Sắp hoàn thành', 'in_progress'],
    ['Dừng thực hiện theo chỉ đạo', 'cancelled'],
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
    ['Xong trong hạn', false],
    ['Còn trong hạn', true],
    ['Chưa đến hạn'.normalize('NFD'), true],
  ])('%p → %p', (text, expected) => {
    expect(saysOnlyNotYetDue(text)).toBe(expected);
  });
});

describe('readStatus: what a status cell says, and whether it is a text camket knows (else unknown-status)', () => {
  test.each([
    ['Hoàn thành', 'done', true],
    ['Hoàn thành 100%', 'done', true],
    ['Đã xong', 'done', true],
    ['HT', 'done', true],
    ['Xong', 'done', true],
    ['Đang triển khai thực hiện', 'in_progress', true],
    ['Chậm tiến độ', 'in_progress', true],
    ['Chưa thực hiện', 'not_started', true],
    // "Chưa hoàn thành" says not done, no more: with progress it is under way (see deriveStatus).
    ['Chưa hoàn thành', 'not_done', true],
    ['Chưa xong', 'not_done', true],
    ['Dừng thực hiện', 'cancelled', true],
    ['Không thực hiện', 'cancelled', true],
    ['Đề nghị đưa ra khỏi danh mục', 'cancelled', true],
    ['Chưa đến hạn', null, true],
    ['Trong hạn', null, true],
    ['Tạm dừng', null, false],
    ['Tạm dừng thực hiện', null, false],
    ['Chờ bố trí kinh phí', null, false],
  ] as const)('%p → %p (known: %p)', (text, word, known) => {
    expect(readStatus(text)).toEqual({ word, known });
  });

  test('the same text gives the same reading, folded once (NFD, case, spaces)', () => {
    expect(readStatus('  chưa  HOÀN thành '.normalize('NFD'))).toBe(readStatus('Chưa hoàn thành'));
  });
});

describe('deriveStatus as of a date', () => {
  const base = {
    word: null,
    progress: null,
    deadline: '2023-06-30',
    recurring: false,
    completedOn: null,
    asOf: '2023-06-15',
  } as const;
  test.each([
    ['done, completed before the deadline', { word: 'done', completedOn: '2023-06-01' }, 'done_on_time'],
    ['done, completed on the deadline', { word: 'done', completedOn: '2023-06-30' }, 'done_on_time'],
    [
      'done, completed after the deadline',
      { word: 'done', completedOn: '2023-07-02', asOf: '2023-07-10' },
      'done_late',
    ],
    ['done, no completion date, as-of not past', { word: 'done' }, 'done_on_time'],
    ['done, no completion date, as-of past the deadline', { word: 'done', asOf: '2023-07-01' }, 'done_late'],
    ['done by progress 100 with no text', { progress: 100 }, 'done_on_time'],
    ['done and recurring', { word: 'done', deadline: null, recurring: true }, 'done_on_time'],
    ['not done, past the deadline', { progress: 50, asOf: '2023-07-01' }, 'overdue'],
    [
      '"Chưa hoàn thành" past the deadline is overdue, not done',
      { word: 'not_started', asOf: '2023-07-01' },
      'overdue',
    ],
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
    ['"Chưa hoàn thành" with no progress: not started', { word: 'not_done' }, 'not_started'],
    ['"Chưa hoàn thành" at 0 %: not started', { word: 'not_done', progress: 0 }, 'not_started'],
    ['"Chưa hoàn thành" at 60 %: under way', { word: 'not_done', progress: 60 }, 'in_progress'],
    [
      '"Chưa hoàn thành" at 100 %: the text decides, not done (but under way; flagged as a mismatch)',
      { word: 'not_done', progress: 100 },
      'in_progress',
    ],
    ['"Chưa hoàn thành" past the deadline: overdue', { word: 'not_done', progress: 60, asOf: '2023-07-01' }, 'overdue'],
    ['"Chưa hoàn thành", recurring', { word: 'not_done', deadline: null, recurring: true }, 'recurring'],
    ['done, no completion date, as-of on the deadline', { word: 'done', asOf: '2023-06-30' }, 'done_on_time'],
    [
      'done by progress, no completion date, as-of past the deadline',
      { progress: 100, asOf: '2023-07-01' },
      'done_late',
    ],
    [
      'done, no completion date, recurring, long after',
      { word: 'done', deadline: null, recurring: true, asOf: '2023-12-31' },
      'done_on_time',
    ],
    // The completion date decides, whenever the summary is made: completed by the deadline is on time.
    [
      'done, completed before the deadline, summary made after it',
      { word: 'done', completedOn: '2023-06-20', asOf: '2023-07-10' },
      'done_on_time',
    ],
    // Overdue is *past* the deadline: a task due today is not overdue yet.
    ['not done, due today, under way', { progress: 50, asOf: '2023-06-30' }, 'in_progress'],
    ['not done, due today, nothing under way', { asOf: '2023-06-30' }, 'not_started'],
    ['not done, the day after the deadline', { asOf: '2023-07-01' }, 'overdue'],
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
    ['not_done', 60, false],
    ['not_done', 0, false],
    ['not_done', 100, true],
    ['cancelled', 100, false],
  ] as const)('%p at %p → %p', (word, progress, expected) => {
    expect(statusDisagreesWithProgress(word, progress)).toBe(expected);
  });
});

describe('an earlier summary that showed it done by its deadline', () => {
  test.each([
    // status in the earlier summary, its deadline then, its as-of date → done by
    ['done_on_time', '2023-06-30', '2023-06-15', '2023-06-15'],
    // on time although made after the deadline (completed on time, or credited itself): done by the deadline
    ['done_on_time', '2023-06-30', '2023-07-31', '2023-06-30'],
    ['done_on_time', null, '2023-07-31', '2023-07-31'],
    ['done_late', '2023-06-30', '2023-07-31', '2023-07-31'],
    ['done_late', '2023-06-30', '2023-06-15', '2023-06-15'],
    ['in_progress', '2023-06-30', '2023-06-15', null],
    ['overdue', '2023-06-30', '2023-07-31', null],
    ['cancelled', '2023-06-30', '2023-06-15', null],
    [null, null, '2023-06-15', null],
  ] as const)('%p, deadline %p, as of %p → done by %p', (status, deadline, asOf, expected) => {
    expect(doneByInSummary(status, deadline, asOf)).toBe(expected);
  });

  const late = { status: 'done_late', completedOn: null, deadline: '2023-06-30' } as const;
  test.each([
    ['shown done before the deadline', late, '2023-06-15', true],
    ['shown done on the deadline', late, '2023-06-30', true],
    ['shown done only after the deadline', late, '2023-07-01', false],
    ['never shown done', late, null, false],
    ['a completion date given: it decides', { ...late, completedOn: '2023-07-05' }, '2023-06-15', false],
    ['not late', { ...late, status: 'done_on_time' }, '2023-06-15', false],
    ['not done', { ...late, status: 'overdue' }, '2023-06-15', false],
    ['no deadline', { ...late, deadline: null }, '2023-06-15', false],
  ] as const)('%s → %p', (_, c, doneBy, expected) => {
    expect(onTimeByEarlierSummary(c, doneBy)).toBe(expected);
  });

  test('month after month: credited in July, the July summary still credits it in August', () => {
    // May (31/5, deadline 30/6): done on time. July: done_late by the rule, credited by May → on time.
    const may = doneByInSummary('done_on_time', '2023-06-30', '2023-05-31');
    expect(onTimeByEarlierSummary(late, may)).toBe(true);
    // August reads July's summary (made 31/7, after the deadline) which showed it on time.
    const july = doneByInSummary('done_on_time', '2023-06-30', '2023-07-31');
    expect(onTimeByEarlierSummary(late, july)).toBe(true);
    // Had July shown it late, August could not credit it.
    expect(onTimeByEarlierSummary(late, doneByInSummary('done_late', '2023-06-30', '2023-07-31'))).toBe(false);
  });

  test('a deadline moved earlier since: the earlier on-time proves only the old deadline', () => {
    const doneBy = doneByInSummary('done_on_time', '2023-06-30', '2023-07-31');
    expect(onTimeByEarlierSummary({ ...late, deadline: '2023-05-31' }, doneBy)).toBe(false);
    expect(onTimeByEarlierSummary({ ...late, deadline: '2023-09-30' }, doneBy)).toBe(true);
  });
});

describe('isDueSoon: not done and due within 7 days', () => {
  test.each([
    ['in_progress', '2023-06-20', '2023-06-15', true],
    ['not_started', '2023-06-22', '2023-06-15', true],
    ['in_progress', '2023-06-23', '2023-06-15', false],
    ['done_on_time', '2023-06-20', '2023-06-15', false],
    ['overdue', '2023-06-10', '2023-06-15', false],
    // The window's two ends: due today is due soon, and so is due in exactly 7 days (across a month's end too).
    ['not_started', '2023-06-15', '2023-06-15', true],
    ['in_progress', '2023-06-15', '2023-06-15', true],
    ['in_progress', '2023-07-02', '2023-06-25', true],
    ['in_progress', '2023-07-03', '2023-06-25', false],
    // A deadline already past is not within the next 7 days (the task is overdue, not due soon).
    ['in_progress', '2023-06-14', '2023-06-15', false],
    ['not_started', '2023-06-08', '2023-06-15', false],
    // No deadline (recurring, or unreadable): never due soon.
    ['in_progress', null, '2023-06-15', false],
    ['not_started', null, '2023-06-15', false],
  ] as const)('%p due %p as of %p → %p', (status, deadline, asOf, expected) => {
    expect(isDueSoon(status, deadline, asOf)).toBe(expected);
  });
});

describe('isMark: a mark in one of the status sub-columns (Đã hoàn thành | Đang thực hiện | Chưa thực hiện)', () => {
  test.each([
    // The marks clerks put there: x, X, ✓, ✔, v, 1, "có" (and "yes"), alone in the cell, spaces around allowed.
    ['x', true],
    ['X', true],
    [' x ', true],
    ['✓', true],
    ['✔', true],
    [' ✓ ', true],
    ['v', true],
    ['V', true],
    ['1', true],
    ['có', true],
    ['Có', true],
    ['yes', true],
    // An empty cell, a placeholder dash, words, or a symbol with words beside it: no mark.
    ['', false],
    ['-', false],
    ['0', false],
    ['xx', false],
    ['Đã hoàn thành', false],
    ['• Chưa thực hiện', false],
    ['Chưa ✓', false],
  ] as const)('%p → %p', (text, expected) => {
    expect(isMark(text)).toBe(expected);
  });
});

describe('status names', () => {
  test('every status has a name in both languages, and none holds a comma (the summary lists them in a drop-down)', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const key of STATUS_KEYS) {
        expect(CATALOGUES[lang].status[key]).toMatch(/\S/);
        expect(CATALOGUES[lang].status[key]).not.toContain(',');
      }
    }
  });
});
