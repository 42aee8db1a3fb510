// A province-scale corpus for `npm run bench`: many unit workbooks in several real-world layouts,
// with Vietnamese text, shared strings, merged headers and the usual mistakes. Deterministic for a
// given size, so two runs measure the same bytes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Department } from '../../src/core/department';

export interface CorpusOptions {
  files: number;
  rowsPerFile: number;
  seed?: number;
}

export interface Corpus {
  dir: string;
  folder: string;
  config: string;
  files: number;
  rows: number;
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Tổ chức',
  'Xây dựng',
  'Triển khai',
  'Tham mưu',
  'Kiểm tra',
  'Hướng dẫn',
  'Phối hợp',
  'Rà soát',
  'Đẩy mạnh',
  'Nâng cao',
  'Số hóa',
  'Tu bổ',
];
const OBJECTS = [
  'Lễ hội Dừa',
  'kế hoạch phát triển du lịch',
  'hồ sơ xếp hạng di tích',
  'giải thể thao quần chúng',
  'chương trình nghệ thuật',
  'phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa',
  'công tác gia đình',
  'thư viện thân thiện',
  'hiện vật bảo tàng',
  'đề án chuyển đổi số',
  'quy chế chi tiêu nội bộ',
  'dự toán ngân sách',
  'công tác thanh tra chuyên ngành',
  'điểm đến du lịch cộng đồng',
];
const PLACES = [
  'tại huyện Châu Thành',
  'tại thành phố Bến Tre',
  'ở các xã vùng sâu',
  'trên địa bàn tỉnh',
  'cấp tỉnh',
  'năm 2023',
  'giai đoạn 2023 - 2025',
];
const TARGETS = [
  'Kế hoạch được phê duyệt',
  'Báo cáo kết quả',
  '100% đơn vị tham gia',
  '1.800 bản sách',
  '03 hồ sơ',
  'Tổ chức thành công',
  '80,5% hài lòng',
];
const PEOPLE = [
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Lê Minh Châu',
  'Phạm Quốc Dũng',
  'Huỳnh Thị Hạnh',
  'Võ Thanh Tùng',
  'Đặng Thị Lan',
];
const STATUS = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Hoàn thành', 'Đang triển khai'];
const SECTIONS = ['LĨNH VỰC VĂN HÓA', 'LĨNH VỰC THỂ THAO', 'LĨNH VỰC DU LỊCH', 'CÔNG TÁC CHUNG'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTERS = ['Quý I/2023', 'Quý II/2023', 'Quý III/2023', 'Quý IV/2023'];

export type Layout = 'simple' | 'national' | 'marks' | 'months';
export const LAYOUTS: Layout[] = ['simple', 'national', 'marks', 'months'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

interface RowData {
  title: string;
  target: string;
  owner: string;
  month: number;
  deadlineText: string;
  deadlineDate: Date;
  progress: number;
  status: string;
}

function makeRow(rnd: () => number, unit: number, i: number): RowData {
  const month = 1 + Math.floor(rnd() * 12);
  const kind = rnd();
  const deadlineDate = new Date(Date.UTC(2023, month, 0));
  const deadlineText =
    kind < 0.4
      ? `Tháng ${month}/2023`
      : kind < 0.7
        ? QUARTERS[Math.floor((month - 1) / 3)]
        : kind < 0.95
          ? `${deadlineDate.getUTCDate()}/${month}/2023`
          : 'Thường xuyên';
  const status = pick(rnd, STATUS);
  const done = status.includes('oàn thành');
  const progress = done ? 100 : status.startsWith('Chưa') ? 0 : 10 * (1 + Math.floor(rnd() * 9));
  return {
    // The unit and row number keep titles unique, as a unit's own list is.
    title: `${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, PLACES)} (đợt ${unit}.${i + 1})`,
    target: pick(rnd, TARGETS),
    owner: pick(rnd, PEOPLE),
    month,
    deadlineText,
    deadlineDate,
    progress,
    status,
  };
}

function unitName(n: number): string {
  return `Đơn vị số ${n}`;
}

function fileName(n: number, layout: Layout): string {
  const id = String(n).padStart(4, '0');
  return layout === 'national' ? `DV${id} - Đăng ký đầu việc 2023.xlsx` : `dv${id}_${layout}_2023.xlsx`;
}

function titleRows(ws: ExcelJS.Worksheet, n: number, width: number): void {
  ws.addRow([
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    ...new Array(Math.max(0, width - 4)).fill(null),
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ]).commit();
  ws.addRow([
    unitName(n).toUpperCase(),
    ...new Array(Math.max(0, width - 4)).fill(null),
    'Độc lập - Tự do - Hạnh phúc',
  ]).commit();
  ws.addRow([]).commit();
  ws.addRow(['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023']).commit();
}

async function writeWorkbook(file: string, n: number, layout: Layout, rows: RowData[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(layout === 'months' ? 'Tiến độ 2023' : 'Đầu việc 2023');
  const perSection = Math.ceil(rows.length / SECTIONS.length);
  if (layout === 'simple') {
    ws.addRow([
      'STT',
      'Nội dung công việc',
      'Chỉ tiêu',
      'Người chịu trách nhiệm',
      'Thời hạn',
      'Tiến độ (%)',
      'Tình trạng',
      'Ghi chú',
    ]).commit();
    rows.forEach((r, i) => {
      const row = ws.addRow([i + 1, r.title, r.target, r.owner, r.deadlineDate, r.progress, r.status, null]);
      row.getCell(5).numFmt = 'dd/mm/yyyy';
      row.commit();
    });
  } else if (layout === 'national') {
    titleRows(ws, n, 7);
    ws.addRow([
      'STT',
      'Nội dung đầu việc',
      'Chỉ tiêu / Sản phẩm',
      'Thời gian thực hiện',
      null,
      'Người chịu trách nhiệm',
      'Tiến độ (%)',
      'Tình trạng',
    ]);
    ws.addRow([null, null, null, 'Bắt đầu', 'Hoàn thành', null, null, null]);
    // Merged before the rows are committed: the streaming writer cannot go back.
    for (const m of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6', 'G5:G6', 'H5:H6']) ws.mergeCells(m);
    ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']).commit();
    rows.forEach((r, i) => {
      if (i % perSection === 0) ws.addRow([ROMAN[i / perSection], SECTIONS[i / perSection]]).commit();
      ws.addRow([
        (i % perSection) + 1,
        r.title,
        r.target,
        'Tháng 1/2023',
        r.deadlineText,
        r.owner,
        `${r.progress}%`,
        r.status,
      ]).commit();
    });
    ws.addRow([]).commit();
    ws.addRow([null, 'NGƯỜI LẬP BIỂU', null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ']).commit();
  } else if (layout === 'marks') {
    titleRows(ws, n, 7);
    ws.addRow([`Người đăng ký: ${PEOPLE[n % PEOPLE.length]} - Trưởng phòng`]).commit();
    ws.addRow(['TT', 'Tên nhiệm vụ', 'Sản phẩm', 'Thời hạn', 'Kết quả thực hiện', null, null]);
    ws.addRow([null, null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện']);
    for (const m of ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:G6']) ws.mergeCells(m);
    rows.forEach((r, i) => {
      const mark = r.progress === 100 ? 0 : r.progress > 0 ? 1 : 2;
      const marks = [null, null, null].map((_, k) => (k === mark ? 'x' : null));
      ws.addRow([i + 1, r.title, r.target, r.deadlineText, ...marks]).commit();
    });
  } else {
    // Table from B6, a code column, progress by month, no status column.
    ws.addRow([]).commit();
    ws.addRow([null, unitName(n).toUpperCase()]).commit();
    ws.addRow([null, 'KẾ HOẠCH VÀ TIẾN ĐỘ THỰC HIỆN ĐẦU VIỆC NĂM 2023']).commit();
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    const months = Array.from({ length: 12 }, (_, k) => `T${k + 1}`);
    ws.addRow([null, 'Mã', 'Nội dung công việc', 'Người phụ trách', 'Hạn hoàn thành', ...months]).commit();
    rows.forEach((r, i) => {
      // Progress climbs to its value by the deadline month, filled up to June.
      const filled = months.map((_, k) =>
        k < 6 ? Math.round((r.progress * Math.min(k + 1, r.month)) / r.month) : null,
      );
      const row = ws.addRow([
        null,
        `DV${n}-${String(i + 1).padStart(3, '0')}`,
        r.title,
        r.owner,
        r.deadlineDate,
        ...filled,
      ]);
      row.getCell(5).numFmt = 'dd/mm/yyyy';
      row.commit();
    });
  }
  ws.commit();
  await wb.commit();
}

/** The department file of the corpus: one unit per workbook, spread over three blocks. */
export function corpusDepartment(options: CorpusOptions): Department {
  const blocks = [
    { code: 'BGD', name: 'Ban Giám đốc', registered: 0 },
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 0 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 0 },
  ];
  const units = Array.from({ length: options.files }, (_, k) => {
    const n = k + 1;
    const block = blocks[n % blocks.length];
    block.registered += options.rowsPerFile;
    return {
      code: `DV${String(n).padStart(4, '0')}`,
      name: unitName(n),
      block: block.code,
      registered: options.rowsPerFile,
      files: [`dv${String(n).padStart(4, '0')}*.xlsx`],
    };
  });
  return { name: 'Sở mẫu (bench)', year: 2023, blocks, units, provincialTasks: [] };
}

/** Write the corpus under dir (reused when a previous run wrote the same size). */
export async function makeCorpus(
  dir: string,
  options: CorpusOptions,
  onFile?: (done: number) => void,
): Promise<Corpus> {
  const folder = path.join(dir, 'units');
  const config = path.join(dir, 'department.json');
  const manifest = path.join(dir, 'manifest.json');
  const want = { files: options.files, rowsPerFile: options.rowsPerFile, seed: options.seed ?? 1, version: 1 };
  const result: Corpus = { dir, folder, config, files: options.files, rows: options.files * options.rowsPerFile };
  const have = await fs
    .readFile(manifest, 'utf8')
    .then(JSON.parse)
    .catch(() => null);
  if (have && JSON.stringify(have) === JSON.stringify(want)) return result;

  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(config, JSON.stringify(corpusDepartment(options), null, 2));
  const rnd = random(want.seed);
  for (let n = 1; n <= options.files; n++) {
    const layout = LAYOUTS[n % LAYOUTS.length];
    const rows = Array.from({ length: options.rowsPerFile }, (_, i) => makeRow(rnd, n, i));
    await writeWorkbook(path.join(folder, fileName(n, layout)), n, layout, rows);
    onFile?.(n);
  }
  await fs.writeFile(manifest, JSON.stringify(want));
  return result;
}
