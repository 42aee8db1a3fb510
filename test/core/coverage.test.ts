import { blockCountIssues, missingUnitIssues, severalFilesIssues } from '../../src/core/coverage';
import { departmentSchema } from '../../src/core/department';
import { translateIssue } from '../../src/core/rules';
import type { Totals } from '../../src/core/rollup';

const department = departmentSchema.parse({
  name: 'Sở thử',
  year: 2023,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 4 },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 5 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 4 },
  ],
});

describe('missingUnitIssues', () => {
  test('a unit that sent nothing: remind it, or check its file patterns', () => {
    const [issue] = missingUnitIssues(department, new Set(['VP']), new Map());
    expect(issue).toMatchObject({ rule: 'missing-unit', severity: 'warning', unit: 'BT', file: '' });
    expect(issue.message).toBe(
      'Bảo tàng tỉnh chưa gửi tệp đầu việc. Hãy nhắc đơn vị gửi tệp; nếu tệp đã có trong thư mục, hãy kiểm tra mẫu tên tệp (files) của đơn vị trong tệp cấu hình.',
    );
  });

  test('a unit whose only file failed is not said to have sent nothing', () => {
    const [issue] = missingUnitIssues(
      department,
      new Set(['VP']),
      new Map([['BT', ['bao-tang.xls', 'bao-tang (2).xlsx']]]),
    );
    expect(issue.file).toBe('bao-tang.xls');
    expect(issue.message).toBe(
      'Bảo tàng tỉnh có tệp nhưng không đọc được (bao-tang.xls, bao-tang (2).xlsx), nên chưa có đầu việc nào của đơn vị được tổng hợp. Hãy xem lỗi của tệp đó và xin đơn vị gửi lại.',
    );
    expect(translateIssue(issue, 'en').message).toBe(
      "Bảo tàng tỉnh sent a workbook that could not be read (bao-tang.xls, bao-tang (2).xlsx), so none of its commitments are counted. See that file's issue and ask the unit to send it again.",
    );
  });

  test('every merged unit: no issue', () => {
    expect(missingUnitIssues(department, new Set(['VP', 'BT']), new Map([['BT', ['old.xls']]]))).toEqual([]);
  });
});

describe('blockCountIssues', () => {
  const totals = (found: Record<string, number>) =>
    ({ byBlock: Object.fromEntries(Object.entries(found).map(([k, v]) => [k, { found: v }])) }) as unknown as Totals;

  test('a block whose count differs from its registration', () => {
    const issues = blockCountIssues(totals({ QLNN: 6, SN: 4 }), department);
    expect(issues.map((i) => i.message)).toEqual([
      'Khối quản lý nhà nước đăng ký 5 đầu việc nhưng tìm thấy 6. Hãy kiểm tra đầu việc bị thiếu hoặc thừa.',
    ]);
  });

  test('a block where nothing was found is left to its missing units', () => {
    expect(blockCountIssues(totals({ QLNN: 5, SN: 0 }), department)).toEqual([]);
    expect(blockCountIssues(totals({ QLNN: 5 }), department)).toEqual([]);
  });

  test('a block that registered no count is not compared', () => {
    const unregistered = departmentSchema.parse({
      ...department,
      blocks: [{ code: 'QLNN', name: 'Khối quản lý nhà nước' }, department.blocks[1]],
    });
    expect(blockCountIssues(totals({ QLNN: 6, SN: 4 }), unregistered)).toEqual([]);
  });

  test("the issue is the department's, of no file and no unit, with the block's figures", () => {
    const [issue] = blockCountIssues(totals({ QLNN: 5, SN: 2 }), department);
    expect(issue).toMatchObject({
      rule: 'count-mismatch',
      file: '',
      unit: null,
      params: { name: 'Khối đơn vị sự nghiệp', registered: 4, found: 2 },
    });
  });
});

describe('severalFilesIssues', () => {
  test('two merged files for one unit are pointed out, naming both', () => {
    const issues = severalFilesIssues(
      department,
      new Map([
        ['VP', ['a.xlsx', 'b.xlsx']],
        ['BT', ['c.xlsx']],
      ]),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'unit-several-files', unit: 'VP', file: 'a.xlsx' });
    expect(issues[0].message).toContain('a.xlsx, b.xlsx');
  });
});

describe("severalFilesIssues: OneDrive's conflict copies", () => {
  test('a file named as another plus "-" and a computer\'s name is named as the likely cause, in both languages', () => {
    const files = ['Khối/so-gd.xlsx', 'Khối/so-gd-DESKTOP-AB12CD.xlsx'];
    const [issue] = severalFilesIssues(department, new Map([['VP', files]]));
    expect(issue).toMatchObject({ rule: 'unit-several-files', unit: 'VP', file: 'Khối/so-gd.xlsx' });
    expect(issue.params).toMatchObject({ copies: 'Khối/so-gd-DESKTOP-AB12CD.xlsx', originals: 'Khối/so-gd.xlsx' });
    expect(issue.message).toContain('Khối/so-gd-DESKTOP-AB12CD.xlsx có lẽ là bản sao xung đột do OneDrive tạo ra');
    expect(issue.message).toContain('hãy xóa bản sao');
    expect(issue.message).toContain('bằng tay');
    const en = translateIssue(issue, 'en').message;
    expect(en).toContain('Khối/so-gd-DESKTOP-AB12CD.xlsx is likely a conflict copy OneDrive made of Khối/so-gd.xlsx');
    expect(en).toContain('delete the copy');
    expect(en).toContain('by hand');
  });

  test('several copies are all named, each original once', () => {
    const files = ['so-gd.xlsx', 'so-gd-DESKTOP-1.xlsx', 'so-gd-LAPTOP-2.xlsx'];
    const [issue] = severalFilesIssues(department, new Map([['VP', files]]));
    expect(issue.params).toMatchObject({
      count: 3,
      copies: 'so-gd-DESKTOP-1.xlsx, so-gd-LAPTOP-2.xlsx',
      originals: 'so-gd.xlsx',
    });
    const two = severalFilesIssues(department, new Map([['VP', ['a.xlsx', 'a-PC1.xlsx', 'b.xlsx', 'b-PC1.xlsx']]]))[0];
    expect(two.params).toMatchObject({ copies: 'a-PC1.xlsx, b-PC1.xlsx', originals: 'a.xlsx, b.xlsx' });
  });

  test("a computer's name has at most 15 characters, after a hyphen", () => {
    const copies = (other: string) =>
      severalFilesIssues(department, new Map([['VP', ['so-gd.xlsx', other]]]))[0].params.copies;
    expect(copies('so-gd-ABCDEFGHIJKLMNO.xlsx')).toBe('so-gd-ABCDEFGHIJKLMNO.xlsx');
    expect(copies('so-gd-ABCDEFGHIJKLMNOP.xlsx')).toBeUndefined();
    expect(copies('so-gdXPC1.xlsx')).toBeUndefined();
  });

  test('names that only look alike are not taken for conflict copies', () => {
    for (const other of [
      'so-gd-2023.xlsx',
      'so-gd-ban-sua.xlsx',
      'khac/so-gd-DESKTOP-AB12CD.xlsx',
      'so-gd-DESKTOP-AB12CD.xlsm',
      'so-gd (2).xlsx',
    ]) {
      const [issue] = severalFilesIssues(department, new Map([['VP', ['so-gd.xlsx', other]]]));
      expect([other, issue.params]).toEqual([other, expect.not.objectContaining({ copies: expect.anything() })]);
      expect(issue.message).toContain('Nếu có tệp cũ gửi nhầm');
    }
  });
});
