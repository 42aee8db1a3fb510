// A unit workbook of any length, built in memory: title rows (one merged), a header, then rows of
// commitments with a few planted mistakes, so a test can scale it from 50 to 20,000 rows.
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { isoToSerial } from '../../src/core/dates';

export const HEADER_ROW = 3; // 0-based: row 4 in Excel
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export function unitSheet(rows: number, name = 'Kế hoạch 2023'): SheetGrid {
  const values: CellValue[][] = [
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE'],
    ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
    ['Người đăng ký: Lê Thị B - Phó Giám đốc'],
    ['STT', 'Nội dung công việc', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
  ];
  const formats: (string | null)[][] = values.map(() => []);
  const owners = ['Nguyễn Văn A', 'Trần Thị C', 'Phạm Văn D'];
  for (let i = 0; i < rows; i++) {
    const month = (i % 12) + 1;
    const deadline = isoToSerial(`2023-${String(month).padStart(2, '0')}-28`);
    const badDeadline = i % 97 === 5;
    const badProgress = i % 89 === 7;
    values.push([
      i + 1,
      `Tổ chức hoạt động số ${i + 1} về văn hóa cơ sở`,
      owners[i % owners.length],
      badDeadline ? 'sắp tới' : deadline,
      badProgress ? 150 : (i * 7) % 101,
      i % 3 === 0 ? 'Đã hoàn thành' : i % 3 === 1 ? 'Đang thực hiện' : 'Chưa thực hiện',
    ]);
    formats.push([null, null, null, badDeadline ? null : 'dd/mm/yyyy', null, null]);
  }
  return {
    name,
    values,
    formats,
    fonts: [],
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

export function unitWorkbook(rows: number, file = 'don-vi-mau-2023.xlsx'): WorkbookGrid {
  return {
    file,
    sheets: [unitSheet(rows), { name: 'Hướng dẫn', values: [['Ghi chú: điền vào sheet Kế hoạch 2023']] }],
  };
}

/** The same table with six more columns of Vietnamese text and dates, twelve in all: what a
 *  unit's real list weighs (about 200 UTF-8 bytes a row). */
export function wideUnitWorkbook(rows: number, file = 'don-vi-12-cot-2023.xlsx'): WorkbookGrid {
  const sheet = unitSheet(rows);
  sheet.values[HEADER_ROW].push(
    'Chỉ tiêu / Sản phẩm',
    'Đơn vị phối hợp',
    'Ghi chú',
    'Mã NV tỉnh',
    'Ngày hoàn thành',
    'Địa điểm thực hiện',
  );
  const partners = ['Phòng Văn hóa – Thông tin', 'Trung tâm Văn hóa tỉnh', 'UBND các huyện, thành phố'];
  const places = ['Nhà văn hóa xã Phước Thạnh', 'Quảng trường Đồng Khởi', 'Bảo tàng tỉnh Bến Tre'];
  for (let i = 0; i < rows; i++) {
    const r = FIRST_DATA_ROW + i;
    sheet.values[r].push(
      `Hoàn thành ${(i % 9) + 1} buổi sinh hoạt chuyên đề`,
      partners[i % partners.length],
      i % 4 ? null : 'Phối hợp tổ chức theo kế hoạch của Sở',
      `UBT-0${(i % 40) + 10}`,
      i % 3 === 0 ? isoToSerial(`2023-${String((i % 12) + 1).padStart(2, '0')}-20`) : null,
      places[i % places.length],
    );
    if (i % 3 === 0) sheet.formats![r][10] = 'dd/mm/yyyy';
  }
  return { file, sheets: [sheet, { name: 'Hướng dẫn', values: [['Ghi chú: điền vào sheet Kế hoạch 2023']] }] };
}
