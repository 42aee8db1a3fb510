// The department's pipeline without a file system: workbooks built in memory, each read once by
// checkWorkbook (its unit found before its rows), then put together by checkDepartment — ids across
// files, duplicates, totals, coverage issues, history and changes, as `camket merge` takes them for a
// month and as `camket validate` and the add-in take them for files checked one by one.
import { type WorkbookCheck, checkWorkbook, commitmentKey } from '../../src/core/check';
import { type MonthCheck, checkDepartment, skippedFile, unreadableFile } from '../../src/core/department-check';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Issue } from '../../src/core/model';
import { A, B, C, D, E, F, G, book, department } from '../helpers/month';

const read = (grid: WorkbookGrid, asOf: string) => checkWorkbook(grid, { asOf, department, lang: 'vi' });

/** May: the Văn phòng and the Bảo tàng (named in its title rows) sent a workbook each. */
function may(): MonthCheck {
  const asOf = '2023-05-31';
  const files = [
    read(
      book('van-phong.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện'],
        [B, 'Quy chế', 'Quý III/2023', 50, 'Đang thực hiện'],
        [G, 'Báo cáo', '30/9/2023', 0, 'Chưa thực hiện'],
      ]),
      asOf,
    ),
    read(book('don-vi-khac.xlsx', 'BẢO TÀNG TỈNH', [[D, 'Biên bản', '31/5/2023', 100, 'Đã hoàn thành']]), asOf),
  ];
  return checkDepartment(files, { asOf, department, lang: 'vi', whole: true });
}

const JUNE = '2023-06-30';

/** June's files, each read once: two of the Văn phòng, one of the Bảo tàng, one no unit claims. */
function juneWorkbooks(): WorkbookCheck[] {
  return [
    read(
      book('van-phong.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 100, 'Đã hoàn thành'],
        [B, 'Quy chế sửa đổi', '31/12/2023', 50, 'Đang thực hiện'],
      ]),
      JUNE,
    ),
    read(
      book('van-phong-bo-sung.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 100, 'Đã hoàn thành'],
        [C, 'Danh bạ', 'Thường xuyên', null, null],
      ]),
      JUNE,
    ),
    read(
      book('don-vi-khac.xlsx', 'BẢO TÀNG TỈNH', [
        [D, 'Biên bản', '31/5/2023', 100, 'Đã hoàn thành'],
        [E, 'Trưng bày', '30/9/2023', 40, 'Đang thực hiện'],
      ]),
      JUNE,
    ),
    read(book('khong-ro.xlsx', '', [[F, 'Phiếu khảo sát', '30/9/2023', 0, 'Chưa thực hiện']]), JUNE),
  ];
}

/** Every object reachable from the value frozen: a step that changed a record it was given would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const where = (i: Pick<Issue, 'rule' | 'file' | 'sheet' | 'cell' | 'unit'>) =>
  `${i.rule}@${i.file}!${i.sheet ?? ''}!${i.cell ?? ''}:${i.unit ?? ''}`;

describe('checkWorkbook: the unit is found before the rows, so each commitment is built once', () => {
  test('by the file pattern or the title rows; every commitment under its unit, with its final id', () => {
    const [vp, , bt, none] = juneWorkbooks();
    expect([vp.unit?.code, bt.unit?.code, none.unit]).toEqual(['VP', 'BT', null]);
    expect(bt.commitments.map((c) => [c.unit, c.block])).toEqual([
      ['BT', 'SN'],
      ['BT', 'SN'],
    ]);
    for (const c of [...vp.commitments, ...bt.commitments, ...none.commitments]) expect(c.id).toBe(commitmentKey(c));
    expect(none.commitments[0].id).toMatch(/^khong-ro\.xlsx:t/);
    // Every issue of the workbook is under its unit too.
    expect(bt.issues.map(where)).toEqual(['missing-completion-date@don-vi-khac.xlsx!Đầu việc!G5:BT']);
  });

  test('the name shown can differ from the one the unit is found by (the merge shows the path)', () => {
    const c = checkWorkbook(book('van-phong.xlsx', '', [[A, 'Hội nghị', 'Sau Tết', 50, 'Đang thực hiện']]), {
      asOf: JUNE,
      department,
      file: 'thang-6/van-phong.xlsx',
    });
    expect(c.unit?.code).toBe('VP');
    expect(c.commitments[0].source.file).toBe('thang-6/van-phong.xlsx');
    expect(c.issues.map(where)).toEqual(['bad-deadline@thang-6/van-phong.xlsx!Đầu việc!D5:VP']);
  });
});

describe('checkDepartment: a whole month', () => {
  const previous = may().state;
  const workbooks = deepFreeze(juneWorkbooks());
  const files = [
    ...workbooks,
    unreadableFile('ke-hoach-2023.xls', { rule: 'unsupported-format', params: { format: '.xls' } }, 'vi'),
    skippedFile('~$van-phong.xlsx', 'tệp khóa tạm'),
  ];
  // The inputs are frozen: nothing they hold is changed, every difference is a new record.
  const month = checkDepartment(files, { asOf: JUNE, department, lang: 'vi', previous, whole: true });
  const byTitle = (title: string) => month.commitments.filter((c) => c.title === title);

  test('the files: merged, failed (under the unit its name says) and skipped', () => {
    expect(month.files.map((f) => [f.file, f.state, f.unit, f.commitments])).toEqual([
      ['van-phong.xlsx', 'merged', 'VP', 2],
      ['van-phong-bo-sung.xlsx', 'merged', 'VP', 2],
      ['don-vi-khac.xlsx', 'merged', 'BT', 2],
      ['khong-ro.xlsx', 'merged', null, 1],
      ['ke-hoach-2023.xls', 'failed', 'KHTC', 0],
      ['~$van-phong.xlsx', 'skipped', null, 0],
    ]);
    expect(month.report.files).toEqual(month.files);
  });

  test('ids are unique across the files: the second file of a unit repeating a title gets the next number', () => {
    const [first, second] = byTitle(A);
    expect(second.id).toBe(`${first.id}-2`);
    expect(first.id).toBe(workbooks[0].commitments[0].id);
    // The workbook read keeps the id it was built with (it is frozen: a change would have thrown).
    expect(Object.isFrozen(workbooks[1].commitments[0])).toBe(true);
    expect(workbooks[1].commitments[0].id).toBe(first.id);
    expect(new Set(month.commitments.map((c) => c.id)).size).toBe(month.commitments.length);
  });

  test("the issues: each file's, the duplicate across two files, the count and coverage checks", () => {
    expect(month.issues.map(where)).toEqual([
      'unknown-unit@khong-ro.xlsx!!:',
      'unsupported-format@ke-hoach-2023.xls!!:KHTC',
      'duplicate-commitment@van-phong-bo-sung.xlsx!Đầu việc!B5:VP',
      'count-mismatch@van-phong.xlsx!!:VP',
      'count-mismatch@!!:',
      'count-mismatch@!!:',
      'missing-unit@ke-hoach-2023.xls!!:KHTC',
      'missing-unit@!!:TV',
      'unit-several-files@van-phong.xlsx!!:VP',
    ]);
    const duplicate = month.issues.find((i) => i.rule === 'duplicate-commitment')!;
    expect(duplicate.params).toEqual({ title: A, firstRow: 5, firstSheet: 'Đầu việc' });
    expect(month.issues.filter((i) => i.rule === 'count-mismatch').map((i) => i.params)).toEqual([
      { name: 'Văn phòng Sở', registered: 3, found: 4 },
      { name: 'Khối quản lý nhà nước', registered: 5, found: 4 },
      { name: 'Khối đơn vị sự nghiệp', registered: 4, found: 2 },
    ]);
    expect(month.issues.find((i) => i.rule === 'missing-unit' && i.unit === 'KHTC')!.params).toEqual({
      name: 'Phòng Kế hoạch - Tài chính',
      failedFiles: 'ke-hoach-2023.xls',
    });
    // The report holds the same issues, sorted.
    expect(month.report.issues).toHaveLength(month.issues.length);
  });

  test("May's summary proves the Bảo tàng's task done on time: credited, and no completion date asked", () => {
    expect(workbooks[2].commitments[0].status).toBe('done_late');
    expect(byTitle(D)[0].status).toBe('done_on_time');
    expect(month.issues.some((i) => i.rule === 'missing-completion-date')).toBe(false);
  });

  test('the totals', () => {
    expect(month.totals.commitments).toBe(7);
    expect(month.totals.byStatus).toMatchObject({
      done_on_time: 3,
      done_late: 0,
      overdue: 0,
      in_progress: 2,
      not_started: 1,
      recurring: 1,
    });
    expect([month.totals.due, month.totals.onTimeRate, month.totals.registered]).toEqual([3, 1, 9]);
    expect(
      Object.fromEntries(Object.entries(month.totals.byUnit).map(([u, t]) => [u, [t.registered, t.found]])),
    ).toEqual({ VP: [3, 4], KHTC: [2, 0], BT: [2, 2], TV: [2, 0] });
    expect(
      Object.fromEntries(Object.entries(month.totals.byBlock).map(([b, t]) => [b, [t.registered, t.found]])),
    ).toEqual({ QLNN: [5, 4], SN: [4, 2] });
    expect(month.report.totals).toBe(month.totals);
    expect(month.emulation.map((r) => r.unit).sort()).toEqual(['BT', 'KHTC', 'TV', 'VP']);
  });

  test("the history: May's rows carried, then June's", () => {
    expect(month.history.filter((r) => r.scope === 'department').map((r) => [r.month, r.found, r.registered])).toEqual([
      ['2023-05', 4, 9],
      ['2023-06', 7, 9],
    ]);
    expect(month.history.filter((r) => r.month === '2023-06').map((r) => `${r.scope}:${r.code}`)).toEqual([
      'department:',
      'block:QLNN',
      'block:SN',
      'unit:VP',
      'unit:KHTC',
      'unit:BT',
      'unit:TV',
    ]);
    expect(month.state.history).toEqual(month.history);
    expect(month.report.history).toEqual(month.history);
  });

  test('the changes since May, and the first deadline kept beside the one in force', () => {
    expect(month.changes.map((c) => [c.kind, c.title, c.before, c.after])).toEqual([
      ['newly-done', A, 'in_progress', 'done_on_time'],
      ['deadline-moved', B, '2023-09-30', '2023-12-31'],
      ['target-changed', B, 'Quy chế', 'Quy chế sửa đổi'],
      ['new', A, null, '2023-06-30'],
      ['new', C, null, null],
      ['new', E, null, '2023-09-30'],
      ['new', F, null, '2023-09-30'],
      ['gone', G, '2023-09-30', null],
    ]);
    expect(byTitle(B)[0].originalDeadline).toBe('2023-09-30');
    expect(workbooks[0].commitments[1].originalDeadline).toBeNull();
    expect(month.state.commitments.map((c) => c.id)).toEqual(month.commitments.map((c) => c.id));
    expect(month.report.changes).toEqual(month.changes);
  });
});

describe('checkDepartment: files checked one by one (validate, the add-in)', () => {
  const workbooks = deepFreeze(juneWorkbooks());
  const checked = checkDepartment(workbooks, { asOf: JUNE, department, lang: 'vi' });

  test('duplicates across files and the unit counts, but no coverage, no month, ids as read', () => {
    expect(checked.issues.map(where)).toEqual([
      'missing-completion-date@don-vi-khac.xlsx!Đầu việc!G5:BT',
      'unknown-unit@khong-ro.xlsx!!:',
      'duplicate-commitment@van-phong-bo-sung.xlsx!Đầu việc!B5:VP',
      'count-mismatch@van-phong.xlsx!!:VP',
    ]);
    expect(checked.commitments.map((c) => c.id)).toEqual(workbooks.flatMap((w) => w.commitments.map((c) => c.id)));
    expect([checked.history, checked.changes, checked.state]).toEqual([[], [], null]);
    expect(checked.totals.commitments).toBe(7);
  });

  test("without a department file: each workbook's own issues only, no unit", () => {
    const alone = checkDepartment(
      [checkWorkbook(book('khong-ro.xlsx', '', [[F, 'Phiếu', 'Sau Tết', 0, 'Chưa thực hiện']]), { asOf: JUNE })],
      { asOf: JUNE, department: null },
    );
    expect(alone.issues.map(where)).toEqual(['bad-deadline@khong-ro.xlsx!Đầu việc!D5:']);
    expect(alone.files.map((f) => [f.file, f.state, f.unit])).toEqual([['khong-ro.xlsx', 'merged', null]]);
    expect([alone.report.department, alone.report.provincialTasks, alone.emulation]).toEqual([null, [], []]);
  });
});
