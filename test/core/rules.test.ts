// Every rule of the catalogue (src/core/rules.ts) on a grid of its own: a small sheet that plants
// exactly that mistake, checked in Vietnamese and in English — exactly one issue, of that rule and
// severity, at its sheet and cell, whose message quotes what was written and says what to do, in each
// language. (The merge-wide rules have theirs in coverage.test.ts; the read failures theirs in
// test/node, see the last test.)
import { checkWorkbook, type CheckOptions } from '../../src/core/check';
import { departmentSchema } from '../../src/core/department';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import type { Issue, Lang } from '../../src/core/model';
import { countIssues, rollUp } from '../../src/core/rollup';
import { RULES, translateIssue } from '../../src/core/rules';
import { checkDepartment } from '../../src/core/department-check';
import { sheet } from '../helpers/grid';

const asOf = '2023-06-30';
const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023'], []];
/** Row 4; the rows below it start at row 5. */
const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Chỉ tiêu',
  'Thời hạn',
  'Người chịu trách nhiệm',
  'Tiến độ (%)',
  'Tình trạng',
];
const ok = (n: number, title: string): CellValue[] => [
  n,
  title,
  'Báo cáo',
  '30/9/2023',
  'Lê Văn C',
  50,
  'Đang thực hiện',
];
const list = (rows: CellValue[][], header: CellValue[] = HEADER, name = 'Đầu việc') =>
  sheet(name, [...TITLE, header, ...rows]);

const department = departmentSchema.parse({
  name: 'Sở Văn hóa, Thể thao và Du lịch',
  year: 2023,
  blocks: [{ code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 3 }],
  units: [{ code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3, files: ['van-phong*.xlsx'] }],
  provincialTasks: [{ code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa' }],
});

interface Want {
  rule: keyof typeof RULES;
  sheet: string | null;
  cell: string | null;
  /** What the message says in each language: the value as written and the advice. */
  vi: string[];
  en: string[];
}

/** Check in both languages; exactly the one issue wanted, each message saying what it must. */
function expectOnly(issuesIn: (lang: Lang) => Issue[], want: Want): void {
  const found: Record<Lang, Issue[]> = { vi: issuesIn('vi'), en: issuesIn('en') };
  for (const lang of ['vi', 'en'] as const) {
    const issues = found[lang];
    expect(issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([
      [want.rule, RULES[want.rule].severity, want.sheet, want.cell],
    ]);
    expect({ lang, missing: want[lang].filter((s) => !issues[0].message.includes(s)) }).toEqual({ lang, missing: [] });
  }
  // The message kept for one language renders the other from the same values.
  expect(translateIssue(found.vi[0], 'en').message).toBe(found.en[0].message);
  expect(translateIssue(found.en[0], 'vi').message).toBe(found.vi[0].message);
}

const checked =
  (sheets: SheetGrid[], options: Partial<CheckOptions> = {}, file = 'don-vi.xlsx') =>
  (lang: Lang) =>
    checkWorkbook({ file, sheets }, { asOf, ...options, lang }).issues;

const TESTED_HERE = new Set<string>();
const ruleTest = (rule: keyof typeof RULES, name: string, fn: () => void) => {
  TESTED_HERE.add(rule);
  test(`${rule}: ${name}`, fn);
};

describe('one rule, one grid', () => {
  ruleTest('bad-deadline', 'a deadline nobody can read, at its cell', () => {
    expectOnly(checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', 'Sau Tết', 'Lê Văn C', 50, 'Đang thực hiện']])]), {
      rule: 'bad-deadline',
      sheet: 'Đầu việc',
      cell: 'D5',
      vi: ['Không đọc được thời hạn "Sau Tết"', 'Hãy ghi một ngày (30/6/2023)', '"Thường xuyên"'],
      en: ['The deadline "Sau Tết" cannot be read', 'Write a day (30/6/2023)', '"Thường xuyên"'],
    });
  });

  ruleTest('missing-deadline', 'an empty deadline cell, named by the commitment', () => {
    expectOnly(checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', null, 'Lê Văn C', 50, 'Đang thực hiện']])]), {
      rule: 'missing-deadline',
      sheet: 'Đầu việc',
      cell: 'D5',
      vi: ['Đầu việc "Tổ chức Lễ hội Dừa" chưa có thời hạn', 'Hãy ghi thời hạn hoàn thành, hoặc "Thường xuyên"'],
      en: ['The commitment "Tổ chức Lễ hội Dừa" has no deadline', 'Write its deadline, or "Thường xuyên"'],
    });
  });

  describe('bad-date: a date nobody can read, in the column it is in', () => {
    ruleTest('bad-date', 'a completion date typed with a digit too many', () => {
      const header = [...HEADER, 'Ngày hoàn thành'];
      expectOnly(
        checked([
          list(
            [[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/6/2023', 'Lê Văn C', 100, 'Đã hoàn thành', '28/6/20233']],
            header,
          ),
        ]),
        {
          rule: 'bad-date',
          sheet: 'Đầu việc',
          cell: 'H5',
          vi: [
            'Không đọc được ngày "28/6/20233" ở cột Ngày hoàn thành',
            'Hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/6/2023',
          ],
          en: [
            'The date "28/6/20233" in the Completion date column cannot be read',
            'Write it day/month/year, e.g. 15/6/2023',
          ],
        },
      );
    });

    ruleTest('bad-date', 'an extended deadline that is no date', () => {
      const header = [...HEADER, 'Thời hạn điều chỉnh'];
      expectOnly(
        checked([
          list(
            [
              [
                1,
                'Tổ chức Lễ hội Dừa',
                'Lễ hội',
                '30/9/2023',
                'Lê Văn C',
                50,
                'Đang thực hiện',
                'Chờ ý kiến UBND tỉnh',
              ],
            ],
            header,
          ),
        ]),
        {
          rule: 'bad-date',
          sheet: 'Đầu việc',
          cell: 'H5',
          vi: ['Không đọc được ngày "Chờ ý kiến UBND tỉnh" ở cột Thời hạn điều chỉnh / gia hạn', 'ngày/tháng/năm'],
          en: ['The date "Chờ ý kiến UBND tỉnh" in the Extended deadline column cannot be read', 'day/month/year'],
        },
      );
    });

    ruleTest('bad-date', 'a start day that does not exist', () => {
      const header = [...HEADER, 'Ngày bắt đầu'];
      expectOnly(
        checked([
          list(
            [[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 50, 'Đang thực hiện', '32/1/2023']],
            header,
          ),
        ]),
        {
          rule: 'bad-date',
          sheet: 'Đầu việc',
          cell: 'H5',
          vi: ['Không đọc được ngày "32/1/2023" ở cột Bắt đầu', 'ngày/tháng/năm'],
          en: ['The date "32/1/2023" in the Start column cannot be read', 'day/month/year'],
        },
      );
    });
  });

  describe('bad-progress', () => {
    ruleTest('bad-progress', 'a progress over 100', () => {
      expectOnly(
        checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 120, 'Đang thực hiện']])]),
        {
          rule: 'bad-progress',
          sheet: 'Đầu việc',
          cell: 'F5',
          vi: ['Tiến độ "120" không hợp lệ', 'phải là một số từ 0 đến 100', 'ví dụ 75 hoặc 75%'],
          en: ['The progress "120" is not valid', 'a number from 0 to 100', 'e.g. 75 or 75%'],
        },
      );
    });

    ruleTest('bad-progress', 'a progress in words', () => {
      expectOnly(
        checked([
          list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 'khoảng một nửa', 'Đang thực hiện']]),
        ]),
        {
          rule: 'bad-progress',
          sheet: 'Đầu việc',
          cell: 'F5',
          vi: ['Tiến độ "khoảng một nửa" không hợp lệ', 'Hãy sửa lại'],
          en: ['The progress "khoảng một nửa" is not valid', 'Correct it'],
        },
      );
    });
  });

  ruleTest('missing-title', 'a row with figures and no title, at its title cell', () => {
    expectOnly(
      checked([
        list([ok(1, 'Tổ chức Lễ hội Dừa'), [2, null, 'Báo cáo', '30/9/2023', 'Lê Văn C', 50, 'Đang thực hiện']]),
      ]),
      {
        rule: 'missing-title',
        sheet: 'Đầu việc',
        cell: 'B6',
        vi: ['Dòng này có số liệu nhưng không có nội dung đầu việc', 'Hãy ghi nội dung, hoặc xóa dòng'],
        en: ['This row has data but no commitment title', 'Write the title, or delete the row'],
      },
    );
  });

  ruleTest('status-progress-mismatch', 'done at 60 %, at the status cell', () => {
    expectOnly(checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 60, 'Đã hoàn thành']])]), {
      rule: 'status-progress-mismatch',
      sheet: 'Đầu việc',
      cell: 'G5',
      vi: ['Tình trạng ghi "Đã hoàn thành" nhưng tiến độ là 60%', 'hãy sửa cho khớp'],
      en: ['The status says "Đã hoàn thành" but the progress is 60%', 'make them agree'],
    });
  });

  ruleTest('unknown-status', 'a status text that names no status', () => {
    expectOnly(
      checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 50, 'Chờ bố trí kinh phí']])]),
      {
        rule: 'unknown-status',
        sheet: 'Đầu việc',
        cell: 'G5',
        vi: [
          'Tình trạng "Chờ bố trí kinh phí" không thuộc các mức',
          'Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện',
          'hãy chọn một trong các mức trên',
        ],
        en: [
          'The status "Chờ bố trí kinh phí" is none of',
          'Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện',
          'pick one of these words',
        ],
      },
    );
  });

  ruleTest('unknown-provincial-task', "a code not in the department's list; none without the list", () => {
    const sheets = [
      list(
        [[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 50, 'Đang thực hiện', 'ubt-099']],
        [...HEADER, 'Mã NV tỉnh'],
      ),
    ];
    expectOnly(checked(sheets, { department }), {
      rule: 'unknown-provincial-task',
      sheet: 'Đầu việc',
      cell: 'H5',
      vi: ['Mã nhiệm vụ UBND tỉnh giao "UBT-099" không có trong danh mục của Sở', 'Hãy kiểm tra lại mã'],
      en: ['The provincial task code "UBT-099" is not in the department\'s list', 'Check the code'],
    });
    expect(checked(sheets, { department: null })('vi')).toEqual([]);
  });

  ruleTest('duplicate-commitment', 'the same title and owner twice: the later row, naming the first', () => {
    expectOnly(checked([list([ok(1, 'Tổ chức Lễ hội Dừa'), ok(2, 'Kiểm kê di tích'), ok(3, 'Tổ chức lễ hội dừa')])]), {
      rule: 'duplicate-commitment',
      sheet: 'Đầu việc',
      cell: 'B7',
      vi: ['Đầu việc "Tổ chức lễ hội dừa" trùng với dòng 5 (sheet Đầu việc)', 'Hãy xóa dòng trùng'],
      en: ['The commitment "Tổ chức lễ hội dừa" repeats row 5 (sheet Đầu việc)', 'Delete the repeat'],
    });
  });

  ruleTest('legacy-encoding', 'TCVN3 text in a .VnTime font, at the first such cell, read as Unicode', () => {
    // "Sở Văn hóa, Thể thao và Du lịch" and "Tổ chức Lễ hội Dừa" as the .VnTime font stores them.
    const s = sheet(
      'Đầu việc',
      [
        ['Së V¨n hãa, ThÓ thao vµ Du lÞch'],
        ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
        [],
        HEADER,
        [1, 'Tæ chøc LÔ héi Dõa', 'Lễ hội', '30/9/2023', 'Lê Văn C', 50, 'Đang thực hiện'],
      ],
      {
        fonts: { A1: '.VnTime', B5: '.VnTime' },
      },
    );
    expectOnly(checked([s]), {
      rule: 'legacy-encoding',
      sheet: 'Đầu việc',
      cell: 'A1',
      vi: ['Sheet dùng bảng mã cũ TCVN3 (2 ô)', 'Nên chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã)'],
      en: ['The sheet uses the legacy TCVN3 encoding (2 cells)', 'Convert the file to Unicode'],
    });
    expect(checkWorkbook({ file: 'don-vi.xlsx', sheets: [s] }, { asOf }).commitments.map((c) => c.title)).toEqual([
      'Tổ chức Lễ hội Dừa',
    ]);
  });

  ruleTest('no-table', 'a workbook with no commitments table: the whole file', () => {
    expectOnly(
      checked([sheet('Danh sách', [['Danh sách cán bộ'], ['Họ tên', 'Chức vụ'], ['Lê Văn C', 'Chánh Văn phòng']])]),
      {
        rule: 'no-table',
        sheet: null,
        cell: null,
        vi: ['Không tìm thấy bảng đầu việc trong tệp', 'cần một dòng tiêu đề có cột nội dung đầu việc'],
        en: ['No commitments table was found', 'it needs a header row with a title column'],
      },
    );
  });

  ruleTest('missing-deadline-column', 'a table with no deadline column, at its header', () => {
    const header = ['STT', 'Nội dung đầu việc', 'Người chịu trách nhiệm', 'Tiến độ (%)'];
    expectOnly(checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lê Văn C', 50]], header)]), {
      rule: 'missing-deadline-column',
      sheet: 'Đầu việc',
      cell: 'A4',
      vi: ['Bảng không có cột thời hạn', 'Hãy thêm cột này hoặc chỉ định cột'],
      en: ['The table has no deadline column', 'Add one, or choose the column'],
    });
  });

  ruleTest('other-year-sheet', "last year's list beside this year's is passed over", () => {
    const year = (y: number) =>
      sheet(`Năm ${y}`, [
        ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
        [`ĐẦU VIỆC TRỌNG TÂM NĂM ${y}`],
        [],
        HEADER,
        ok(1, `Việc năm ${y}`),
      ]);
    expectOnly(checked([year(2022), year(2023)]), {
      rule: 'other-year-sheet',
      sheet: 'Năm 2022',
      cell: null,
      vi: ['Sheet "Năm 2022" là danh mục năm 2022, không phải năm 2023', 'hãy sửa tên sheet hoặc dòng tiêu đề'],
      en: ['Sheet "Năm 2022" is the list for 2022, not for 2023', 'correct the sheet name or its title'],
    });
  });

  ruleTest('mirror-sheet', 'a sheet whose table only repeats another by formulas is not read twice', () => {
    const source = list([ok(1, 'Tổ chức Lễ hội Dừa'), ok(2, 'Kiểm kê di tích')], HEADER, 'Năm 2023');
    const values: CellValue[][] = [['TỔNG HỢP'], [], [], HEADER, ok(1, 'Tổ chức Lễ hội Dừa'), ok(2, 'Kiểm kê di tích')];
    const formulas: Record<string, string> = {};
    for (const r of [5, 6]) for (const c of 'ABCDEFG') formulas[`${c}${r}`] = `'Năm 2023'!${c}${r}`;
    expectOnly(checked([source, sheet('Tổng hợp', values, { formulas })]), {
      rule: 'mirror-sheet',
      sheet: 'Tổng hợp',
      cell: null,
      vi: ['Bảng ở sheet "Tổng hợp" chỉ lấy lại số liệu của sheet "Năm 2023" bằng công thức', 'để không đếm trùng'],
      en: ['The table on sheet "Tổng hợp" only repeats sheet "Năm 2023" by formulas', 'no double counting'],
    });
  });

  ruleTest(
    'missing-completion-date',
    'done, no completion date, deadline past: counted late, and the date asked for',
    () => {
      expectOnly(
        checked([list([[1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '31/5/2023', 'Lê Văn C', 100, 'Đã hoàn thành']])]),
        {
          rule: 'missing-completion-date',
          sheet: 'Đầu việc',
          cell: 'G5',
          vi: ['thời hạn 31/05/2023 đã qua, nên được tính là hoàn thành trễ hạn', 'hãy ghi ngày hoàn thành'],
          en: ['its deadline 31/05/2023 has passed, so it counts as done late', 'write the completion date'],
        },
      );
    },
  );

  ruleTest('formula-not-calculated', 'a formula saved without its result, at its cell', () => {
    const s = sheet(
      'Đầu việc',
      [...TITLE, HEADER, [1, 'Tổ chức Lễ hội Dừa', 'Lễ hội', '30/9/2023', 'Lê Văn C', null, 'Đang thực hiện']],
      {
        formulas: { F5: 'H5/I5*100' },
      },
    );
    expectOnly(checked([s]), {
      rule: 'formula-not-calculated',
      sheet: 'Đầu việc',
      cell: 'F5',
      vi: [
        'Ô có công thức (=H5/I5*100) nhưng tệp không lưu kết quả',
        'Hãy mở tệp bằng Excel (bật tính toán tự động) và lưu lại',
      ],
      en: [
        'The cell holds a formula (=H5/I5*100) but the file saved no result',
        'Open the file in Excel (with automatic calculation on), save it',
      ],
    });
  });

  ruleTest('unknown-unit', 'a workbook no unit of the department file claims', () => {
    const sheets = [list([ok(1, 'Tổ chức Lễ hội Dừa')])];
    expectOnly(
      (lang) =>
        checkDepartment([checkWorkbook({ file: 'khong-ro.xlsx', sheets }, { asOf, department, lang })], {
          asOf,
          department,
          lang,
        }).issues,
      {
        rule: 'unknown-unit',
        sheet: null,
        cell: null,
        vi: [
          'Không xác định được tệp này của đơn vị nào',
          'Hãy đặt tên tệp theo mẫu trong tệp cấu hình (files) hoặc ghi tên đơn vị ở phần tiêu đề',
        ],
        en: ['This file cannot be matched to a unit', 'Name it after a pattern in the department file (files)'],
      },
    );
  });

  ruleTest('count-mismatch', "a unit's found count against its registered count, on the unit's file", () => {
    const sheets = [list([ok(1, 'Tổ chức Lễ hội Dừa'), ok(2, 'Kiểm kê di tích')])];
    const check = checkWorkbook({ file: 'van-phong-2023.xlsx', sheets }, { asOf, department });
    const totals = rollUp(check.commitments, asOf, department);
    const issues = (lang: Lang) => countIssues(totals, department, () => 'van-phong-2023.xlsx', lang);
    expectOnly(issues, {
      rule: 'count-mismatch',
      sheet: null,
      cell: null,
      vi: ['Văn phòng Sở đăng ký 3 đầu việc nhưng tìm thấy 2', 'Hãy kiểm tra đầu việc bị thiếu hoặc thừa'],
      en: ['Văn phòng Sở registered 3 commitments but 2 were found', 'Check for missing or extra ones'],
    });
    expect(issues('vi')[0]).toMatchObject({ file: 'van-phong-2023.xlsx', unit: 'VP' });
  });
});

test('every rule of the catalogue has a test of its own', () => {
  const elsewhere = {
    // test/core/coverage.test.ts: issues of a whole merge, made from its files and totals.
    'missing-unit': 'coverage.test.ts',
    'unit-several-files': 'coverage.test.ts',
    // test/core/forms.test.ts: the commitment forms put a commitment with no owner in its unit's form.
    'no-owner': 'forms.test.ts',
    // test/node: a file the Node adapter could not open.
    'unreadable-file': 'test/node/read-workbook.test.ts',
    'encrypted-file': 'test/node/read-workbook.test.ts',
    'unsupported-format': 'test/node/read-workbook.test.ts',
  };
  expect(Object.keys(RULES).filter((r) => !TESTED_HERE.has(r) && !(r in elsewhere))).toEqual([]);
});
