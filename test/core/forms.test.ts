// The commitment forms' content, without Word: commitments grouped by their owner, the position read
// above the table, the Director found, the file names, and each form's parts.
import type { Department } from '../../src/core/department';
import { type TableBlock, documentText } from '../../src/core/document';
import {
  buildCommitmentForm,
  deadlineShown,
  groupByPerson,
  nameSlug,
  ownerPosition,
  unownedIssues,
} from '../../src/core/forms';
import type { Commitment } from '../../src/core/model';

const department: Department = {
  name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
  year: 2023,
  blocks: [
    { code: 'BGD', name: 'Ban Giám đốc Sở' },
    { code: 'QLNN', name: 'Khối quản lý nhà nước' },
  ],
  units: [
    { code: 'BGD-SO', name: 'Ban Giám đốc Sở', block: 'BGD' },
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN' },
    { code: 'QLDL', name: 'Phòng Quản lý Du lịch', block: 'QLNN' },
  ],
  provincialTasks: [],
  letterhead: {
    parent: 'UBND TỈNH BẾN TRE',
    agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    place: 'Bến Tre',
    signer: { title: 'GIÁM ĐỐC', name: 'Phan Văn Thạnh' },
  },
};

let row = 0;
function c(unit: string | null, owner: string | null, title: string, more: Partial<Commitment> = {}): Commitment {
  row++;
  return {
    id: `${unit}:${row}`,
    unit,
    block: null,
    field: null,
    code: null,
    title,
    target: `Chỉ tiêu ${row}`,
    owner,
    start: null,
    deadline: '2023-06-30',
    deadlineText: 'Quý II/2023',
    originalDeadline: null,
    extendedDeadline: null,
    recurring: false,
    completedOn: null,
    progress: null,
    statusText: null,
    status: null,
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file: `${unit ?? 'khac'}.xlsx`, sheet: owner ?? 'Sheet1', row: row + 6, titleColumn: 'B' },
    ...more,
  };
}

describe('the position, as the workbook writes it', () => {
  test('after the name on the line that names the owner', () => {
    expect(
      ownerPosition(['SỞ VĂN HÓA', 'Người cam kết: Phan Văn Thạnh - Giám đốc Sở'], 'Phan Văn Thạnh', 'Phan Văn Thạnh'),
    ).toBe('Giám đốc Sở');
    expect(ownerPosition(['Người đăng ký: Lê Thị Mỹ Hạnh, Phó Giám đốc'], 'x', 'Lê Thị Mỹ Hạnh')).toBe('Phó Giám đốc');
    // The label in one cell, the name in the next (title lines join a row's cells with " | ").
    expect(ownerPosition(['Người đăng ký: | Lê Thị B (Trưởng phòng)'], 'x', 'Lê Thị B')).toBe('Trưởng phòng');
  });

  test('on a "Chức vụ:" line of the sheet, unless the sheet names someone else', () => {
    expect(
      ownerPosition(['Họ và tên: Huỳnh Minh Trí', 'Chức vụ: Phó Giám đốc Sở'], 'Huỳnh Minh Trí', 'Huỳnh Minh Trí'),
    ).toBe('Phó Giám đốc Sở');
    expect(ownerPosition(['Họ và tên: Trần Văn C', 'Chức vụ: Trưởng phòng'], 'Sheet1', 'Lê Thị D')).toBeNull();
  });

  test("from the title before the name in the sheet's name; else not written", () => {
    expect(ownerPosition([], 'PGĐ Lê Thị B', 'Lê Thị B')).toBe('Phó Giám đốc');
    expect(ownerPosition([], 'GĐ - Nguyễn Văn A', 'Nguyễn Văn A')).toBe('Giám đốc');
    expect(ownerPosition(['Lĩnh vực phụ trách: Du lịch'], 'Võ Thị Kim Loan', 'Võ Thị Kim Loan')).toBeNull();
  });
});

describe('the position: which lines and sheet names speak of the owner', () => {
  test("a position after a name that is not the owner's is not the owner's, nor is the sheet's \"Chức vụ:\" line", () => {
    expect(ownerPosition(['Người cam kết: Trần Văn C - Trưởng phòng'], 'Sheet1', 'Lê Thị D')).toBeNull();
    expect(
      ownerPosition(['Người cam kết: Trần Văn C - Trưởng phòng', 'Chức vụ: Trưởng phòng'], 'Sheet1', 'Lê Thị D'),
    ).toBeNull();
  });

  test('the name and the position written without a space after the comma or before the bracket', () => {
    expect(ownerPosition(['Người đăng ký: Lê Thị Mỹ Hạnh,Phó Giám đốc'], 'x', 'Lê Thị Mỹ Hạnh')).toBe('Phó Giám đốc');
    expect(ownerPosition(['Người đăng ký: | Lê Thị B(Trưởng phòng)'], 'x', 'Lê Thị B')).toBe('Trưởng phòng');
  });

  test('a label without its colon, the name or the position in the next cell', () => {
    expect(ownerPosition(['Người đăng ký | Lê Thị B - Trưởng phòng'], 'x', 'Lê Thị B')).toBe('Trưởng phòng');
    expect(ownerPosition(['Họ và tên | Huỳnh Minh Trí', 'Chức vụ | Phó Chánh Văn phòng'], 'x', 'Huỳnh Minh Trí')).toBe(
      'Phó Chánh Văn phòng',
    );
  });

  test('a "Người đăng ký:" left blank names no one else: the sheet\'s "Chức vụ:" line is the owner\'s', () => {
    expect(ownerPosition(['Người đăng ký:', 'Chức vụ: Trưởng phòng'], 'Lê Thị D', 'Lê Thị D')).toBe('Trưởng phòng');
  });

  test('a "Chức vụ:" left blank says nothing: the title in the sheet\'s name is taken', () => {
    expect(ownerPosition(['Họ và tên: Huỳnh Minh Trí', 'Chức vụ:'], 'PGĐ Huỳnh Minh Trí', 'Huỳnh Minh Trí')).toBe(
      'Phó Giám đốc',
    );
  });

  test("the title in the sheet's name only when the sheet names the owner; the name may follow without a space", () => {
    expect(ownerPosition([], 'PGĐ Lê Thị B', 'Nguyễn Văn A')).toBeNull();
    expect(ownerPosition([], 'PGĐ-Lê-Thị-B', 'Lê Thị B')).toBe('Phó Giám đốc');
    expect(ownerPosition([], 'GĐ.Nguyễn Văn A', 'Nguyễn Văn A')).toBe('Giám đốc');
  });
});

test('file names: no diacritics, đ as d, the words joined by "-"', () => {
  expect(nameSlug('Ban Giám đốc Sở')).toBe('Ban-Giam-doc-So');
  // A name with no letter or digit at all still gives a file name.
  expect(nameSlug('……')).toBe('khong-ten');
  expect(nameSlug('Phan Văn Thạnh')).toBe('Phan-Van-Thanh');
  expect(nameSlug('Đặng Thị Thu Thảo')).toBe('Dang-Thi-Thu-Thao');
  expect(nameSlug('  Phòng Kế hoạch - Tài chính ')).toBe('Phong-Ke-hoach-Tai-chinh');
  expect(nameSlug('Lê Thị B'.normalize('NFD'))).toBe('Le-Thi-B');
});

describe('grouping by person', () => {
  const list = [
    c('VP', 'Nguyễn Văn Lộc', 'Rà soát quy chế'),
    c('BGD-SO', 'Lê Thị B', 'Chỉ đạo du lịch'),
    c('VP', 'nguyen van loc', 'Sơ kết 6 tháng'),
    c('QLDL', null, 'Khảo sát tour'),
    c('BGD-SO', 'Phan Văn Thạnh', 'Chỉ đạo Lễ hội Dừa'),
    c('QLDL', '  ', 'Quảng bá du lịch'),
    c('VP', 'Nguyễn Văn Lóc', 'Lưu trữ'),
  ];
  // Grouped inside each test: what runs while the tests are collected is credited to none (docs/mutation.md).
  const grouped = () =>
    groupByPerson(list, { department, positionOf: (x) => (x.owner === 'Lê Thị B' ? 'Phó Giám đốc' : null) });

  test('one group per owner, names matched without case or diacritics; the Director first, then by unit', () => {
    const groups = grouped();
    expect(groups.map((g) => [g.kind, g.name, g.unit, g.commitments.map((x) => x.title)])).toEqual([
      ['person', 'Phan Văn Thạnh', 'BGD-SO', ['Chỉ đạo Lễ hội Dừa']],
      ['person', 'Lê Thị B', 'BGD-SO', ['Chỉ đạo du lịch']],
      ['person', 'Nguyễn Văn Lộc', 'VP', ['Rà soát quy chế', 'Sơ kết 6 tháng', 'Lưu trữ']],
      ['unit', 'Phòng Quản lý Du lịch', 'QLDL', ['Khảo sát tour', 'Quảng bá du lịch']],
    ]);
    expect(groups.map((g) => g.fileName)).toEqual([
      'cam-ket-Phan-Van-Thanh.docx',
      'cam-ket-Le-Thi-B.docx',
      'cam-ket-Nguyen-Van-Loc.docx',
      'cam-ket-Phong-Quan-ly-Du-lich.docx',
    ]);
    expect(groups.map((g) => g.director)).toEqual([true, false, false, false]);
    expect(groups[1]).toMatchObject({ position: 'Phó Giám đốc', unitName: 'Ban Giám đốc Sở' });
  });

  test('every commitment in exactly one group', () => {
    const groups = grouped();
    expect(groups.flatMap((g) => g.commitments).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...list].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  test('without a signer in the letterhead who owns commitments, the Director is the one whose position says so', () => {
    const bare = { ...department, letterhead: undefined };
    const g = groupByPerson(list, {
      department: bare,
      positionOf: (x) =>
        x.owner === 'Phan Văn Thạnh' ? 'Giám đốc Sở' : x.owner === 'Lê Thị B' ? 'Phó Giám đốc' : null,
    });
    expect(g.filter((x) => x.director).map((x) => x.name)).toEqual(['Phan Văn Thạnh']);
    // A signer who owns no commitment (a name still to be corrected): the position decides too.
    const other = { ...department, letterhead: { signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' } } };
    const h = groupByPerson(list, {
      department: other,
      positionOf: (x) => (x.owner === 'Phan Văn Thạnh' ? 'Giám đốc Sở' : null),
    });
    expect(h.filter((x) => x.director).map((x) => x.name)).toEqual(['Phan Văn Thạnh']);
  });

  test('names folded alike are one person; two groups whose names fold alike get numbered file names', () => {
    const g = groupByPerson([c('VP', 'Lê Văn An', 'a'), c('VP', 'LÊ VĂN ÂN', 'b'), c('VP', 'Lê Vân An', 'c')], {
      department,
    });
    // Folded alike they are one person, as the roll-up's byOwner counts them.
    expect(g.map((x) => x.fileName)).toEqual(['cam-ket-Le-Van-An.docx']);
    const h = groupByPerson(
      [
        c('VP', 'Lê Văn An', 'a'),
        c(null, null, 'b', { source: { file: 'Le Van An.xlsx', sheet: 'Sheet1', row: 3, titleColumn: 'B' } }),
      ],
      { department },
    );
    expect(h.map((x) => x.fileName)).toEqual(['cam-ket-Le-Van-An.docx', 'cam-ket-Le-Van-An-2.docx']);
  });
});

describe('grouping: the order of the forms and what each group is', () => {
  test('the Director first, then by the unit order of the department file (a unit it does not list, then no unit, last); commitments keep their order within a unit', () => {
    const list = [
      c(null, 'Trần Văn Khoa', 'Tổng hợp số liệu', {
        source: { file: 'Khác/Tran Van Khoa.xlsx', sheet: 'Sheet1', row: 4, titleColumn: 'B' },
      }),
      c('TTVH', 'Võ Thị Kim Loan', 'Tổ chức hội thi'),
      c('QLDL', 'Huỳnh Minh Trí', 'Khảo sát tour'),
      c('VP', 'Nguyễn Văn Lộc', 'Rà soát quy chế'),
      c('VP', 'Lê Thị B', 'Lưu trữ hồ sơ'),
      c('BGD-SO', 'Phan Văn Thạnh', 'Chỉ đạo Lễ hội Dừa'),
    ];
    const groups = groupByPerson(list, { department });
    expect(
      groups.map((g) => [g.kind, g.name, g.unit, g.unitName, g.director, g.commitments.map((x) => x.title)]),
    ).toEqual([
      ['person', 'Phan Văn Thạnh', 'BGD-SO', 'Ban Giám đốc Sở', true, ['Chỉ đạo Lễ hội Dừa']],
      ['person', 'Nguyễn Văn Lộc', 'VP', 'Văn phòng Sở', false, ['Rà soát quy chế']],
      ['person', 'Lê Thị B', 'VP', 'Văn phòng Sở', false, ['Lưu trữ hồ sơ']],
      ['person', 'Huỳnh Minh Trí', 'QLDL', 'Phòng Quản lý Du lịch', false, ['Khảo sát tour']],
      ['person', 'Võ Thị Kim Loan', 'TTVH', 'TTVH', false, ['Tổ chức hội thi']],
      ['person', 'Trần Văn Khoa', null, null, false, ['Tổng hợp số liệu']],
    ]);
  });

  test("commitments with no owner: one form per unit (all its files together), one per file of no unit named after the file, in the department file's order", () => {
    const file = (path: string) => ({ source: { file: path, sheet: 'Sheet1', row: 5, titleColumn: 'B' } });
    const list = [
      c(null, null, 'Tuyên truyền', file('Khác/Bao cao T6.2023.xlsx')),
      c('QLDL', null, 'Khảo sát tour', file('Khối QLNN/QLDL.xlsx')),
      c(null, null, 'Sơ kết', file('Khác/Phong Van hoa.xlsx')),
      c('VP', null, 'Rà soát quy chế', file('Khối QLNN/VP.xlsx')),
      c('QLDL', null, 'Quảng bá du lịch', file('Khối QLNN/QLDL (ban sua).xlsx')),
    ];
    const groups = groupByPerson(list, { department });
    expect(
      groups.map((g) => [
        g.kind,
        g.name,
        g.unit,
        g.unitName,
        g.position,
        g.director,
        g.commitments.map((x) => x.title),
        g.fileName,
      ]),
    ).toEqual([
      ['unit', 'Văn phòng Sở', 'VP', 'Văn phòng Sở', null, false, ['Rà soát quy chế'], 'cam-ket-Van-phong-So.docx'],
      [
        'unit',
        'Phòng Quản lý Du lịch',
        'QLDL',
        'Phòng Quản lý Du lịch',
        null,
        false,
        ['Khảo sát tour', 'Quảng bá du lịch'],
        'cam-ket-Phong-Quan-ly-Du-lich.docx',
      ],
      [
        'unit',
        'Bao cao T6.2023',
        null,
        'Bao cao T6.2023',
        null,
        false,
        ['Tuyên truyền'],
        'cam-ket-Bao-cao-T6-2023.docx',
      ],
      ['unit', 'Phong Van hoa', null, 'Phong Van hoa', null, false, ['Sơ kết'], 'cam-ket-Phong-Van-hoa.docx'],
    ]);
  });

  test('the position is the first one read for the person; without a signer in the letterhead, only "Giám đốc" or "Giám đốc Sở" makes the Director', () => {
    const noSigner = {
      ...department,
      letterhead: { parent: 'UBND TỈNH BẾN TRE', agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', place: 'Bến Tre' },
    };
    const positions: Record<string, string> = {
      'Phan Văn Thạnh': 'Giám đốc',
      'Võ Thị Kim Loan': 'Giám đốc Trung tâm Văn hóa',
      'Lê Thị B': 'Phó Giám đốc',
    };
    const list = [
      c('VP', 'Võ Thị Kim Loan', 'a'),
      c('VP', 'Lê Thị B', 'b'),
      c('VP', 'Phan Văn Thạnh', 'c'),
      c('VP', 'Phan Văn Thạnh', 'd'),
    ];
    const groups = groupByPerson(list, {
      department: noSigner,
      positionOf: (x) => (x.title === 'd' ? 'Chuyên viên' : (positions[x.owner!] ?? null)),
    });
    expect(groups.map((g) => [g.name, g.position, g.director])).toEqual([
      ['Phan Văn Thạnh', 'Giám đốc', true],
      ['Võ Thị Kim Loan', 'Giám đốc Trung tâm Văn hóa', false],
      ['Lê Thị B', 'Phó Giám đốc', false],
    ]);
  });

  test('without a department file: units named by their code, in the order met, the file of no unit last; no Director', () => {
    const groups = groupByPerson(
      [c('VP', 'Lê Thị B', 'a'), c(null, 'Trần Văn Khoa', 'b'), c('QLDL', 'Huỳnh Minh Trí', 'c'), c('QLDL', null, 'd')],
      { department: null },
    );
    expect(groups.map((g) => [g.kind, g.name, g.unitName, g.director])).toEqual([
      ['person', 'Lê Thị B', 'VP', false],
      ['person', 'Huỳnh Minh Trí', 'QLDL', false],
      ['person', 'Trần Văn Khoa', null, false],
      ['unit', 'QLDL', 'QLDL', false],
    ]);
  });

  test('a third name that folds alike gets -3', () => {
    const file = (path: string) => ({ source: { file: path, sheet: 'Sheet1', row: 5, titleColumn: 'B' } });
    const g = groupByPerson(
      [
        c('VP', 'Lê Văn An', 'a'),
        c(null, null, 'b', file('Le Van An.xlsx')),
        c(null, null, 'c', file('Khác/Le-Van-An.xlsx')),
      ],
      { department },
    );
    expect(g.map((x) => x.fileName)).toEqual([
      'cam-ket-Le-Van-An.docx',
      'cam-ket-Le-Van-An-2.docx',
      'cam-ket-Le-Van-An-3.docx',
    ]);
  });
});

describe('a form', () => {
  const list = [
    c('VP', 'Nguyễn Văn Lộc', 'Rà soát quy chế'),
    c('BGD-SO', 'Lê Thị B', 'Chỉ đạo du lịch', {
      deadlineText: null,
      deadline: '2023-09-30',
      target: 'Kế hoạch phát triển du lịch được ban hành',
    }),
    c('BGD-SO', 'Lê Thị B', 'Chỉ đạo chuyển đổi số', {
      deadlineText: 'Thường xuyên',
      deadline: null,
      recurring: true,
      target: null,
    }),
    c('BGD-SO', 'Phan Văn Thạnh', 'Chỉ đạo Lễ hội Dừa'),
    c('QLDL', null, 'Khảo sát tour', { target: '05 tour mới', deadlineText: 'Tháng 10/2023' }),
  ];
  const positionOf = (x: Commitment) =>
    x.owner === 'Lê Thị B' ? 'Phó Giám đốc' : x.owner === 'Phan Văn Thạnh' ? 'Giám đốc Sở' : null;
  const groups = () => {
    const [director, deputy, , unit] = groupByPerson(list, { department, positionOf });
    return { director, deputy, unit };
  };

  test("a person's form: heading without number, the undated date line, name, position, unit, the table, the pledge, two signatures", () => {
    const { deputy } = groups();
    const doc = buildCommitmentForm({ group: deputy, department });
    expect(doc.heading).toEqual({
      parent: 'UBND TỈNH BẾN TRE',
      agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      number: null,
      placeDate: 'Bến Tre, ngày …… tháng …… năm 2023',
    });
    expect(doc.title).toEqual(['BẢN CAM KẾT', 'Thực hiện nhiệm vụ năm 2023']);
    const s = documentText(doc).join('\n');
    expect(s).toContain('Họ và tên: Lê Thị B\nChức vụ: Phó Giám đốc\nĐơn vị công tác: Ban Giám đốc Sở');
    const table = doc.body.find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.columns.map((x) => x.header)).toEqual([
      'STT',
      'Nội dung đầu việc',
      'Chỉ tiêu / Sản phẩm',
      'Thời gian hoàn thành',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Chỉ đạo du lịch', 'Kế hoạch phát triển du lịch được ban hành', '30/9/2023'],
      ['2', 'Chỉ đạo chuyển đổi số', '', 'Thường xuyên'],
    ]);
    expect(s).toMatch(
      /Tôi cam kết tổ chức thực hiện hoàn thành các đầu việc trên đúng thời hạn.*chịu trách nhiệm trước Giám đốc Sở/,
    );
    expect(doc.recipients).toBeNull();
    expect(doc.signatures).toEqual([
      { titles: ['GIÁM ĐỐC'], name: 'Phan Văn Thạnh' },
      { titles: ['NGƯỜI CAM KẾT'], note: '(Ký, ghi rõ họ tên)', name: 'Lê Thị B' },
    ]);
  });

  test("a person's form, word for word, as the clerk prints it", () => {
    const { deputy } = groups();
    const doc = buildCommitmentForm({ group: deputy, department });
    expect(documentText(doc)).toEqual([
      'UBND TỈNH BẾN TRE',
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bến Tre, ngày …… tháng …… năm 2023',
      'BẢN CAM KẾT',
      'Thực hiện nhiệm vụ năm 2023',
      'Họ và tên: Lê Thị B',
      'Chức vụ: Phó Giám đốc',
      'Đơn vị công tác: Ban Giám đốc Sở',
      'Căn cứ nhiệm vụ chính trị năm 2023 của Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre, tôi đăng ký và cam kết thực hiện các đầu việc trọng tâm năm 2023 như sau:',
      'STT | Nội dung đầu việc | Chỉ tiêu / Sản phẩm | Thời gian hoàn thành',
      '1 | Chỉ đạo du lịch | Kế hoạch phát triển du lịch được ban hành | 30/9/2023',
      '2 | Chỉ đạo chuyển đổi số |  | Thường xuyên',
      'Tôi cam kết tổ chức thực hiện hoàn thành các đầu việc trên đúng thời hạn, bảo đảm chất lượng và hiệu quả; ' +
        'báo cáo kết quả thực hiện hằng tháng và chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện. ' +
        'Kết quả thực hiện các đầu việc đã cam kết là căn cứ để đánh giá, xếp loại và bình xét thi đua, khen thưởng năm 2023./.',
      'GIÁM ĐỐC',
      'Phan Văn Thạnh',
      'NGƯỜI CAM KẾT',
      '(Ký, ghi rõ họ tên)',
      'Lê Thị B',
    ]);
    // Who signs stands flush left; the running text is indented; the number and the deadline centred.
    expect(doc.body.flatMap((b) => (b.kind === 'paragraph' ? [b.indent] : []))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    const table = doc.body.find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.columns.map((x) => x.align)).toEqual(['center', undefined, undefined, 'center']);
    expect(table.columns.reduce((sum, x) => sum + x.width, 0)).toBe(100);
  });

  test("a unit's form, word for word", () => {
    const { unit } = groups();
    const doc = buildCommitmentForm({ group: unit, department });
    expect(documentText(doc).slice(7)).toEqual([
      'Đơn vị: Phòng Quản lý Du lịch',
      'Người đại diện (thủ trưởng đơn vị): …………………',
      'Căn cứ nhiệm vụ chính trị năm 2023 của Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre, Phòng Quản lý Du lịch đăng ký và cam kết thực hiện các đầu việc trọng tâm năm 2023 như sau:',
      'STT | Nội dung đầu việc | Chỉ tiêu / Sản phẩm | Thời gian hoàn thành',
      '1 | Khảo sát tour | 05 tour mới | Tháng 10/2023',
      'Phòng Quản lý Du lịch cam kết tổ chức thực hiện hoàn thành các đầu việc trên đúng thời hạn, bảo đảm chất lượng và hiệu quả; ' +
        'báo cáo kết quả thực hiện hằng tháng và chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện. ' +
        'Kết quả thực hiện các đầu việc đã cam kết là căn cứ để đánh giá, xếp loại và bình xét thi đua, khen thưởng năm 2023./.',
      'GIÁM ĐỐC',
      'Phan Văn Thạnh',
      'THỦ TRƯỞNG ĐƠN VỊ',
      '(Ký, ghi rõ họ tên)',
      '…………………',
    ]);
    expect(doc.body.flatMap((b) => (b.kind === 'paragraph' ? [b.indent] : []))).toEqual([false, false, true, true]);
  });

  test("the approver's title from the letterhead on one line; the role when the letterhead names no title or no signer", () => {
    const { deputy } = groups();
    const withTitle = (letterhead: Department['letterhead']) =>
      buildCommitmentForm({ group: deputy, department: { ...department, letterhead } }).signatures[0];
    expect(
      withTitle({ place: 'Bến Tre', signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' } }),
    ).toEqual({ titles: ['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' });
    expect(withTitle({ place: 'Bến Tre', signer: { name: 'Phan Văn Thạnh' } })).toEqual({
      titles: ['GIÁM ĐỐC SỞ'],
      name: 'Phan Văn Thạnh',
    });
    expect(withTitle({ place: 'Bến Tre' })).toEqual({ titles: ['GIÁM ĐỐC SỞ'], name: '…………………' });
  });

  test("the Director's own form is countersigned by the Chairman of the Province People's Committee", () => {
    const { director } = groups();
    const doc = buildCommitmentForm({ group: director, department });
    expect(doc.signatures[0]).toEqual({ titles: ['CHỦ TỊCH UBND TỈNH'], name: '…………………' });
    expect(doc.signatures[1].name).toBe('Phan Văn Thạnh');
    expect(documentText(doc).join('\n')).toContain('chịu trách nhiệm trước Chủ tịch UBND tỉnh');
  });

  test("a unit's form for the commitments that name no owner: the unit pledges, its head signs", () => {
    const { unit } = groups();
    const doc = buildCommitmentForm({ group: unit, department });
    const s = documentText(doc).join('\n');
    expect(s).toContain('Đơn vị: Phòng Quản lý Du lịch\nNgười đại diện (thủ trưởng đơn vị): …………………');
    expect(s).toContain('Phòng Quản lý Du lịch cam kết tổ chức thực hiện');
    expect(doc.signatures[1]).toEqual({ titles: ['THỦ TRƯỞNG ĐƠN VỊ'], note: '(Ký, ghi rõ họ tên)', name: '…………………' });
  });

  test('without a letterhead: dotted lines, and the Director named by the role only', () => {
    const { deputy } = groups();
    const doc = buildCommitmentForm({ group: deputy, department: { ...department, letterhead: undefined } });
    expect(doc.heading).toEqual({
      parent: '…………………',
      agency: '…………………',
      number: null,
      placeDate: '……, ngày …… tháng …… năm 2023',
    });
    expect(doc.signatures[0]).toEqual({ titles: ['GIÁM ĐỐC SỞ'], name: '…………………' });
  });
});

test('the deadline shown is the one written, else the date read', () => {
  expect(deadlineShown({ deadlineText: 'Quý II/2023', deadline: '2023-06-30', recurring: false })).toBe('Quý II/2023');
  expect(deadlineShown({ deadlineText: null, deadline: '2023-06-30', recurring: false })).toBe('30/6/2023');
  expect(deadlineShown({ deadlineText: null, deadline: null, recurring: true })).toBe('Thường xuyên');
  expect(deadlineShown({ deadlineText: null, deadline: null, recurring: false })).toBe('');
});

test('a commitment with no owner: a no-owner warning at its title cell, naming the unit whose form it went into, in both languages', () => {
  const owned = c('QLDL', 'Lê Thị B', 'Chỉ đạo du lịch');
  const lone = c('QLDL', null, 'Khảo sát tour');
  const groups = groupByPerson([owned, lone], { department });
  const unitName = groups.find((g) => g.kind === 'unit')!.name;
  expect(unitName).toBe('Phòng Quản lý Du lịch');
  const place = {
    rule: 'no-owner',
    severity: 'warning',
    file: 'QLDL.xlsx',
    sheet: 'Sheet1',
    cell: `B${lone.source.row}`,
    unit: 'QLDL',
    params: { unit: unitName },
  };
  expect(unownedIssues(groups, 'vi')).toEqual([
    {
      ...place,
      message:
        'Đầu việc không ghi người chịu trách nhiệm: được đưa vào bản cam kết của Phòng Quản lý Du lịch. Hãy ghi tên người chịu trách nhiệm nếu đầu việc là của một người.',
    },
  ]);
  expect(unownedIssues(groups, 'en')).toEqual([
    {
      ...place,
      message:
        "The commitment names no owner: it goes into the form of Phòng Quản lý Du lịch. Write the owner's name if it is one person's.",
    },
  ]);
  // In Vietnamese unless told otherwise.
  expect(unownedIssues(groups)).toEqual(unownedIssues(groups, 'vi'));
  expect(unownedIssues(groupByPerson([owned], { department }))).toEqual([]);
});
