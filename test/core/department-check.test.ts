// Checking the department (PRODUCT.md, "Merging a month"): each unit's workbook read on its own, then
// put together — a file's line in the report, ids and duplicates where two files meet, the count and
// coverage checks, a completion an earlier summary proves on time, the history and what changed.
// Every value is worked out inside its test (Stryker credits no test for what runs while collecting).
import { type WorkbookCheck, checkWorkbook } from '../../src/core/check';
import {
  type FileResult,
  checkDepartment,
  checkedFile,
  skippedFile,
  unreadableFile,
} from '../../src/core/department-check';
import type { WorkbookGrid } from '../../src/core/grid';
import type { SummaryState } from '../../src/core/history';
import { renderMessage } from '../../src/core/rules';
import { sheet } from '../helpers/grid';
import { A, B, C, D, E, F, G, HEADER, type Row, book, department } from '../helpers/month';

/** A workbook with no commitments table: a letter. */
const letter = (file: string): WorkbookGrid => ({
  file,
  sheets: [sheet('Công văn', [['Kính gửi: Sở Văn hóa, Thể thao và Du lịch'], ['Đơn vị xin gửi kèm báo cáo.']])],
});

const MAY = '2023-05-31';
const JUNE = '2023-06-30';
const read = (grid: WorkbookGrid, asOf = JUNE) => checkWorkbook(grid, { asOf, department, lang: 'vi' });
const where = (i: { rule: string; file: string; sheet: string | null; cell: string | null; unit: string | null }) =>
  `${i.rule}@${i.file}!${i.sheet ?? ''}!${i.cell ?? ''}:${i.unit ?? ''}`;

/** May's summary: the Văn phòng and the Bảo tàng sent a workbook each. */
function maySummary(): SummaryState {
  const files = [
    read(
      book('van-phong.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện'],
        [B, 'Quy chế', 'Quý III/2023', 50, 'Đang thực hiện'],
        [G, 'Báo cáo', '30/9/2023', 0, 'Chưa thực hiện'],
      ]),
      MAY,
    ),
    read(book('don-vi-khac.xlsx', 'BẢO TÀNG TỈNH', [[D, 'Biên bản', '31/5/2023', 100, 'Đã hoàn thành']]), MAY),
  ];
  return checkDepartment(files, { asOf: MAY, department, whole: true }).state;
}

/** June's workbooks: two of the Văn phòng (the second repeats a row of the first), one of the Bảo tàng, one no unit claims. */
function juneWorkbooks(): WorkbookCheck[] {
  return [
    read(
      book('van-phong.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 100, 'Đã hoàn thành'],
        [B, 'Quy chế sửa đổi', '31/12/2023', 50, 'Đang thực hiện'],
      ]),
    ),
    read(
      book('van-phong-bo-sung.xlsx', '', [
        [A, 'Hội nghị', '30/6/2023', 100, 'Đã hoàn thành'],
        [C, 'Danh bạ', 'Thường xuyên', null, null],
      ]),
    ),
    read(
      book('don-vi-khac.xlsx', 'BẢO TÀNG TỈNH', [
        [D, 'Biên bản', '31/5/2023', 100, 'Đã hoàn thành'],
        [E, 'Trưng bày', '30/9/2023', 40, 'Đang thực hiện'],
      ]),
    ),
    read(book('khong-ro.xlsx', '', [[F, 'Phiếu khảo sát', '30/9/2023', 0, 'Chưa thực hiện']])),
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

describe("a file's line in the report", () => {
  test('a workbook with a table is merged: its unit, its commitments, the sheets that hold a table', () => {
    const grid = book('van-phong.xlsx', '', [
      [A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện'],
      [B, 'Quy chế', '30/9/2023', 50, 'Đang thực hiện'],
    ]);
    grid.sheets.push(sheet('Ghi chú', [['Số liệu tính đến hết tháng 6']]));
    const check = read(grid);
    const result = checkedFile(check);
    expect(result.entry).toEqual({
      file: 'van-phong.xlsx',
      path: 'van-phong.xlsx',
      unit: 'VP',
      state: 'merged',
      commitments: 2,
      sheets: ['Đầu việc'],
    });
    expect(result.check).toBe(check);
    expect(result.issues).toBe(check.issues);
  });

  test('a workbook without a table has failed, and says why in the language asked', () => {
    const check = checkWorkbook(letter('cong-van.xlsx'), { asOf: JUNE });
    expect(checkedFile(check).entry).toEqual({
      file: 'cong-van.xlsx',
      path: 'cong-van.xlsx',
      unit: null,
      state: 'failed',
      commitments: 0,
      sheets: [],
      error: { code: 'no-table', message: renderMessage('no-table', {}, 'vi') },
    });
    expect(checkedFile(check, 'en').entry.error).toEqual({
      code: 'no-table',
      message: renderMessage('no-table', {}, 'en'),
    });
    expect(checkedFile(check).issues.map((i) => i.rule)).toEqual(['no-table']);
  });

  test('a file that could not be read: failed, with the reason and one issue saying it', () => {
    const result = unreadableFile('ke-hoach.xls', { rule: 'unsupported-format', params: { format: '.xls' } }, 'en');
    expect(result.entry).toEqual({
      file: 'ke-hoach.xls',
      path: 'ke-hoach.xls',
      unit: null,
      state: 'failed',
      commitments: 0,
      error: { code: 'unsupported-format', message: renderMessage('unsupported-format', { format: '.xls' }, 'en') },
    });
    expect(result.check).toBeNull();
    expect(result.issues.map((i) => [i.rule, i.file, i.unit, i.params, i.message])).toEqual([
      [
        'unsupported-format',
        'ke-hoach.xls',
        null,
        { format: '.xls' },
        renderMessage('unsupported-format', { format: '.xls' }, 'en'),
      ],
    ]);
    expect(
      unreadableFile('ke-hoach.xls', { rule: 'unsupported-format', params: { format: '.xls' } }).entry.error?.message,
    ).toBe(renderMessage('unsupported-format', { format: '.xls' }, 'vi'));
  });

  test('a file passed over: skipped, with the reason shown, and no issue', () => {
    expect(skippedFile('~$van-phong.xlsx', 'tệp khóa tạm')).toEqual({
      entry: {
        file: '~$van-phong.xlsx',
        path: '~$van-phong.xlsx',
        unit: null,
        state: 'skipped',
        commitments: 0,
        reason: 'tệp khóa tạm',
      },
      check: null,
      issues: [],
    });
  });
});

describe('checkDepartment: files checked one by one (validate, the add-in)', () => {
  test("each workbook's issues in file order, the unit no one claims, the duplicate across two files of a unit, the unit counts", () => {
    const workbooks = deepFreeze(juneWorkbooks());
    const checked = checkDepartment(workbooks, { asOf: JUNE, department });
    expect(checked.issues.map(where)).toEqual([
      'missing-completion-date@don-vi-khac.xlsx!Đầu việc!G5:BT',
      'unknown-unit@khong-ro.xlsx!!:',
      'duplicate-commitment@van-phong-bo-sung.xlsx!Đầu việc!B5:VP',
      'count-mismatch@van-phong.xlsx!!:VP',
    ]);
    // In Vietnamese unless told.
    expect(checked.issues[1].message).toBe(renderMessage('unknown-unit', {}, 'vi'));
    expect(checkDepartment(workbooks, { asOf: JUNE, department, lang: 'en' }).issues[1].message).toBe(
      renderMessage('unknown-unit', {}, 'en'),
    );
  });

  test('ids as each workbook gave them; no month: no history, no state, no changes', () => {
    const workbooks = deepFreeze(juneWorkbooks());
    const checked = checkDepartment(workbooks, { asOf: JUNE, department });
    expect(checked.commitments.map((c) => c.id)).toEqual(workbooks.flatMap((w) => w.commitments.map((c) => c.id)));
    expect(checked.commitments[2]).toBe(workbooks[1].commitments[0]);
    expect([checked.history, checked.changes, checked.state]).toEqual([[], [], null]);
    expect(checked.report.history).toBeUndefined();
    expect(checked.report.changes).toBeUndefined();
    expect(checked.files.map((f) => [f.file, f.state, f.unit])).toEqual([
      ['van-phong.xlsx', 'merged', 'VP'],
      ['van-phong-bo-sung.xlsx', 'merged', 'VP'],
      ['don-vi-khac.xlsx', 'merged', 'BT'],
      ['khong-ro.xlsx', 'merged', null],
    ]);
  });

  test("a unit's count issue points at the first file given for it, even one that could not be read", () => {
    const files = [
      checkedFile(read(letter('van-phong-cu.xlsx'))),
      read(book('van-phong.xlsx', '', [[A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện']])),
    ];
    expect(checkDepartment(files, { asOf: JUNE, department }).issues.map(where)).toEqual([
      'no-table@van-phong-cu.xlsx!!:VP',
      'count-mismatch@van-phong-cu.xlsx!!:VP',
    ]);
  });

  test("each unit's count issue points at a file of that unit", () => {
    const files = [
      read(book('van-phong.xlsx', '', [[A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện']])),
      read(book('don-vi-khac.xlsx', 'BẢO TÀNG TỈNH', [[E, 'Trưng bày', '30/9/2023', 40, 'Đang thực hiện']])),
    ];
    expect(checkDepartment(files, { asOf: JUNE, department }).issues.map(where)).toEqual([
      'count-mismatch@van-phong.xlsx!!:VP',
      'count-mismatch@don-vi-khac.xlsx!!:BT',
    ]);
  });

  test('a repeat across two files is said even where its cell has another issue (a title pasted in TCVN3)', () => {
    // "Tổ chức Lễ hội Dừa" as the .VnTime font stores it, in the title cell only.
    const tcvn3 = sheet(
      'Đầu việc',
      [
        ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
        [''],
        ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
        HEADER,
        [1, 'Tæ chøc LÔ héi Dõa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 50, 'Đang thực hiện'],
      ],
      {
        fonts: { B5: '.VnTime' },
      },
    );
    const files = [
      read(book('van-phong.xlsx', '', [['Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 50, 'Đang thực hiện']])),
      read({ file: 'van-phong-2.xlsx', sheets: [tcvn3] }),
    ];
    expect(
      checkDepartment(files, { asOf: JUNE, department })
        .issues.map(where)
        .filter((i) => !i.startsWith('count')),
    ).toEqual([
      'legacy-encoding@van-phong-2.xlsx!Đầu việc!B5:VP',
      'duplicate-commitment@van-phong-2.xlsx!Đầu việc!B5:VP',
    ]);
  });

  test('a workbook no unit claims is said once it holds commitments; a file that could not be read is not', () => {
    const files = [
      read(letter('cong-van.xlsx')),
      unreadableFile('bieu-mau.xls', { rule: 'unsupported-format', params: { format: '.xls' } }),
    ];
    expect(checkDepartment(files, { asOf: JUNE, department }).issues.map((i) => i.rule)).toEqual([
      'no-table',
      'unsupported-format',
    ]);
  });

  test('the same title in two workbooks of the same name and no unit is a duplicate; in two different files it is not', () => {
    const twice = [
      read(book('khong-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
      read(book('khong-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
    ];
    expect(checkDepartment(twice, { asOf: JUNE, department }).issues.map(where)).toEqual([
      'unknown-unit@khong-ro.xlsx!!:',
      'unknown-unit@khong-ro.xlsx!!:',
      'duplicate-commitment@khong-ro.xlsx!Đầu việc!B5:',
    ]);
    const apart = [
      read(book('khong-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
      read(book('chua-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
    ];
    expect(checkDepartment(apart, { asOf: JUNE, department }).issues.map((i) => i.rule)).toEqual([
      'unknown-unit',
      'unknown-unit',
    ]);
    // Two units may each have the task: no duplicate.
    const units = [
      read(book('van-phong.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
      read(book('bt.xlsx', 'BẢO TÀNG TỈNH', [[F, 'Phiếu', '30/9/2023', 0, null]])),
    ];
    expect(
      checkDepartment(units, { asOf: JUNE, department }).issues.filter((i) => i.rule === 'duplicate-commitment'),
    ).toEqual([]);
  });

  test('a duplicate within one workbook is said once, by the workbook', () => {
    const rows: Row[] = [
      [A, 'Hội nghị', '30/6/2023', 50, null],
      [A, 'Hội nghị', '30/6/2023', 50, null],
    ];
    const files = [
      read(book('van-phong.xlsx', '', rows)),
      read(book('van-phong-2.xlsx', '', [[C, 'Danh bạ', '30/9/2023', 10, null]])),
    ];
    const issues = checkDepartment(files, { asOf: JUNE, department }).issues.map(where);
    expect(issues.filter((i) => i.startsWith('duplicate'))).toEqual([
      'duplicate-commitment@van-phong.xlsx!Đầu việc!B6:VP',
    ]);
  });

  test("last month's summary, with files checked one by one: the completions it proves, and what changed", () => {
    const previous = maySummary();
    const workbooks = deepFreeze(juneWorkbooks());
    const checked = checkDepartment(workbooks, { asOf: JUNE, department, previous });
    const kiemKe = checked.commitments.find((c) => c.title === D)!;
    expect(kiemKe.status).toBe('done_on_time');
    expect(workbooks[2].commitments[0].status).toBe('done_late');
    expect(checked.issues.some((i) => i.rule === 'missing-completion-date')).toBe(false);
    expect(checked.changes.map((c) => [c.kind, c.title])).toContainEqual(['gone', G]);
    expect(checked.report.changes).toEqual(checked.changes);
    expect(checked.state).toBeNull();
  });

  test("without a department file: each workbook's own issues only, no unit, no ranking", () => {
    const files = [
      checkWorkbook(book('khong-ro.xlsx', '', [[F, 'Phiếu', 'Sau Tết', 0, 'Chưa thực hiện']]), { asOf: JUNE }),
    ];
    const alone = checkDepartment(files, { asOf: JUNE, department: null });
    expect(alone.issues.map(where)).toEqual(['bad-deadline@khong-ro.xlsx!Đầu việc!D5:']);
    expect(alone.files.map((f) => [f.file, f.state, f.unit])).toEqual([['khong-ro.xlsx', 'merged', null]]);
    expect([alone.report.department, alone.report.provincialTasks, alone.emulation]).toEqual([null, [], []]);
    expect(alone.totals.registered).toBeNull();
  });
});

describe('checkDepartment: a whole month', () => {
  const june = () => {
    const previous = maySummary();
    const workbooks = deepFreeze(juneWorkbooks());
    const files: (FileResult | WorkbookCheck)[] = [
      ...workbooks,
      unreadableFile('thang-6/ke-hoach-2023.xls', { rule: 'unsupported-format', params: { format: '.xls' } }),
      skippedFile('~$van-phong.xlsx', 'tệp khóa tạm'),
    ];
    return { previous, workbooks, month: checkDepartment(files, { asOf: JUNE, department, previous, whole: true }) };
  };

  test('a file that could not be read is put under the unit its name says, and so is its issue', () => {
    const { month } = june();
    expect(month.files.map((f) => [f.file, f.state, f.unit, f.commitments])).toEqual([
      ['van-phong.xlsx', 'merged', 'VP', 2],
      ['van-phong-bo-sung.xlsx', 'merged', 'VP', 2],
      ['don-vi-khac.xlsx', 'merged', 'BT', 2],
      ['khong-ro.xlsx', 'merged', null, 1],
      ['thang-6/ke-hoach-2023.xls', 'failed', 'KHTC', 0],
      ['~$van-phong.xlsx', 'skipped', null, 0],
    ]);
    expect(month.issues.filter((i) => i.rule === 'unsupported-format').map(where)).toEqual([
      'unsupported-format@thang-6/ke-hoach-2023.xls!!:KHTC',
    ]);
    expect(month.report.files).toEqual(month.files);
  });

  test("by the file's own name, in a folder of either kind of slash; a name no unit has stays without", () => {
    const files = [
      unreadableFile('thang 6\\Thư viện tỉnh.xlsx', { rule: 'encrypted-file', params: {} }),
      unreadableFile('ke-hoach/bao-cao.xls', { rule: 'unsupported-format', params: { format: '.xls' } }),
      checkedFile(read(letter('thang-6/ke-hoach-tai-chinh.xlsx'))),
    ];
    const month = checkDepartment(files, { asOf: JUNE, department, whole: true });
    expect(month.files.map((f) => f.unit)).toEqual(['TV', null, 'KHTC']);
    expect(
      month.issues.filter((i) => !i.rule.startsWith('missing-unit') && i.rule !== 'count-mismatch').map(where),
    ).toEqual([
      'encrypted-file@thang 6\\Thư viện tỉnh.xlsx!!:TV',
      'unsupported-format@ke-hoach/bao-cao.xls!!:',
      'no-table@thang-6/ke-hoach-tai-chinh.xlsx!!:KHTC',
    ]);
    // Files checked one by one stay as given.
    expect(checkDepartment(files, { asOf: JUNE, department }).files.map((f) => f.unit)).toEqual([null, null, null]);
  });

  test('a file passed over stays without a unit, even named after one', () => {
    const files = [
      skippedFile('ke-hoach-thuyet-minh.docx', 'không phải bảng tính'),
      unreadableFile('ke-hoach-2023.xls', { rule: 'unsupported-format', params: { format: '.xls' } }),
    ];
    expect(checkDepartment(files, { asOf: JUNE, department, whole: true }).files.map((f) => [f.file, f.unit])).toEqual([
      ['ke-hoach-thuyet-minh.docx', null],
      ['ke-hoach-2023.xls', 'KHTC'],
    ]);
  });

  test('ids unique across the files, in file order; the workbooks read keep theirs', () => {
    const { month, workbooks } = june();
    const [first, second] = month.commitments.filter((c) => c.title === A);
    expect(first.id).toBe(workbooks[0].commitments[0].id);
    expect(second.id).toBe(`${first.id}-2`);
    expect(workbooks[1].commitments[0].id).toBe(first.id);
    expect(new Set(month.commitments.map((c) => c.id)).size).toBe(month.commitments.length);
    // A commitment whose id did not change is the workbook's own record.
    expect(month.commitments[0]).toBe(workbooks[0].commitments[0]);
    expect(month.commitments.find((c) => c.title === E)).toBe(workbooks[2].commitments[1]);
    expect(month.state.commitments.map((c) => c.id)).toEqual(month.commitments.map((c) => c.id));
  });

  test("the issues: each file's, the duplicate across two files, the count and coverage checks", () => {
    const { month } = june();
    expect(month.issues.map(where)).toEqual([
      'unknown-unit@khong-ro.xlsx!!:',
      'unsupported-format@thang-6/ke-hoach-2023.xls!!:KHTC',
      'duplicate-commitment@van-phong-bo-sung.xlsx!Đầu việc!B5:VP',
      'count-mismatch@van-phong.xlsx!!:VP',
      'count-mismatch@!!:',
      'count-mismatch@!!:',
      'missing-unit@thang-6/ke-hoach-2023.xls!!:KHTC',
      'missing-unit@!!:TV',
      'unit-several-files@van-phong.xlsx!!:VP',
    ]);
    expect(month.issues.filter((i) => i.rule === 'count-mismatch').map((i) => i.params)).toEqual([
      { name: 'Văn phòng Sở', registered: 3, found: 4 },
      { name: 'Khối quản lý nhà nước', registered: 5, found: 4 },
      { name: 'Khối đơn vị sự nghiệp', registered: 4, found: 2 },
    ]);
    expect(month.issues.find((i) => i.unit === 'KHTC' && i.rule === 'missing-unit')!.params).toEqual({
      name: 'Phòng Kế hoạch - Tài chính',
      failedFiles: 'thang-6/ke-hoach-2023.xls',
    });
    expect(month.issues.find((i) => i.rule === 'unit-several-files')!.params).toMatchObject({
      count: 2,
      files: 'van-phong.xlsx, van-phong-bo-sung.xlsx',
    });
    expect(month.report.issues.map(where).sort()).toEqual(month.issues.map(where).sort());
  });

  test("a unit's count issue points at its first merged file, not at one that could not be read", () => {
    const files = [
      checkedFile(read(letter('van-phong-cu.xlsx'))),
      read(book('van-phong.xlsx', '', [[A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện']])),
    ];
    const month = checkDepartment(files, { asOf: JUNE, department, whole: true });
    expect(month.issues.filter((i) => i.unit === 'VP').map(where)).toEqual([
      'no-table@van-phong-cu.xlsx!!:VP',
      'count-mismatch@van-phong.xlsx!!:VP',
    ]);
    // The unit sent a workbook: it is not missing, and one merged file is not several.
    expect(month.issues.map((i) => i.rule)).not.toContain('unit-several-files');
    expect(month.issues.filter((i) => i.rule === 'missing-unit').map((i) => i.unit)).toEqual(['KHTC', 'BT', 'TV']);
  });

  test('a unit that sent only files that could not be read is missing, the file named; its count of none is not an issue', () => {
    const month = checkDepartment([unreadableFile('van-phong.xlsx', { rule: 'encrypted-file', params: {} })], {
      asOf: JUNE,
      department,
      whole: true,
    });
    expect(month.issues.filter((i) => i.unit === 'VP').map(where)).toEqual([
      'encrypted-file@van-phong.xlsx!!:VP',
      'missing-unit@van-phong.xlsx!!:VP',
    ]);
    expect(month.totals.byUnit.VP.found).toBe(0);
  });

  test("two workbooks of the same name and no unit: the second's repeat gets the next id, and is a duplicate", () => {
    const twice = [
      read(book('khong-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
      read(book('khong-ro.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
    ];
    const month = checkDepartment(twice, { asOf: JUNE, department, whole: true });
    expect(month.commitments.map((c) => c.id)).toEqual([twice[0].commitments[0].id, `${twice[0].commitments[0].id}-2`]);
    expect(month.issues.filter((i) => i.rule === 'duplicate-commitment').map(where)).toEqual([
      'duplicate-commitment@khong-ro.xlsx!Đầu việc!B5:',
    ]);
    // One workbook per unit: the ids are the workbooks' own.
    const one = [
      read(book('van-phong.xlsx', '', [[F, 'Phiếu', '30/9/2023', 0, null]])),
      read(book('bt.xlsx', 'BẢO TÀNG TỈNH', [[F, 'Phiếu', '30/9/2023', 0, null]])),
    ];
    expect(checkDepartment(one, { asOf: JUNE, department, whole: true }).commitments).toEqual([
      one[0].commitments[0],
      one[1].commitments[0],
    ]);
  });

  test("May's summary proves the Bảo tàng's task done on time: credited, and no completion date asked", () => {
    const { month, workbooks } = june();
    expect(workbooks[2].commitments[0].status).toBe('done_late');
    expect(month.commitments.find((c) => c.title === D)!.status).toBe('done_on_time');
    expect(month.issues.some((i) => i.rule === 'missing-completion-date')).toBe(false);
    expect(month.totals.byStatus.done_late).toBe(0);
  });

  test('the totals, the ranking and the report are of the month', () => {
    const { month } = june();
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
    expect(month.report.totals).toBe(month.totals);
    expect(month.report.department).toBe(department.name);
    expect(month.report.commitments).toEqual(month.commitments);
    expect(month.emulation.map((r) => r.unit).sort()).toEqual(['BT', 'KHTC', 'TV', 'VP']);
  });

  test("the history: May's rows carried, then June's; the state carried to next month", () => {
    const { month } = june();
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
    expect(month.state).toMatchObject({ version: 1, asOf: JUNE, department: department.name });
    expect(month.state.history).toEqual(month.history);
    expect(month.report.history).toEqual(month.history);
  });

  test('the changes since May, and the first deadline kept beside the one in force', () => {
    const { month, workbooks } = june();
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
    const b = month.commitments.find((c) => c.title === B)!;
    expect(b.originalDeadline).toBe('2023-09-30');
    expect(month.report.commitments.find((c) => c.title === B)!.originalDeadline).toBe('2023-09-30');
    expect(workbooks[0].commitments[1].originalDeadline).toBeNull();
    expect(month.report.changes).toEqual(month.changes);
  });

  test('the first month: no summary before it, every commitment new to the state, no changes', () => {
    const files = [read(book('van-phong.xlsx', '', [[A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện']]))];
    const month = checkDepartment(files, { asOf: JUNE, department, whole: true });
    expect(month.history.map((r) => r.month)).toEqual([
      '2023-06',
      '2023-06',
      '2023-06',
      '2023-06',
      '2023-06',
      '2023-06',
      '2023-06',
    ]);
    expect(month.state.commitments.map((c) => [c.title, c.originalDeadline])).toEqual([[A, '2023-06-30']]);
    expect(month.changes).toEqual([]);
    expect(month.report.changes).toBeUndefined();
    expect(month.report.history).toEqual(month.history);
  });

  test('"whole" without a department file is files checked one by one', () => {
    const files = [
      read(book('van-phong.xlsx', '', [[A, 'Hội nghị', '30/6/2023', 50, 'Đang thực hiện']])),
      unreadableFile('ke-hoach.xls', { rule: 'unsupported-format', params: { format: '.xls' } }),
    ];
    const month = checkDepartment(files, { asOf: JUNE, department: null, whole: true });
    expect([month.history, month.state, month.files[1].unit]).toEqual([[], null, null]);
  });
});
