// One department's month, built in memory for the core's department tests: its department file, unit
// workbooks in one layout (the unit named in the title rows or by the file name), and the titles of
// the commitments they carry.
import { type Department, departmentSchema } from '../../src/core/department';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import { sheet } from './grid';

export const department: Department = departmentSchema.parse({
  name: 'Sở Văn hóa, Thể thao và Du lịch',
  year: 2023,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 4 },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3, files: ['van-phong*.xlsx'] },
    { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', block: 'QLNN', registered: 2, files: ['ke-hoach*'] },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 2 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 2 },
  ],
});

export const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Chỉ tiêu',
  'Thời hạn',
  'Người chịu trách nhiệm',
  'Tiến độ (%)',
  'Tình trạng',
];
export type Row = [title: string, target: string, deadline: string, progress: number | null, status: string | null];

/** A unit workbook: title rows (the second names the unit, or nothing), the header on row 4, rows from row 5. */
export function book(file: string, unitLine: string, rows: Row[]): WorkbookGrid {
  const body = rows.map(([title, target, deadline, progress, status], i): CellValue[] => [
    i + 1,
    title,
    target,
    deadline,
    'Lê Văn C',
    progress,
    status,
  ]);
  return {
    file,
    sheets: [
      sheet('Đầu việc', [
        ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
        [unitLine],
        ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
        HEADER,
        ...body,
      ]),
    ],
  };
}

export const A = 'Tổ chức hội nghị sơ kết 6 tháng';
export const B = 'Rà soát quy chế chi tiêu nội bộ';
export const C = 'Cập nhật danh bạ cơ quan';
export const D = 'Kiểm kê hiện vật kho cơ sở';
export const E = 'Trưng bày chuyên đề Đồng Khởi';
export const F = 'Khảo sát nhu cầu đọc';
export const G = 'Việc đã bỏ khỏi danh mục';
