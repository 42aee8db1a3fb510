import type { Department } from '../../src/core/department';
import { fileNameWords, findWorkbookUnit } from '../../src/core/workbook-unit';

const department: Department = {
  name: 'Sở Thử',
  year: 2024,
  blocks: [{ code: 'K1', name: 'Khối 1' }],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'K1', files: ['vp-*.xlsx'] },
    { code: 'VH', name: 'Phòng Văn hóa', block: 'K1', aliases: ['Phòng VH'] },
    { code: 'QLVH', name: 'Phòng Quản lý Văn hóa', block: 'K1' },
  ],
  provincialTasks: [],
};

describe('fileNameWords', () => {
  test('dashes, underscores and dots between words become one space each run', () => {
    expect(fileNameWords('van-phong_2023.xlsx')).toBe('van phong 2023');
    expect(fileNameWords('phong--van__hoa..ban-2.xlsx')).toBe('phong van hoa ban 2');
  });

  test('the folder and the extension are not words of the name', () => {
    expect(fileNameWords('Khối 1/phong-van-hoa.xlsx')).toBe('phong van hoa');
    expect(fileNameWords('Khối\\Phòng Văn hóa.xlsx')).toBe('Phòng Văn hóa');
  });
});

describe('findWorkbookUnit', () => {
  test('a file pattern of the department file wins over the title', () => {
    expect(findWorkbookUnit('vp-2024.xlsx', { titleText: 'PHÒNG VĂN HÓA' }, department)).toEqual({
      unit: department.units[0],
      by: 'file',
    });
  });

  test('else a unit named in the title rows, the longest name first', () => {
    const match = findWorkbookUnit('bang-cam-ket.xlsx', { titleText: 'PHÒNG QUẢN LÝ VĂN HÓA\nNăm 2024' }, department);
    expect(match).toEqual({ unit: department.units[2], by: 'title' });
  });

  test('else a unit named by the words of the file name', () => {
    expect(findWorkbookUnit('Khối 1/phong_van-hoa.xlsx', { titleText: '' }, department)).toEqual({
      unit: department.units[1],
      by: 'title',
    });
    expect(findWorkbookUnit('phong-vh.xlsx', { titleText: '' }, department)?.unit.code).toBe('VH');
  });

  test('no pattern, no name: no unit', () => {
    expect(findWorkbookUnit('bang-cam-ket.xlsx', { titleText: 'BẢNG ĐĂNG KÝ' }, department)).toBeNull();
  });
});
