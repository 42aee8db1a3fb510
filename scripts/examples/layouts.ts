// One renderer per unit layout. Each writes the unit's workbook for a month, the way that unit's
// clerk lays it out, and reports every commitment row it wrote (see written.ts).
import ExcelJS from 'exceljs';
import {
  BQLDT_TASKS,
  BT_TASKS,
  KHTC_TASKS,
  LEADERS,
  QLDL_TASKS,
  QLTDTT_TASKS,
  QLVHGD_TASKS,
  TTHLTD_TASKS,
  TTRA_TASKS,
  TTVHDA_TASKS,
  TTXTDL_TASKS,
  TV_TASKS,
  VP_TASKS,
} from './commitments';
import { type Deadline, type Month, type State, type Task, excelSerial, isoDate, noAccents, stateIn, targetIn, extendedIn } from './model';
import {
  type Capabilities,
  type RenderedWorkbook,
  type Vocabulary,
  type Written,
  reading,
  STANDARD_WORDS,
  statusTextOf,
} from './written';
import { tcvn3, tcvn3Capitals } from './tcvn3';
import { addr, banner, boxRange, finishXlsx, fitRowHeights, head, newSheet, newWorkbook, put, td, withBarChart, type ZipEdit } from './xlsx';

const DATE_FMT = 'dd/mm/yyyy';

/** The moment each month's workbooks were last saved (fixed, for reproducible files). */
const SAVED: Record<Month, Date> = {
  may: new Date(Date.UTC(2023, 5, 2, 2, 30, 0)),
  jun: new Date(Date.UTC(2023, 6, 3, 2, 30, 0)),
};

const MONTH_NUMBER: Record<Month, number> = { may: 5, jun: 6 };
const DAY_TEXT: Record<Month, string> = { may: '31/5/2023', jun: '30/6/2023' };
const PLACE_DATE: Record<Month, string> = { may: 'Bến Tre, ngày 31 tháng 5 năm 2023', jun: 'Bến Tre, ngày 30 tháng 6 năm 2023' };

function present(tasks: Task[], month: Month): { task: Task; state: State }[] {
  return tasks.flatMap((task) => {
    const state = stateIn(task, month);
    return state ? [{ task, state }] : [];
  });
}

function deadlineCell(d: Deadline, asDateCell: 'date' | 'serial' = 'date'): { value: ExcelJS.CellValue; numFmt?: string } {
  if (d.kind === 'missing') return { value: null };
  if (d.kind === 'text') return { value: d.text };
  return asDateCell === 'serial' ? { value: excelSerial(d.iso), numFmt: DATE_FMT } : { value: isoDate(d.iso), numFmt: DATE_FMT };
}

/** The progress cell: a number, or the unreadable thing the clerk typed. */
function progressValue(s: State): ExcelJS.CellValue {
  if (s.rawProgress !== undefined) return s.rawProgress;
  return s.progress;
}

/** Vietnamese way of writing a percentage as text: 62,5%. */
function percentText(s: State): string {
  if (s.rawProgress !== undefined) return String(s.rawProgress);
  if (s.progress === null) return '';
  return `${String(s.progress).replace('.', ',')}%`;
}

async function save(wb: ExcelJS.Workbook, edits: ZipEdit[] = []): Promise<Buffer> {
  wb.worksheets.forEach(fitRowHeights);
  const raw = await wb.xlsx.writeBuffer();
  return finishXlsx(raw as ArrayBuffer, edits);
}

function nationalHeader(ws: ExcelJS.Worksheet, left: string, unitLine: string, right: string, month: Month, withDate: boolean): void {
  const [l1, l2] = left.split('|');
  const [r1, r2] = right.split('|');
  banner(ws, l1, 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', { size: 12 });
  banner(ws, l2, unitLine, { bold: true, underline: true });
  banner(ws, r1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  banner(ws, r2, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true });
  if (withDate) {
    const r3 = r2.replace(/\d+/g, (n) => String(Number(n) + 1));
    banner(ws, r3, PLACE_DATE[month], { italic: true });
  }
}

// =============================================================================================
// 1. Phòng Quản lý Văn hóa và Gia đình — national header, merged two-row header
//    (Thời gian thực hiện › Bắt đầu / Hoàn thành), column-number row, Roman-numeral sections,
//    a Tổng cộng row and the signature block.
// =============================================================================================

export async function renderQLVHGD(month: Month): Promise<RenderedWorkbook> {
  const file = 'Phòng QLVHGĐ - cam kết 2023.xlsx';
  const sheet = 'Đăng ký 2023';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: true, coordinating: false, notes: true };
  const wb = newWorkbook(SAVED[month], 'Đặng Thị Thu Thảo');
  const ws = newSheet(wb, sheet, [6, 46, 32, 12, 16, 22, 10, 16, 10, 24]);

  nationalHeader(ws, 'A1:C1|A2:C2', 'PHÒNG QUẢN LÝ VĂN HÓA VÀ GIA ĐÌNH', 'E1:J1|E2:J2', month, true);
  banner(ws, 'A5:J5', 'BIỂU ĐĂNG KÝ VÀ THEO DÕI THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  banner(ws, 'A6:J6', '(Kèm theo Bản cam kết trách nhiệm năm 2023 của Trưởng phòng Quản lý Văn hóa và Gia đình)', { italic: true });
  banner(ws, 'A7:J7', `Số liệu cập nhật đến ngày ${DAY_TEXT[month]}`, { italic: true });

  // Two header rows: merged vertically, except "Thời gian thực hiện" over Bắt đầu / Hoàn thành.
  const top = 8;
  const single: [number, string][] = [
    [1, 'STT'],
    [2, 'Nội dung đầu việc'],
    [3, 'Chỉ tiêu/Sản phẩm'],
    [6, 'Người chịu trách nhiệm'],
    [7, 'Tiến độ (%)'],
    [8, 'Tình trạng'],
    [9, 'Mã NV tỉnh'],
    [10, 'Ghi chú'],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(top, c, top + 1, c);
    head(ws, addr(top, c), text);
  }
  ws.mergeCells(top, 4, top, 5);
  head(ws, addr(top, 4), 'Thời gian thực hiện');
  head(ws, addr(top + 1, 4), 'Bắt đầu');
  head(ws, addr(top + 1, 5), 'Hoàn thành');
  boxRange(ws, top, 1, top + 1, 10);
  for (let c = 1; c <= 10; c++) head(ws, addr(top + 2, c), `(${c})`, { italic: true, bold: false, size: 11 });

  const rows: Written[] = [];
  const romans = ['I', 'II', 'III', 'IV', 'V'];
  const sections = [...new Set(QLVHGD_TASKS.map((t) => t.section))];
  let r = top + 3;
  let section: string | undefined;
  let n = 0;
  for (const { task, state } of present(QLVHGD_TASKS, month)) {
    if (task.section !== section) {
      section = task.section;
      td(ws, addr(r, 1), romans[sections.indexOf(section)], { bold: true, align: 'center' });
      ws.mergeCells(r, 2, r, 10);
      td(ws, addr(r, 2), section ?? '', { bold: true });
      r++;
    }
    n++;
    const d = deadlineCell(task.deadline);
    td(ws, addr(r, 1), n, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), task.start ?? null, { align: 'center' });
    td(ws, addr(r, 5), d.value, { align: 'center' }, d.numFmt);
    td(ws, addr(r, 6), task.owner ?? null);
    td(ws, addr(r, 7), progressValue(state), { align: 'center' });
    td(ws, addr(r, 8), statusTextOf(state, STANDARD_WORDS), { align: 'center' });
    td(ws, addr(r, 9), task.provincialTask ?? null, { align: 'center' });
    td(ws, addr(r, 10), task.notes ?? null, { italic: true });
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 2), deadline: addr(r, 5), progress: addr(r, 7), status: addr(r, 8), provincialTask: addr(r, 9) },
      }),
    );
    r++;
  }
  ws.mergeCells(r, 1, r, 2);
  td(ws, addr(r, 1), 'Tổng cộng', { bold: true, align: 'center' });
  td(ws, addr(r, 3), `${n} đầu việc`, { bold: true });
  boxRange(ws, r, 1, r, 10);

  r += 2;
  put(ws, addr(r, 2), 'NGƯỜI LẬP BIỂU', { bold: true, align: 'center' });
  banner(ws, `G${r}:J${r}`, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  put(ws, addr(r + 1, 2), '(Ký, ghi rõ họ tên)', { italic: true, align: 'center' });
  banner(ws, `G${r + 1}:J${r + 1}`, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true });
  put(ws, addr(r + 5, 2), 'Đặng Thị Thu Thảo', { bold: true, align: 'center' });
  banner(ws, `G${r + 5}:J${r + 5}`, 'Nguyễn Thị Ngọc Hân', { bold: true });
  ws.views = [{ state: 'frozen', ySplit: top + 2 }];

  return { file, layout: 'national-header-two-row', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 1b. Trung tâm Văn hóa - Điện ảnh — national header, single header row, letter sections,
//     progress typed as text ("62,5%"), "GIÁM ĐỐC" signature. No `files` pattern: found by name.
// =============================================================================================

const TTVHDA_WORDS: Vocabulary = { done: 'Hoàn thành', doing: 'Đang triển khai', todo: 'Chưa triển khai', stopped: 'Dừng thực hiện' };

export async function renderTTVHDA(month: Month): Promise<RenderedWorkbook> {
  const file = 'Dau viec trong tam 2023 - TTVHDA.xlsx';
  const sheet = 'Đầu việc 2023';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: false, coordinating: false, notes: true };
  const wb = newWorkbook(SAVED[month], 'Nguyễn Thị Bảo Trân');
  const ws = newSheet(wb, sheet, [6, 50, 32, 18, 22, 12, 16, 20]);

  banner(ws, 'A1:C1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'A2:C2', 'TRUNG TÂM VĂN HÓA - ĐIỆN ẢNH', { bold: true, underline: true });
  banner(ws, 'E1:H1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  banner(ws, 'E2:H2', 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true });
  banner(ws, 'A4:H4', 'DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  banner(ws, 'A5:H5', `(Cập nhật tiến độ tháng ${MONTH_NUMBER[month]}/2023)`, { italic: true });

  const hr = 7;
  ['STT', 'Tên nhiệm vụ', 'Sản phẩm', 'Thời gian thực hiện', 'Lãnh đạo phụ trách', 'Tỷ lệ hoàn thành', 'Trạng thái', 'Ghi chú'].forEach((h, i) =>
    head(ws, addr(hr, i + 1), h),
  );

  const rows: Written[] = [];
  const letters = ['A', 'B', 'C', 'D'];
  const sections = [...new Set(TTVHDA_TASKS.map((t) => t.section))];
  let r = hr + 1;
  let section: string | undefined;
  let n = 0;
  for (const { task, state } of present(TTVHDA_TASKS, month)) {
    if (task.section !== section) {
      section = task.section;
      td(ws, addr(r, 1), letters[sections.indexOf(section)], { bold: true, align: 'center' });
      td(ws, addr(r, 2), section ?? '', { bold: true });
      boxRange(ws, r, 3, r, 8);
      r++;
    }
    n++;
    td(ws, addr(r, 1), n, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    td(ws, addr(r, 6), percentText(state) || null, { align: 'center' });
    td(ws, addr(r, 7), statusTextOf(state, TTVHDA_WORDS), { align: 'center' });
    td(ws, addr(r, 8), task.notes ?? null);
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        words: TTVHDA_WORDS,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6), status: addr(r, 7) },
      }),
    );
    r++;
  }
  r += 1;
  banner(ws, `F${r}:H${r}`, 'GIÁM ĐỐC', { bold: true });
  banner(ws, `F${r + 4}:H${r + 4}`, 'Lý Minh Tâm', { bold: true });

  return { file, layout: 'national-header-letter-sections', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 1c. Phòng Quản lý Du lịch — national header, section rows as one text cell spanning the row,
//     and a bar chart whose drawing part has no `xdr:` prefix (as openpyxl writes it).
// =============================================================================================

export async function renderQLDL(month: Month): Promise<RenderedWorkbook> {
  const file = 'phong-du-lich-2023.xlsx';
  const sheet = 'QLDL';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: true, coordinating: false, notes: true };
  const wb = newWorkbook(SAVED[month], 'Lê Hoàng Nam');
  const ws = newSheet(wb, sheet, [6, 48, 30, 16, 22, 10, 16, 11, 24]);

  nationalHeader(ws, 'A1:C1|A2:C2', 'PHÒNG QUẢN LÝ DU LỊCH', 'E1:I1|E2:I2', month, false);
  banner(ws, 'A4:I4', 'TIẾN ĐỘ THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });

  const hr = 6;
  ['STT', 'Nội dung công việc', 'Sản phẩm', 'Thời gian hoàn thành', 'Người phụ trách', 'Tiến độ (%)', 'Tình trạng', 'Mã NV tỉnh', 'Ghi chú'].forEach((h, i) =>
    head(ws, addr(hr, i + 1), h),
  );

  const rows: Written[] = [];
  let r = hr + 1;
  const first = r;
  let section: string | undefined;
  let n = 0;
  for (const { task, state } of present(QLDL_TASKS, month)) {
    if (task.section !== section) {
      section = task.section;
      ws.mergeCells(r, 1, r, 9);
      td(ws, addr(r, 1), section ?? '', { bold: true, italic: true });
      boxRange(ws, r, 1, r, 9);
      r++;
    }
    n++;
    td(ws, addr(r, 1), n, { align: 'center' });
    td(ws, addr(r, 2), task.title || null);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    td(ws, addr(r, 6), progressValue(state), { align: 'center' });
    td(ws, addr(r, 7), statusTextOf(state, STANDARD_WORDS), { align: 'center' });
    td(ws, addr(r, 8), task.provincialTask ?? null, { align: 'center' });
    td(ws, addr(r, 9), task.notes ?? null, { italic: true });
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6), status: addr(r, 7), provincialTask: addr(r, 8) },
      }),
    );
    r++;
  }
  const last = r - 1;
  r += 1;
  put(ws, addr(r, 2), 'NGƯỜI LẬP BIỂU', { bold: true, align: 'center' });
  banner(ws, `E${r}:G${r}`, 'TRƯỞNG PHÒNG', { bold: true });
  put(ws, addr(r + 4, 2), 'Lê Hoàng Nam', { bold: true, align: 'center' });
  banner(ws, `E${r + 4}:G${r + 4}`, 'Dương Thị Kim Phượng', { bold: true });

  // The chart: progress of each row of the table (section rows left as gaps).
  const categories: (string | null)[] = [];
  const values: (number | null)[] = [];
  for (let i = first; i <= last; i++) {
    const w = rows.find((x) => x.row === i);
    categories.push(w ? String(rows.indexOf(w) + 1) : null);
    values.push(w ? w.progress : null);
  }
  const chart = withBarChart({
    sheetPath: 'xl/worksheets/sheet1.xml',
    sheetName: sheet,
    title: 'Tiến độ thực hiện (%)',
    seriesName: 'Tiến độ (%)',
    categoryRange: `$A$${first}:$A$${last}`,
    valueRange: `$F$${first}:$F$${last}`,
    categories,
    values,
    from: { col: 10, row: hr - 1 },
    size: { cx: 5400000, cy: 3600000 },
  });
  return { file, layout: 'national-header-spanning-sections-chart', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb, [chart]) };
}

// =============================================================================================
// 2. Ban Giám đốc — one sheet per leader, named by the leader; no owner column, the owner named
//    once above the table (three ways) or only by the sheet's name; an instructions sheet first.
// =============================================================================================

export async function renderBGD(month: Month): Promise<RenderedWorkbook> {
  const file = 'ban-giam-doc-2023.xlsx';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: true, extended: false, provincialTask: true, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Văn phòng Sở');

  const guide = newSheet(wb, 'Hướng dẫn', [110]);
  put(guide, 'A1', 'HƯỚNG DẪN ĐĂNG KÝ VÀ CẬP NHẬT ĐẦU VIỆC TRỌNG TÂM CỦA BAN GIÁM ĐỐC NĂM 2023', { bold: true, size: 13 });
  [
    '1. Mỗi đồng chí trong Ban Giám đốc đăng ký đầu việc trên sheet mang tên mình; không đổi tên sheet.',
    '2. Cột "Thời gian hoàn thành" ghi ngày (30/6/2023), tháng (Tháng 6/2023), quý (Quý II/2023) hoặc "Thường xuyên".',
    '3. Cột "Tiến độ (%)" ghi số từ 0 đến 100; cột "Tình trạng" chọn một trong: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện.',
    '4. Đầu việc thuộc nhiệm vụ UBND tỉnh giao thì ghi mã nhiệm vụ (UBT-001 đến UBT-017) vào cột "Mã NV tỉnh".',
    '5. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 05 hằng tháng.',
  ].forEach((line, i) => put(guide, `A${i + 3}`, line, { wrap: true }));

  const rows: Written[] = [];
  const sheets = [{ name: 'Hướng dẫn', commitments: 0 }];
  for (const leader of LEADERS) {
    const ws = newSheet(wb, leader.name, [6, 52, 36, 18, 11, 16, 16, 11]);
    banner(ws, 'A1:H1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE', { bold: true });
    banner(ws, 'A2:H2', 'BẢN ĐĂNG KÝ ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
    if (leader.ownerLine === 'Họ và tên') {
      put(ws, 'A3', `Họ và tên: ${leader.name}`, { bold: true });
      put(ws, 'A4', `Chức vụ: ${leader.position} Sở`);
    } else if (leader.ownerLine) {
      put(ws, 'A3', `${leader.ownerLine}: ${leader.name} - ${leader.position}`, { bold: true });
    } else {
      put(ws, 'A3', 'Lĩnh vực phụ trách: Du lịch', { italic: true });
    }
    const hr = 6;
    ['STT', 'Nội dung đầu việc', 'Chỉ tiêu/Sản phẩm', 'Thời gian hoàn thành', 'Tiến độ (%)', 'Tình trạng', 'Thời điểm hoàn thành', 'Mã NV tỉnh'].forEach((h, i) =>
      head(ws, addr(hr, i + 1), h),
    );
    let r = hr + 1;
    let n = 0;
    for (const { task, state } of present(leader.tasks, month)) {
      n++;
      td(ws, addr(r, 1), n, { align: 'center' });
      td(ws, addr(r, 2), task.title);
      td(ws, addr(r, 3), targetIn(task, month));
      td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
      td(ws, addr(r, 5), progressValue(state), { align: 'center' });
      td(ws, addr(r, 6), statusTextOf(state, STANDARD_WORDS), { align: 'center' });
      // Completion dates typed as text, day first.
      td(ws, addr(r, 7), state.rawCompletedOn ?? (state.completedOn ? state.completedOn.split('-').reverse().join('/') : null), { align: 'center' });
      td(ws, addr(r, 8), task.provincialTask ?? null, { align: 'center' });
      rows.push(
        reading(task, month, caps, {
          sheet: leader.name,
          row: r,
          owner: leader.name,
          cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 5), status: addr(r, 6), completedOn: addr(r, 7), provincialTask: addr(r, 8) },
        }),
      );
      r++;
    }
    sheets.push({ name: leader.name, commitments: n });
  }
  return { file, layout: 'sheet-per-leader', sheets, rows, buffer: await save(wb) };
}

// =============================================================================================
// 3. Văn phòng Sở — a plain list typed without diacritics, upper-case headers, real date cells.
// =============================================================================================

export async function renderVP(month: Month): Promise<RenderedWorkbook> {
  const file = 'VanPhong_camket_2023.xlsx';
  const sheet = 'Sheet1';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: false, coordinating: false, notes: false };
  const words: Vocabulary = { done: 'Hoan thanh', doing: 'Dang thuc hien', todo: 'Chua thuc hien', stopped: 'Dung thuc hien' };
  const wb = newWorkbook(SAVED[month], 'Nguyen Van Loc');
  const ws = newSheet(wb, sheet, [5, 55, 40, 12, 20, 9, 16]);
  ['STT', 'NOI DUNG CONG VIEC', 'SAN PHAM', 'THOI HAN', 'NGUOI PHU TRACH', 'TIEN DO', 'TRANG THAI'].forEach((h, i) =>
    put(ws, addr(1, i + 1), h, { bold: true, font: 'Arial', size: 10 }),
  );
  const plain = { font: 'Arial', size: 10 };
  const rows: Written[] = [];
  let r = 2;
  for (const { task, state } of present(VP_TASKS, month)) {
    const d = deadlineCell(task.deadline);
    put(ws, addr(r, 1), r - 1, plain);
    put(ws, addr(r, 2), noAccents(task.title), plain);
    put(ws, addr(r, 3), noAccents(targetIn(task, month)), plain);
    const dc = put(ws, addr(r, 4), d.value, plain);
    if (d.numFmt) dc.numFmt = d.numFmt;
    put(ws, addr(r, 5), noAccents(task.owner ?? ''), plain);
    put(ws, addr(r, 6), progressValue(state), plain);
    put(ws, addr(r, 7), statusTextOf(state, words), plain);
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: noAccents(task.owner ?? ''),
        words,
        typed: noAccents,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6), status: addr(r, 7) },
      }),
    );
    r++;
  }
  return { file, layout: 'plain-list-no-diacritics', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 4. Thư viện tỉnh — progress as fractions in percent-formatted cells, no status column,
//    Vietnamese-style numbers in the targets.
// =============================================================================================

export async function renderTV(month: Month): Promise<RenderedWorkbook> {
  const file = 'thu-vien-tinh-2023.xlsx';
  const sheet = 'Năm 2023';
  const caps: Capabilities = { status: null, progress: 'number', completedOn: false, extended: false, provincialTask: false, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Phan Thanh Tùng');
  const ws = newSheet(wb, sheet, [6, 50, 40, 18, 24, 12, 20]);
  banner(ws, 'A1:D1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'A2:D2', 'THƯ VIỆN TỈNH', { bold: true, underline: true });
  banner(ws, 'A3:G3', `KẾ HOẠCH THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023 - CẬP NHẬT THÁNG ${MONTH_NUMBER[month]}`, { bold: true, size: 13 });
  const hr = 5;
  ['STT', 'Tên nhiệm vụ', 'Chỉ tiêu', 'Thời gian hoàn thành', 'Cán bộ thực hiện', 'Tỷ lệ hoàn thành', 'Ghi chú'].forEach((h, i) => head(ws, addr(hr, i + 1), h));
  const rows: Written[] = [];
  let r = hr + 1;
  for (const { task, state } of present(TV_TASKS, month)) {
    const p = state.progress;
    const fraction = p === null ? null : p / 100;
    td(ws, addr(r, 1), r - hr, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    td(ws, addr(r, 6), fraction, { align: 'center' }, p !== null && !Number.isInteger(p) ? '0.0%' : '0%');
    td(ws, addr(r, 7), null);
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6) },
      }),
    );
    r++;
  }
  return { file, layout: 'percent-fractions-no-status', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 5. Trung tâm Huấn luyện và Thi đấu TDTT — cumulative progress in month columns Tháng 1…12
//    under a merged parent, filled up to the month of the report; no progress or status column.
// =============================================================================================

export async function renderTTHLTD(month: Month): Promise<RenderedWorkbook> {
  const file = 'TT_HuanLuyen_TDTT_2023.xlsx';
  const sheet = 'Theo dõi tiến độ';
  const caps: Capabilities = { status: null, progress: 'months', completedOn: false, extended: false, provincialTask: false, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Huỳnh Thị Thu Sương');
  const ws = newSheet(wb, sheet, [6, 46, 30, 16, 22, ...Array(12).fill(8), 18]);
  banner(ws, 'A1:C1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'A2:C2', 'TRUNG TÂM HUẤN LUYỆN VÀ THI ĐẤU TDTT', { bold: true, underline: true });
  banner(ws, 'A4:R4', 'THEO DÕI TIẾN ĐỘ THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  const top = 6;
  const single: [number, string][] = [
    [1, 'STT'],
    [2, 'Nội dung đầu việc'],
    [3, 'Chỉ tiêu'],
    [4, 'Thời hạn'],
    [5, 'Người phụ trách'],
    [18, 'Ghi chú'],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(top, c, top + 1, c);
    head(ws, addr(top, c), text);
  }
  ws.mergeCells(top, 6, top, 17);
  head(ws, addr(top, 6), 'Tiến độ thực hiện lũy kế đến cuối tháng (%)');
  for (let m = 1; m <= 12; m++) head(ws, addr(top + 1, 5 + m), `Tháng ${m}`, { size: 11 });
  boxRange(ws, top, 1, top + 1, 18);

  const rows: Written[] = [];
  let r = top + 2;
  for (const { task, state } of present(TTHLTD_TASKS, month)) {
    td(ws, addr(r, 1), r - top - 1, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    const months = state.months ?? [];
    let lastCol: number | null = null;
    for (let m = 1; m <= 12; m++) {
      const v = months[m - 1] ?? null;
      td(ws, addr(r, 5 + m), v, { align: 'center' });
      if (v !== null) lastCol = 5 + m;
    }
    td(ws, addr(r, 18), null);
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: lastCol ? addr(r, lastCol) : undefined },
      }),
    );
    r++;
  }
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: top + 1 }];
  return { file, layout: 'month-columns', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 6. Ban Quản lý Di tích — a table starting at C7, text typed on a Mac (NFD) with line breaks and
//    odd spacing in the headers, extra columns (Kinh phí, Đơn vị phối hợp), a hidden column (the
//    provincial task code) and a hidden row, Thời hạn điều chỉnh and Ngày hoàn thành columns,
//    dates as Excel serial numbers in date-formatted cells.
// =============================================================================================

export async function renderBQLDT(month: Month): Promise<RenderedWorkbook> {
  const file = 'BQL_Di_tich_2023.xlsx';
  const sheet = 'KH 2023';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: true, extended: true, provincialTask: true, coordinating: true, notes: false };
  const nfd = (s: string) => s.normalize('NFD');
  const wb = newWorkbook(SAVED[month], nfd('Võ Văn Toàn'));
  const ws = newSheet(wb, nfd(sheet), [4, 4, 6, 44, 28, 20, 12, 12, 12, 12, 16, 12, 28, 14]);
  banner(ws, 'C2:F2', nfd('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE'));
  banner(ws, 'C3:F3', nfd('BAN QUẢN LÝ DI TÍCH'), { bold: true, underline: true });
  banner(ws, 'C5:N5', nfd('KẾ HOẠCH VÀ TIẾN ĐỘ THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023'), { bold: true, size: 14 });

  const hr = 7;
  const headers = [
    'STT',
    'Tên\nnhiệm vụ',
    'Kết quả  cần đạt',
    'Cán bộ\nthực hiện',
    'Hạn hoàn\nthành',
    'Thời hạn\nđiều chỉnh',
    'Ngày hoàn\nthành',
    'Tỷ lệ hoàn thành\n(%)',
    'Tình   trạng',
    'Kinh phí\n(triệu đồng)',
    ' Đơn vị phối hợp ',
    'Mã nhiệm vụ\nUBND tỉnh giao',
  ];
  headers.forEach((h, i) => head(ws, addr(hr, 3 + i), nfd(h)));
  ws.getRow(hr).height = 50;
  ws.getColumn(14).hidden = true; // the provincial task code column, hidden

  const dateCell = (iso: string | undefined) => (iso ? excelSerial(iso) : null);
  const rows: Written[] = [];
  let r = hr + 1;
  let total = 0;
  for (const { task, state } of present(BQLDT_TASKS, month)) {
    const d = deadlineCell(task.deadline, 'serial');
    td(ws, addr(r, 3), r - hr, { align: 'center' });
    td(ws, addr(r, 4), nfd(task.title));
    td(ws, addr(r, 5), nfd(targetIn(task, month)));
    td(ws, addr(r, 6), nfd(task.owner ?? ''));
    td(ws, addr(r, 7), d.value, { align: 'center' }, d.numFmt);
    td(ws, addr(r, 8), dateCell(extendedIn(task, month)), { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 9), dateCell(state.completedOn), { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 10), progressValue(state), { align: 'center' });
    td(ws, addr(r, 11), nfd(statusTextOf(state, STANDARD_WORDS)), { align: 'center' });
    td(ws, addr(r, 12), task.budget ?? null, { align: 'right' }, '#,##0');
    td(ws, addr(r, 13), task.coordinating ? nfd(task.coordinating) : null);
    td(ws, addr(r, 14), task.provincialTask ?? null, { align: 'center' });
    if (task.hiddenRow) ws.getRow(r).hidden = true;
    total += task.budget ?? 0;
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 4), deadline: addr(r, 7), progress: addr(r, 10), status: addr(r, 11), provincialTask: addr(r, 14) },
      }),
    );
    r++;
  }
  td(ws, addr(r, 3), nfd('Cộng'), { bold: true, align: 'center' });
  boxRange(ws, r, 4, r, 14);
  td(ws, addr(r, 12), total, { bold: true, align: 'right' }, '#,##0');

  return { file, layout: 'offset-nfd-extra-hidden', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 7. Bảo tàng tỉnh — the status as a mark (x, X, ✓) under a merged "Kết quả thực hiện" header
//    with sub-columns Đã hoàn thành | Đang thực hiện | Chưa thực hiện; a completion-date column.
// =============================================================================================

export async function renderBT(month: Month): Promise<RenderedWorkbook> {
  const file = 'Bảo tàng tỉnh - cam kết 2023.xlsx';
  const sheet = 'Bảo tàng';
  const caps: Capabilities = { status: 'mark', progress: null, completedOn: true, extended: false, provincialTask: false, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Lê Thị Cẩm Tú');
  const ws = newSheet(wb, sheet, [6, 48, 30, 16, 24, 12, 12, 12, 14, 18]);
  banner(ws, 'A1:C1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'A2:C2', 'BẢO TÀNG TỈNH', { bold: true, underline: true });
  banner(ws, 'A4:J4', 'KẾ HOẠCH THỰC HIỆN ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  const top = 6;
  const single: [number, string][] = [
    [1, 'STT'],
    [2, 'Nội dung công việc'],
    [3, 'Sản phẩm'],
    [4, 'Thời hạn'],
    [5, 'Người chịu trách nhiệm'],
    [9, 'Ngày hoàn thành'],
    [10, 'Ghi chú'],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(top, c, top + 1, c);
    head(ws, addr(top, c), text);
  }
  ws.mergeCells(top, 6, top, 8);
  head(ws, addr(top, 6), 'Kết quả thực hiện');
  const markColumns: Record<'done' | 'doing' | 'todo', { col: number; text: string }> = {
    done: { col: 6, text: 'Đã hoàn thành' },
    doing: { col: 7, text: 'Đang thực hiện' },
    todo: { col: 8, text: 'Chưa thực hiện' },
  };
  for (const m of Object.values(markColumns)) head(ws, addr(top + 1, m.col), m.text, { size: 11 });
  boxRange(ws, top, 1, top + 1, 10);

  const marks = ['x', 'X', '✓'];
  const rows: Written[] = [];
  let r = top + 2;
  for (const { task, state } of present(BT_TASKS, month)) {
    const n = r - top - 1;
    td(ws, addr(r, 1), n, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    if (state.word !== 'done' && state.word !== 'doing' && state.word !== 'todo') throw new Error('marks: done, doing or todo only');
    const mark = markColumns[state.word];
    for (const m of Object.values(markColumns)) td(ws, addr(r, m.col), m === mark ? marks[(n - 1) % marks.length] : null, { align: 'center' });
    td(ws, addr(r, 9), state.completedOn ? isoDate(state.completedOn) : null, { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 10), null);
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        statusText: mark.text,
        cells: { title: addr(r, 2), deadline: addr(r, 4), status: addr(r, mark.col) },
      }),
    );
    r++;
  }
  return { file, layout: 'status-marks', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 8. Thanh tra Sở — legacy TCVN3 text: cells in .VnTime, the title in .VnTimeH (capitals).
// =============================================================================================

/** Text for a normal .VnTime cell, encoded with the generator's own TCVN3 table (./tcvn3.ts, from the
 *  standard): it throws on a capital the font lacks, which would not round-trip. */
function vnTime(text: string): string {
  return tcvn3(text);
}

export async function renderTTRA(month: Month): Promise<RenderedWorkbook> {
  const file = 'thanh-tra-2023.xlsx';
  const sheet = 'Dang ky 2023';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: false, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Ngo Thi Thanh Tuyen');
  const ws = newSheet(wb, sheet, [6, 52, 32, 16, 22, 10, 18]);
  const vn = { font: '.VnTime', size: 13 };
  const vnH = { font: '.VnTimeH', size: 13 };
  banner(ws, 'A1:C1', vnTime('Sở Văn hóa, Thể thao và Du lịch'), vn);
  banner(ws, 'A2:C2', vnTime('Thanh tra Sở'), { ...vn, bold: true, underline: true });
  banner(ws, 'A4:G4', tcvn3Capitals('KẾ HOẠCH THANH TRA, KIỂM TRA VÀ ĐẦU VIỆC TRỌNG TÂM NĂM 2023'), { ...vnH, bold: true });
  banner(ws, 'A5:G5', vnTime(`(Số liệu đến ngày ${DAY_TEXT[month]})`), { ...vn, italic: true });
  const hr = 7;
  ['STT', 'Nội dung công việc', 'Chỉ tiêu', 'Thời hạn', 'Người thực hiện', 'Tiến độ (%)', 'Tình trạng'].forEach((h, i) =>
    head(ws, addr(hr, i + 1), vnTime(h), vn),
  );
  const rows: Written[] = [];
  let r = hr + 1;
  for (const { task, state } of present(TTRA_TASKS, month)) {
    td(ws, addr(r, 1), r - hr, { ...vn, align: 'center' });
    td(ws, addr(r, 2), vnTime(task.title), vn);
    td(ws, addr(r, 3), vnTime(targetIn(task, month)), vn);
    td(ws, addr(r, 4), vnTime(deadlineCell(task.deadline).value as string), { ...vn, align: 'center' });
    td(ws, addr(r, 5), vnTime(task.owner ?? ''), vn);
    td(ws, addr(r, 6), progressValue(state), { ...vn, align: 'center' });
    td(ws, addr(r, 7), vnTime(statusTextOf(state, STANDARD_WORDS)), { ...vn, align: 'center' });
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6), status: addr(r, 7) },
      }),
    );
    r++;
  }
  r++;
  put(ws, addr(r, 2), vnTime('Người lập biểu'), { ...vn, bold: true, align: 'center' });
  banner(ws, `E${r}:G${r}`, vnTime('Chánh Thanh tra'), { ...vn, bold: true });
  banner(ws, `E${r + 4}:G${r + 4}`, vnTime('Bùi Văn Dũng'), { ...vn, bold: true });
  // A1 holds the first legacy text ("Së V¨n hãa…"): the legacy-encoding warning points there.
  return { file, layout: 'legacy-tcvn3', sheets: [{ name: sheet, commitments: rows.length, legacyCell: 'A1' }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 9. Phòng Kế hoạch - Tài chính — a Tổng cộng row with a SUM formula, a progress cell that is a
//    formula with its saved result, a comment (note) on a progress cell, Ngày HT as date cells,
//    an extra Kinh phí column.
// =============================================================================================

const KHTC_WORDS: Vocabulary = { done: 'Hoàn thành', doing: 'Đang thực hiện', todo: 'Chưa thực hiện', stopped: 'Dừng thực hiện' };

export async function renderKHTC(month: Month): Promise<RenderedWorkbook> {
  const file = 'KHTC - Dau viec trong tam 2023.xlsx';
  const sheet = 'KH-TC 2023';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: true, extended: false, provincialTask: true, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Phạm Thị Yến');
  const ws = newSheet(wb, sheet, [6, 50, 32, 16, 22, 10, 16, 13, 11, 14]);
  banner(ws, 'A1:C1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'A2:C2', 'PHÒNG KẾ HOẠCH - TÀI CHÍNH', { bold: true, underline: true });
  banner(ws, 'A4:J4', 'ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  const hr = 6;
  ['STT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Hạn hoàn thành', 'Người thực hiện', 'Tiến độ (%)', 'Tình trạng', 'Ngày HT', 'Mã NV tỉnh', 'Kinh phí (triệu đồng)'].forEach(
    (h, i) => head(ws, addr(hr, i + 1), h),
  );
  const rows: Written[] = [];
  let r = hr + 1;
  const first = r;
  let total = 0;
  for (const { task, state } of present(KHTC_TASKS, month)) {
    td(ws, addr(r, 1), r - hr, { align: 'center' });
    td(ws, addr(r, 2), task.title);
    td(ws, addr(r, 3), targetIn(task, month));
    td(ws, addr(r, 4), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 5), task.owner ?? null);
    const progress =
      task.progressFormula && month === 'jun' ? { formula: task.progressFormula, result: state.progress ?? 0 } : progressValue(state);
    const pc = td(ws, addr(r, 6), progress as ExcelJS.CellValue, { align: 'center' });
    if (task.progressNote && month === 'jun') pc.note = { texts: [{ text: `Phạm Thị Yến:\n${task.progressNote}` }] } as ExcelJS.Comment;
    td(ws, addr(r, 7), statusTextOf(state, KHTC_WORDS), { align: 'center' });
    td(ws, addr(r, 8), state.completedOn ? isoDate(state.completedOn) : null, { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 9), task.provincialTask ?? null, { align: 'center' });
    td(ws, addr(r, 10), task.budget ?? null, { align: 'right' }, '#,##0');
    total += task.budget ?? 0;
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        words: KHTC_WORDS,
        cells: { title: addr(r, 2), deadline: addr(r, 4), progress: addr(r, 6), status: addr(r, 7), provincialTask: addr(r, 9) },
      }),
    );
    r++;
  }
  ws.mergeCells(r, 1, r, 5);
  td(ws, addr(r, 1), 'Tổng cộng', { bold: true, align: 'center' });
  boxRange(ws, r, 1, r, 10);
  td(ws, addr(r, 10), { formula: `SUM(J${first}:J${r - 1})`, result: total } as ExcelJS.CellValue, { bold: true, align: 'right' }, '#,##0');
  return { file, layout: 'formulas-comment', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 10. Phòng Quản lý Thể dục thể thao — table from B5, upper-case headers with diacritics,
//     Thời gian thực hiện › Từ ngày / Đến ngày as date cells, and a plain Thời điểm hoàn thành.
// =============================================================================================

export async function renderQLTDTT(month: Month): Promise<RenderedWorkbook> {
  const file = 'qlTDTT_2023.xlsx';
  const sheet = 'Phòng QLTDTT';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: true, extended: false, provincialTask: true, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Hồ Thị Mộng Tuyền');
  const ws = newSheet(wb, sheet, [3, 6, 48, 28, 12, 14, 24, 10, 16, 14, 16]);
  banner(ws, 'B1:D1', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
  banner(ws, 'B2:D2', 'PHÒNG QUẢN LÝ THỂ DỤC THỂ THAO', { bold: true, underline: true });
  banner(ws, 'B3:K3', 'ĐĂNG KÝ ĐẦU VIỆC TRỌNG TÂM NĂM 2023', { bold: true, size: 14 });
  const top = 5;
  const single: [number, string][] = [
    [2, 'STT'],
    [3, 'NỘI DUNG ĐẦU VIỆC'],
    [4, 'SẢN PHẨM'],
    [7, 'NGƯỜI CHỊU TRÁCH NHIỆM'],
    [8, 'TIẾN ĐỘ (%)'],
    [9, 'TÌNH TRẠNG'],
    [10, 'THỜI ĐIỂM HOÀN THÀNH'],
    [11, 'MÃ NHIỆM VỤ UBND TỈNH GIAO'],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(top, c, top + 1, c);
    head(ws, addr(top, c), text, { size: 11 });
  }
  ws.mergeCells(top, 5, top, 6);
  head(ws, addr(top, 5), 'THỜI GIAN THỰC HIỆN', { size: 11 });
  head(ws, addr(top + 1, 5), 'TỪ NGÀY', { size: 11 });
  head(ws, addr(top + 1, 6), 'ĐẾN NGÀY', { size: 11 });
  boxRange(ws, top, 2, top + 1, 11);

  const rows: Written[] = [];
  let r = top + 2;
  for (const { task, state } of present(QLTDTT_TASKS, month)) {
    const d = deadlineCell(task.deadline);
    td(ws, addr(r, 2), r - top - 1, { align: 'center' });
    td(ws, addr(r, 3), task.title);
    td(ws, addr(r, 4), targetIn(task, month));
    td(ws, addr(r, 5), task.start ? isoDate(task.start) : null, { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 6), d.value, { align: 'center' }, d.numFmt);
    td(ws, addr(r, 7), task.owner ?? null);
    td(ws, addr(r, 8), progressValue(state), { align: 'center' });
    td(ws, addr(r, 9), statusTextOf(state, STANDARD_WORDS), { align: 'center' });
    td(ws, addr(r, 10), state.completedOn ? isoDate(state.completedOn) : null, { align: 'center' }, DATE_FMT);
    td(ws, addr(r, 11), task.provincialTask ?? null, { align: 'center' });
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        cells: { title: addr(r, 3), deadline: addr(r, 6), progress: addr(r, 8), status: addr(r, 9), provincialTask: addr(r, 11) },
      }),
    );
    r++;
  }
  return { file, layout: 'offset-upper-case-from-to-dates', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

// =============================================================================================
// 11. Trung tâm Thông tin Xúc tiến Du lịch — table from B7 on "Sheet1", progress typed as text
//     ("30%", "62,5%"), "HT" for done. No `files` pattern: found by its name in the title rows.
// =============================================================================================

const TTXTDL_WORDS: Vocabulary = { done: 'HT', doing: 'Đang thực hiện', todo: 'Chưa thực hiện', stopped: 'Dừng thực hiện' };

export async function renderTTXTDL(month: Month): Promise<RenderedWorkbook> {
  const file = 'cam-ket-2023-xtdl.xlsx';
  const sheet = 'Sheet1';
  const caps: Capabilities = { status: 'text', progress: 'number', completedOn: false, extended: false, provincialTask: true, coordinating: false, notes: false };
  const wb = newWorkbook(SAVED[month], 'Lương Thị Kim Ngân');
  const ws = newSheet(wb, sheet, [3, 5, 50, 34, 20, 22, 12, 16, 16]);
  banner(ws, 'B2:E2', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE');
  banner(ws, 'B3:E3', 'TRUNG TÂM THÔNG TIN XÚC TIẾN DU LỊCH', { bold: true });
  banner(ws, 'B5:I5', `ĐĂNG KÝ ĐẦU VIỆC TRỌNG TÂM NĂM 2023 (cập nhật đến ${DAY_TEXT[month]})`, { bold: true, size: 13 });
  const hr = 7;
  ['TT', 'Đầu việc', 'Kết quả cần đạt', 'Thời hạn', 'Người thực hiện', '% hoàn thành', 'Trạng thái', 'Mã nhiệm vụ UBND tỉnh giao'].forEach((h, i) =>
    head(ws, addr(hr, 2 + i), h),
  );
  const rows: Written[] = [];
  let r = hr + 1;
  for (const { task, state } of present(TTXTDL_TASKS, month)) {
    td(ws, addr(r, 2), r - hr, { align: 'center' });
    td(ws, addr(r, 3), task.title);
    td(ws, addr(r, 4), targetIn(task, month));
    td(ws, addr(r, 5), deadlineCell(task.deadline).value, { align: 'center' });
    td(ws, addr(r, 6), task.owner ?? null);
    td(ws, addr(r, 7), percentText(state) || null, { align: 'center' });
    td(ws, addr(r, 8), statusTextOf(state, TTXTDL_WORDS), { align: 'center' });
    td(ws, addr(r, 9), task.provincialTask ?? null, { align: 'center' });
    rows.push(
      reading(task, month, caps, {
        sheet,
        row: r,
        owner: task.owner ?? null,
        words: TTXTDL_WORDS,
        cells: { title: addr(r, 3), deadline: addr(r, 5), progress: addr(r, 7), status: addr(r, 8), provincialTask: addr(r, 9) },
      }),
    );
    r++;
  }
  return { file, layout: 'offset-text-progress', sheets: [{ name: sheet, commitments: rows.length }], rows, buffer: await save(wb) };
}

/** Every unit's renderer, by unit code. */
export const RENDERERS: Record<string, (month: Month) => Promise<RenderedWorkbook>> = {
  'BGD-SO': renderBGD,
  VP: renderVP,
  TTRA: renderTTRA,
  KHTC: renderKHTC,
  QLVHGD: renderQLVHGD,
  QLTDTT: renderQLTDTT,
  QLDL: renderQLDL,
  BT: renderBT,
  TV: renderTV,
  TTVHDA: renderTTVHDA,
  TTHLTD: renderTTHLTD,
  TTXTDL: renderTTXTDL,
  BQLDT: renderBQLDT,
};

