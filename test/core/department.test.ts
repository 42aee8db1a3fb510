import { DEFAULT_EMULATION_GRADES, departmentSchema } from '../../src/core/department';

const valid = {
  name: 'Sở Văn hóa và Thể thao',
  year: 2024,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước' },
    { code: 'SN', name: 'Khối sự nghiệp' },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN' },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN' },
  ],
  provincialTasks: [
    { code: 'NV1', title: 'Chuyển đổi số' },
    { code: 'NV2', title: 'Cải cách hành chính' },
  ],
};

// department-file.ts says a 'custom' issue by its message's prefix (duplicate:, unknown-block:), so the code is part of what it reads.
function problems(input: unknown) {
  const result = departmentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
}

describe('the department file', () => {
  test('a valid file parses, with no provincial tasks by default', () => {
    expect(problems(valid)).toEqual([]);
    const { provincialTasks, ...none } = valid;
    expect(provincialTasks).toHaveLength(2);
    expect(departmentSchema.parse(none).provincialTasks).toEqual([]);
  });

  test('a block code used twice is named at its second use', () => {
    expect(problems({ ...valid, blocks: [...valid.blocks, { code: 'SN', name: 'Khối khác' }] })).toEqual([
      { code: 'custom', path: ['blocks', 2, 'code'], message: 'duplicate:SN' },
    ]);
  });

  test('a unit code used twice is named at its second use', () => {
    expect(problems({ ...valid, units: [...valid.units, { code: 'VP', name: 'Văn phòng 2', block: 'SN' }] })).toEqual([
      { code: 'custom', path: ['units', 2, 'code'], message: 'duplicate:VP' },
    ]);
  });

  test('a unit in a block the file does not list is named', () => {
    expect(problems({ ...valid, units: [...valid.units, { code: 'TV', name: 'Thư viện', block: 'VH' }] })).toEqual([
      { code: 'custom', path: ['units', 2, 'block'], message: 'unknown-block:VH' },
    ]);
  });

  test('a provincial task code used twice is named at its second use', () => {
    expect(problems({ ...valid, provincialTasks: [...valid.provincialTasks, { code: 'NV1', title: 'Khác' }] })).toEqual(
      [{ code: 'custom', path: ['provincialTasks', 2, 'code'], message: 'duplicate:NV1' }],
    );
  });

  test('unknown keys and blank names are refused, names and codes trimmed', () => {
    expect(problems({ ...valid, unitz: [] }).map((p) => p.path)).toEqual([[]]);
    expect(problems({ ...valid, name: '  ' }).map((p) => p.path)).toEqual([['name']]);
    expect(
      departmentSchema.parse({ ...valid, blocks: [{ code: ' QLNN ', name: 'Khối' }, valid.blocks[1]] }).blocks[0].code,
    ).toBe('QLNN');
  });

  test('the default emulation grades run from the highest rate down to none', () => {
    const rates = DEFAULT_EMULATION_GRADES.map((g) => g.minRate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rates[rates.length - 1]).toBe(0);
  });
});
