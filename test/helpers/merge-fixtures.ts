// Small real workbooks (written by exceljs) and a small department, for the merge tests.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Department } from '../../src/core/department';
import { main } from '../../src/node/cli';

export const ASOF = '2023-06-30';

/** Two blocks, five units: VP and KHTC found by file name, BT by a Vietnamese pattern, TV by its
 *  name in the title rows, TTVH sends nothing. */
export function smallDepartment(): Department {
  return {
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
    year: 2023,
    blocks: [
      { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 },
      { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 8 },
    ],
    units: [
      { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3, files: ['van-phong*.xlsx'] },
      { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', block: 'QLNN', registered: 2, files: ['ke-hoach*.xlsx'] },
      { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 3, files: ['Bảo tàng*.xlsx'] },
      { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 3, aliases: ['Thư viện tỉnh Bến Tre'] },
      { code: 'TTVH', name: 'Trung tâm Văn hóa - Điện ảnh', block: 'SN', registered: 2 },
    ],
    provincialTasks: [{ code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa' }],
  };
}

export type Row = [
  title: string,
  deadline: string | Date,
  progress: number | null,
  status: string | null,
  code?: string,
  target?: string,
];

/** A unit workbook in a common layout: title rows naming the unit, a one-row header, rows. */
export async function writeUnitWorkbook(
  file: string,
  unitLine: string,
  rows: Row[],
  opts: { codeColumn?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đầu việc');
  ws.addRow(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  ws.addRow([unitLine, null, null, 'Độc lập - Tự do - Hạnh phúc']);
  ws.addRow([]);
  ws.addRow(['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023']);
  const header = ['STT', 'Nội dung công việc', 'Chỉ tiêu', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'];
  ws.addRow(opts.codeColumn ? [...header, 'Mã đầu việc'] : header);
  rows.forEach(([title, deadline, progress, status, code, target], i) => {
    const r = ws.addRow([
      i + 1,
      title,
      target ?? null,
      deadline,
      progress,
      status,
      ...(opts.codeColumn ? [code ?? null] : []),
    ]);
    if (deadline instanceof Date) r.getCell(4).numFmt = 'dd/mm/yyyy';
  });
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

export function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** The first bytes of an OLE2 compound file: what an Excel 97-2003 .xls begins with. */
export const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 container as Excel writes a password-protected .xlsx: the real thing holds the streams
 *  "EncryptionInfo" and "EncryptedPackage". Here: the OLE2 signature, a zeroed 512-byte header,
 *  then a directory sector holding the two stream names in UTF-16LE, padded to 1 KB. That is all
 *  the reader looks at to tell an encrypted workbook from an old .xls. */
export function encryptedWorkbookBytes(): Buffer {
  const header = Buffer.alloc(512);
  OLE2_MAGIC.copy(header, 0);
  const names = Buffer.concat([
    Buffer.from('EncryptionInfo', 'utf16le'),
    Buffer.alloc(128 - 28),
    Buffer.from('EncryptedPackage', 'utf16le'),
    Buffer.alloc(128 - 32),
  ]);
  return Buffer.concat([header, names, Buffer.alloc(1024 - 512 - names.length)]);
}

/** An old .xls: the OLE2 signature and a header, no encrypted package. */
export function xlsBytes(): Buffer {
  const b = Buffer.alloc(1024);
  OLE2_MAGIC.copy(b, 0);
  Buffer.from('Workbook', 'utf16le').copy(b, 512);
  return b;
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Every file under dir with its hash, for "unit workbooks are never modified". */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out[path.relative(dir, p)] = await sha256(p);
    }
  };
  await walk(dir);
  return out;
}

/** The CLI in process, output captured. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
