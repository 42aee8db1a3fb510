import type { Department } from '../../src/core/department';
import { assignUnit, matchesPattern } from '../../src/core/units';

describe('matchesPattern', () => {
  test('* stands for any run of characters, none included', () => {
    expect(matchesPattern('vp-2024.xlsx', 'vp-*.xlsx')).toBe(true);
    expect(matchesPattern('vp-.xlsx', 'vp-*.xlsx')).toBe(true);
    expect(matchesPattern('vh-2024.xlsx', 'vp-*.xlsx')).toBe(false);
  });

  test('? stands for exactly one character', () => {
    expect(matchesPattern('ban-1.xlsx', 'ban-?.xlsx')).toBe(true);
    expect(matchesPattern('ban-12.xlsx', 'ban-?.xlsx')).toBe(false);
    expect(matchesPattern('ban-.xlsx', 'ban-?.xlsx')).toBe(false);
  });

  test('every other character is itself, the regular-expression ones included', () => {
    expect(matchesPattern('vp.xlsx', 'vp.xlsx')).toBe(true);
    expect(matchesPattern('vpaxlsx', 'vp.xlsx')).toBe(false);
    expect(matchesPattern('ke hoach (2024)+[1].xlsx', 'ke hoach (2024)+[1].xlsx')).toBe(true);
    expect(matchesPattern('ke hoach 2024.xlsx', 'ke hoach (2024).xlsx')).toBe(false);
    expect(matchesPattern('a$b^c{1}|d\\e.xlsx', 'a$b^c{1}|d\\e.xlsx')).toBe(true);
    expect(matchesPattern('ab.xlsx', 'a|b.xlsx')).toBe(false);
  });

  test('the whole name must match, not a part of it', () => {
    expect(matchesPattern('cu-vp-2024.xlsx', 'vp-*.xlsx')).toBe(false);
    expect(matchesPattern('vp-2024.xlsx.bak', 'vp-*.xlsx')).toBe(false);
  });

  test('without regard to case or Vietnamese marks', () => {
    expect(matchesPattern('PHÒNG-VĂN-HÓA.XLSX', 'phong-van-hoa*')).toBe(true);
    expect(matchesPattern('phong-van-hoa.xlsx', 'Phòng-Văn-Hóa.xlsx')).toBe(true);
  });
});

describe('assignUnit', () => {
  const department: Department = {
    name: 'Sở Thử',
    year: 2024,
    blocks: [{ code: 'K', name: 'Khối' }],
    units: [
      { code: 'VP', name: 'Văn phòng Sở', block: 'K', files: ['vp-*.xlsx', 'van-phong*.xlsx'] },
      { code: 'VH', name: 'Văn hóa', block: 'K', aliases: ['Phòng VH'] },
      { code: 'QLVH', name: 'Phòng Quản lý Văn hóa', block: 'K' },
      { code: 'TT', name: 'Trung tâm Văn hóa', block: 'K' },
    ],
    provincialTasks: [],
  };

  test("any one of a unit's patterns is enough", () => {
    expect(assignUnit('van-phong-2024.xlsx', '', department)).toEqual({ unit: department.units[0], by: 'file' });
    expect(assignUnit('vp-1.xlsx', '', department)).toEqual({ unit: department.units[0], by: 'file' });
  });

  test('by a name or an alias in the title, the longest name found winning', () => {
    expect(assignUnit('a.xlsx', 'BÁO CÁO CỦA PHÒNG VH', department)).toEqual({
      unit: department.units[1],
      by: 'title',
    });
    expect(assignUnit('a.xlsx', 'PHÒNG QUẢN LÝ VĂN HÓA', department)?.unit.code).toBe('QLVH');
    // Found first, yet shorter: "Văn hóa" loses to the longer name that follows it in the list.
    expect(assignUnit('a.xlsx', 'TRUNG TÂM VĂN HÓA', department)?.unit.code).toBe('TT');
    // Of two names as long, the first in the department file keeps it.
    const twins: Department = {
      ...department,
      units: [
        { code: 'A', name: 'Ban Một', block: 'K' },
        { code: 'B', name: 'Ban Hai', block: 'K' },
      ],
    };
    expect(assignUnit('a.xlsx', 'BAN HAI VÀ BAN MỘT', twins)?.unit.code).toBe('A');
  });

  test('a name must stand as whole words of the title', () => {
    expect(assignUnit('a.xlsx', 'VĂN HÓAXX', department)).toBeNull();
    expect(assignUnit('a.xlsx', '', department)).toBeNull();
  });
});
