import {
  carryState,
  compareMonths,
  historyRows,
  matchCommitments,
  mergeHistory,
  titleKey,
} from '../../src/core/changes';
import type { CommitmentState, HistoryRow, SummaryState } from '../../src/core/history';
import { rollUp } from '../../src/core/rollup';
import type { StatusCode } from '../../src/core/model';
import { commitment as record } from '../helpers/records';
import { smallDepartment } from '../helpers/merge-fixtures';

function c(partial: Partial<CommitmentState> & { title: string }): CommitmentState {
  return {
    id: partial.id ?? `${partial.unit ?? 'VP'}:${titleKey(partial.title)}`,
    unit: 'VP',
    code: null,
    target: null,
    deadline: '2023-06-30',
    originalDeadline: null,
    progress: null,
    status: 'in_progress',
    ...partial,
  };
}

function state(asOf: string, commitments: CommitmentState[], history: HistoryRow[] = []): SummaryState {
  return carryState({ previous: null, commitments, asOf, department: 'Sở', history });
}

describe('matchCommitments: a commitment keeps its identity across months', () => {
  test('by code first, even when the title was rewritten', () => {
    const prev = [c({ title: 'Tổ chức hội nghị', code: 'VP-01' }), c({ title: 'Báo cáo quý', code: 'VP-02' })];
    const cur = [
      c({ title: 'Báo cáo tổng kết quý II', code: 'vp-02' }),
      c({ title: 'Tổ chức Hội nghị sơ kết', code: 'VP-01' }),
    ];
    expect([...matchCommitments(prev, cur)]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  test('title tolerant of case, diacritics, spacing and punctuation', () => {
    const prev = [c({ title: 'Tổ chức Lễ hội Dừa lần thứ VI, năm 2023' })];
    const cur = [c({ title: '  TO CHUC LE HOI DUA  lan thu VI - nam 2023.' })];
    expect(matchCommitments(prev, cur).get(0)).toBe(0);
  });

  test('a typo fixed is the same commitment; a different short title is not', () => {
    const prev = [c({ title: 'Kiểm kê hiện vật trong kho cơ sở' }), c({ title: 'Báo cáo quý I' })];
    const cur = [
      c({ title: 'Kiểm kê hiện vật trong kho co sỏ' }),
      c({ title: 'Báo cáo quý II' }),
      c({ title: 'Họp giao ban' }),
    ];
    const m = matchCommitments(prev, cur);
    expect(m.get(0)).toBe(0);
    // "baocaoquyi" → "baocaoquyii" is one edit within the 1-edit tolerance of a short title: matched.
    expect(m.get(1)).toBe(1);
    expect(m.has(2)).toBe(false);
  });

  test('never across units, never between two different codes', () => {
    const prev = [c({ title: 'Báo cáo tháng', unit: 'VP' }), c({ title: 'Hội thi', code: 'A1' })];
    const cur = [c({ title: 'Báo cáo tháng', unit: 'BT' }), c({ title: 'Hội thi', code: 'A2' })];
    expect(matchCommitments(prev, cur).size).toBe(0);
  });

  test('repeated titles pair in order, and the closest near title wins', () => {
    const prev = [
      c({ title: 'Giải chạy việt dã', id: 'x' }),
      c({ title: 'Giải chạy việt dã', id: 'x-2' }),
      c({ title: 'Hội thao công chức viên chức 2023' }),
    ];
    const cur = [
      c({ title: 'Giải chạy việt dã', id: 'x' }),
      c({ title: 'Giải chạy việt dã', id: 'x-2' }),
      c({ title: 'Hội thao công chức, viên chức 2023' }),
    ];
    expect([...matchCommitments(prev, cur)].sort()).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe('carryState: the original deadline is never overwritten', () => {
  test('first month: the deadline before any extension; later months: the one carried', () => {
    const may = state('2023-05-31', [c({ title: 'Lập hồ sơ di tích', deadline: '2023-06-30' })]);
    expect(may.commitments[0].originalDeadline).toBe('2023-06-30');
    const june = carryState({
      previous: may,
      commitments: [c({ title: 'Lập hồ sơ di tích', deadline: '2023-09-30', originalDeadline: '2023-07-31' })],
      asOf: '2023-06-30',
      department: 'Sở',
      history: [],
    });
    expect(june.commitments[0]).toMatchObject({ deadline: '2023-09-30', originalDeadline: '2023-06-30' });
    const july = carryState({
      previous: june,
      commitments: [c({ title: 'Lập hồ sơ di tích', deadline: '2023-12-31' })],
      asOf: '2023-07-31',
      department: 'Sở',
      history: [],
    });
    expect(july.commitments[0].originalDeadline).toBe('2023-06-30');
    const fresh = state('2023-06-30', [c({ title: 'Mới', deadline: '2023-09-30', originalDeadline: '2023-07-31' })]);
    expect(fresh.commitments[0].originalDeadline).toBe('2023-07-31');
  });
});

describe('compareMonths', () => {
  test('new, gone, deadline moved, target changed, progress backwards, newly overdue, newly done', () => {
    const may = state('2023-05-31', [
      c({ title: 'Hội nghị sơ kết', status: 'in_progress', progress: 50 }),
      c({ title: 'Dự toán ngân sách', progress: 70 }),
      c({ title: 'Hồ sơ di tích', deadline: '2023-06-30', target: '03 hồ sơ' }),
      c({ title: 'Quy chế chi tiêu', deadline: '2023-06-15', status: 'in_progress' }),
      c({ title: 'Trưng bày sách' }),
      c({ title: 'Đã xong từ trước', status: 'done_on_time', progress: 100 }),
    ]);
    const june = [
      c({ title: 'Hội nghị sơ kết', status: 'done_on_time', progress: 100 }),
      c({ title: 'Dự toán ngân sách', progress: 60 }),
      c({ title: 'Hồ sơ di tích', deadline: '2023-09-30', target: '04 hồ sơ' }),
      c({ title: 'Quy chế chi tiêu', deadline: '2023-06-15', status: 'overdue' }),
      c({ title: 'Đón đoàn khảo sát' }),
      c({ title: 'Đã xong từ trước', status: 'in_progress', progress: null }),
    ];
    const changes = compareMonths(may, june);
    expect(changes.map((ch) => [ch.kind, ch.title, ch.before, ch.after])).toEqual([
      ['newly-done', 'Hội nghị sơ kết', 'in_progress', 'done_on_time'],
      ['progress-back', 'Dự toán ngân sách', '70', '60'],
      ['deadline-moved', 'Hồ sơ di tích', '2023-06-30', '2023-09-30'],
      ['target-changed', 'Hồ sơ di tích', '03 hồ sơ', '04 hồ sơ'],
      ['newly-overdue', 'Quy chế chi tiêu', 'in_progress', 'overdue'],
      ['new', 'Đón đoàn khảo sát', null, '2023-06-30'],
      ['progress-back', 'Đã xong từ trước', 'done_on_time', 'in_progress'],
      ['gone', 'Trưng bày sách', '2023-06-30', null],
    ]);
  });

  test('a target rewritten only in case or spacing is not a change', () => {
    const may = state('2023-05-31', [c({ title: 'A', target: '1.500 bản' })]);
    expect(compareMonths(may, [c({ title: 'A', target: ' 1.500  BẢN ' })])).toEqual([]);
  });
});

describe('history', () => {
  const dept = smallDepartment();
  const commitment = (unit: string, block: string, status: StatusCode) =>
    record({ unit, block, status, deadline: '2023-06-30' });

  test('one row for the department, each block, each unit; this month replaces a rerun of itself', () => {
    const totals = rollUp(
      [commitment('VP', 'QLNN', 'done_on_time'), commitment('BT', 'SN', 'overdue')],
      '2023-06-30',
      dept,
    );
    const june = historyRows(totals, dept, '2023-06-30');
    expect(june.map((r) => [r.scope, r.code, r.found, r.registered])).toEqual([
      ['department', '', 2, 13],
      ['block', 'QLNN', 1, 5],
      ['block', 'SN', 1, 8],
      ['unit', 'VP', 1, 3],
      ['unit', 'KHTC', 0, 2],
      ['unit', 'BT', 1, 3],
      ['unit', 'TV', 0, 3],
      ['unit', 'TTVH', 0, 2],
    ]);
    expect(june[0]).toMatchObject({ month: '2023-06', asOf: '2023-06-30', due: 2, onTimeRate: 0.5 });
    const may = historyRows(rollUp([], '2023-05-31', dept), dept, '2023-05-31');
    const oldJune = june.map((r) => ({ ...r, found: 99 }));
    const merged = mergeHistory([...may, ...oldJune], june);
    expect(merged.map((r) => r.month)).toEqual([...may.map(() => '2023-05'), ...june.map(() => '2023-06')]);
    expect(merged.filter((r) => r.month === '2023-06')).toEqual(june);
  });

  test('months in order whatever order they come in', () => {
    const row = (month: string): HistoryRow => ({
      month,
      asOf: `${month}-28`,
      scope: 'department',
      code: '',
      name: 'Sở',
      registered: null,
      found: 0,
      byStatus: rollUp([], '2023-01-01').byStatus,
      due: 0,
      onTimeRate: null,
    });
    expect(mergeHistory([row('2023-04'), row('2023-02')], [row('2023-03')]).map((r) => r.month)).toEqual([
      '2023-02',
      '2023-03',
      '2023-04',
    ]);
  });
});
