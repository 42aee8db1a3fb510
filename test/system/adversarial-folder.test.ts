// A folder as it arrives from fourteen mailboxes: lock files, system files, an old .xls, a damaged
// copy, a password, an empty workbook, a stray text file, a unit nobody can place, a unit that sent
// nothing, one that sent two files. Every case is reported and the rest is merged.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { summarySheetNames } from '../../src/node/summary';
import { billionLaughs, lyingSize, minimalParts, rawZip, zipBomb, zipParts } from '../bench/hostile';
import {
  ASOF,
  encryptedWorkbookBytes,
  hashTree,
  runCli,
  smallDepartment,
  utc,
  writeUnitWorkbook,
  xlsBytes,
} from '../helpers/merge-fixtures';

let root: string;
let folder: string;
let config: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'camket merge '));
  folder = path.join(root, 'Đơn vị gửi', 'Tháng 6 năm 2023');
  await fs.mkdir(folder, { recursive: true });
  config = path.join(root, 'cấu hình Sở.json');
  await fs.writeFile(config, JSON.stringify(smallDepartment(), null, 2));

  // Good workbooks. VP sent two files; one title in the second repeats one in the first.
  await writeUnitWorkbook(path.join(folder, 'van-phong 2023.xlsx'), 'VĂN PHÒNG SỞ', [
    ['Tham mưu hội nghị sơ kết 6 tháng', utc(2023, 6, 30), 100, 'Đã hoàn thành'],
    ['Rà soát quy chế chi tiêu nội bộ', 'Quý II/2023', 50, 'Đang thực hiện'],
    // A title a leader typed with a leading "=": text, never a formula.
    ['=Cập nhật danh bạ cơ quan', 'Thường xuyên', null, null],
  ]);
  await writeUnitWorkbook(path.join(folder, 'Thư mục con', 'van-phong (bản sửa).xlsx'), 'VĂN PHÒNG SỞ', [
    ['Rà soát quy chế chi tiêu nội bộ', 'Quý II/2023', 60, 'Đang thực hiện'],
  ]);
  await writeUnitWorkbook(path.join(folder, 'ke-hoach tai chinh.xlsx'), 'PHÒNG KẾ HOẠCH - TÀI CHÍNH', [
    ['Dự toán ngân sách 2024', 'Tháng 7/2023', 20, 'Đang thực hiện'],
    ['Quyết toán dự án', 'Tháng 5/2023', 100, 'Hoàn thành'],
  ]);
  await writeUnitWorkbook(path.join(folder, 'Bảo tàng tỉnh - cam kết.xlsx'), 'BẢO TÀNG TỈNH', [
    ['Kiểm kê hiện vật', 'Tháng 3/2023', 100, 'Đã hoàn thành'],
    ['Trưng bày chuyên đề', 'Tháng 9/2023', 40, 'Đang thực hiện'],
    ['Số hóa tư liệu', 'Năm 2023', 10, 'Đang thực hiện'],
  ]);
  // No file pattern: TV is found by its name in the title rows.
  await writeUnitWorkbook(path.join(folder, 'dau viec 2023.xlsx'), 'THƯ VIỆN TỈNH BẾN TRE', [
    ['Luân chuyển sách', 'Quý II/2023', 100, 'Đã hoàn thành'],
    ['Ngày sách Việt Nam', '30/4/2023', 100, 'Hoàn thành'],
    ['Thư viện thân thiện', 'Tháng 12/2023', 0, 'Chưa thực hiện'],
  ]);
  // A workbook no unit claims.
  await writeUnitWorkbook(path.join(folder, 'khong ro.xlsx'), 'ĐƠN VỊ KHÁC', [
    ['Việc của ai đó', 'Tháng 8/2023', 0, 'Chưa thực hiện'],
  ]);

  // What a folder also holds.
  await fs.writeFile(path.join(folder, '~$van-phong 2023.xlsx'), Buffer.from([0x0b, 0x4e, 0x67, 0x75]));
  await fs.writeFile(path.join(folder, 'Thumbs.db'), Buffer.alloc(64));
  await fs.writeFile(path.join(folder, 'desktop.ini'), '[.ShellClassInfo]\r\n');
  await fs.writeFile(path.join(folder, 'ghi chú gửi văn thư.txt'), 'Nhớ gửi trước ngày 5.');
  await fs.writeFile(path.join(folder, '.bi mat.xlsx'), 'hidden');
  await fs.mkdir(path.join(folder, '.an'));
  await writeUnitWorkbook(path.join(folder, '.an', 'van-phong cu.xlsx'), 'VĂN PHÒNG SỞ', [
    ['Không được đọc', 'Tháng 6/2023', 0, null],
  ]);
  // A link back up the tree: the walk must end.
  await fs.symlink(folder, path.join(folder, 'Thư mục con', 'vòng lặp'), 'dir');

  // Files that cannot be read.
  await fs.writeFile(path.join(folder, 'Bảo tàng - bản cũ.xls'), xlsBytes());
  await fs.writeFile(path.join(folder, 'mat khau.xlsx'), encryptedWorkbookBytes());
  const whole = await fs.readFile(path.join(folder, 'ke-hoach tai chinh.xlsx'));
  await fs.writeFile(path.join(folder, 'ke-hoach (chép dở).xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  await empty.xlsx.writeFile(path.join(folder, 'trống.xlsx'));
  await fs.writeFile(path.join(folder, 'rỗng 0 byte.xlsx'), Buffer.alloc(0));
  await fs.writeFile(path.join(folder, 'xuat tu phan mem.csv'), 'STT,Nội dung\n1,Việc\n');
  await fs.writeFile(path.join(folder, 'LibreOffice.ods'), Buffer.from('PK\u0003\u0004'));
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('camket merge on an adversarial folder', () => {
  let report: Report;
  let run: { code: number; out: string; err: string };
  let before: Record<string, string>;
  const out = () => path.join(root, 'kết quả', 'tong-hop-2023-06.xlsx');
  const reportFile = () => path.join(root, 'kết quả', 'báo cáo.json');

  beforeAll(async () => {
    await fs.mkdir(path.join(root, 'kết quả'));
    before = await hashTree(folder);
    run = await runCli([
      'merge',
      folder,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      out(),
      '--report',
      reportFile(),
    ]);
    report = JSON.parse(await fs.readFile(reportFile(), 'utf8'));
  });

  test('the merge completes with exit status 1: some files failed', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
  });

  test('every file is listed once, in a stable order, with its state', () => {
    const states = Object.fromEntries(
      report.files.map((f) => [f.file, [f.state, f.unit, f.error?.code ?? f.reason ?? null]]),
    );
    expect(states).toEqual({
      '.an/': ['skipped', null, 'tệp hoặc thư mục ẩn'],
      '.bi mat.xlsx': ['skipped', null, 'tệp hoặc thư mục ẩn'],
      '~$van-phong 2023.xlsx': ['skipped', null, 'tệp khóa tạm của Excel (~$), không phải tệp dữ liệu'],
      // BT's pattern is 'Bảo tàng*.xlsx': an .xls is not claimed by it.
      'Bảo tàng - bản cũ.xls': ['failed', null, 'unsupported-format'],
      'Bảo tàng tỉnh - cam kết.xlsx': ['merged', 'BT', null],
      'dau viec 2023.xlsx': ['merged', 'TV', null],
      'desktop.ini': ['skipped', null, 'tệp hệ thống của Windows/macOS'],
      'ghi chú gửi văn thư.txt': ['skipped', null, 'không phải tệp bảng tính'],
      'ke-hoach (chép dở).xlsx': ['failed', 'KHTC', 'unreadable-file'],
      'ke-hoach tai chinh.xlsx': ['merged', 'KHTC', null],
      'khong ro.xlsx': ['merged', null, null],
      'LibreOffice.ods': ['failed', null, 'unsupported-format'],
      'mat khau.xlsx': ['failed', null, 'encrypted-file'],
      'rỗng 0 byte.xlsx': ['failed', null, 'unreadable-file'],
      'Thư mục con/van-phong (bản sửa).xlsx': ['merged', 'VP', null],
      'Thumbs.db': ['skipped', null, 'tệp hệ thống của Windows/macOS'],
      'trống.xlsx': ['failed', null, 'no-table'],
      'van-phong 2023.xlsx': ['merged', 'VP', null],
      'xuat tu phan mem.csv': ['failed', null, 'unsupported-format'],
    });
    // Sorted without regard to case or diacritics; the link loop added nothing.
    expect(report.files.map((f) => f.file)).toEqual(
      [...report.files.map((f) => f.file)].sort((a, b) => {
        const fold = (s: string) =>
          s
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/gi, 'd')
            .toLowerCase();
        return fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0;
      }),
    );
  });

  test('each failure says what to do, in Vietnamese', () => {
    const message = (file: string) => report.files.find((f) => f.file === file)!.error!.message;
    expect(message('Bảo tàng - bản cũ.xls')).toMatch(/\.xls.*Lưu thành › Sổ làm việc Excel \(\.xlsx\)/);
    expect(message('xuat tu phan mem.csv')).toMatch(/\.csv.*\.xlsx/);
    expect(message('mat khau.xlsx')).toMatch(/mật khẩu.*bỏ mật khẩu/);
    expect(message('ke-hoach (chép dở).xlsx')).toMatch(/hỏng hoặc chép chưa hết/);
    expect(message('rỗng 0 byte.xlsx')).toMatch(/rỗng/);
    expect(message('trống.xlsx')).toMatch(/Không tìm thấy bảng đầu việc/);
  });

  test('issues: unknown unit, missing unit, counts of units and blocks, duplicates across two files', () => {
    // Every issue, exactly, in the report's order: by file (the department's own first), then by cell.
    const brief = report.issues.map(
      (i) => `${i.rule}|${i.severity}|${i.file}|${i.unit ?? ''}|${i.cell ? `${i.sheet}!${i.cell}` : ''}`,
    );
    expect(brief).toEqual([
      // QLNN: VP's 3 + 1 and KHTC's 2 found against 5; SN: BT's 3 and TV's 3 against 8.
      'count-mismatch|warning|||',
      'count-mismatch|warning|||',
      'missing-unit|warning||TTVH|',
      'unsupported-format|error|Bảo tàng - bản cũ.xls||',
      // Done rows with no completion date whose deadline (March, April, May) is past on 30 June.
      'missing-completion-date|warning|Bảo tàng tỉnh - cam kết.xlsx|BT|Đầu việc!F6',
      'unsupported-format|error|LibreOffice.ods||',
      'count-mismatch|warning|Thư mục con/van-phong (bản sửa).xlsx|VP|',
      'unit-several-files|info|Thư mục con/van-phong (bản sửa).xlsx|VP|',
      'missing-completion-date|warning|dau viec 2023.xlsx|TV|Đầu việc!F7',
      'unreadable-file|error|ke-hoach (chép dở).xlsx|KHTC|',
      'missing-completion-date|warning|ke-hoach tai chinh.xlsx|KHTC|Đầu việc!F7',
      'unknown-unit|error|khong ro.xlsx||',
      'encrypted-file|error|mat khau.xlsx||',
      'unreadable-file|error|rỗng 0 byte.xlsx||',
      'no-table|error|trống.xlsx||',
      // Files are read in path order: the subfolder's copy comes first, so the later row is flagged.
      'duplicate-commitment|warning|van-phong 2023.xlsx|VP|Đầu việc!B7',
      'unsupported-format|error|xuat tu phan mem.csv||',
    ]);
    expect(report.issues.filter((i) => i.rule === 'count-mismatch' && i.unit === null).map((i) => i.message)).toEqual([
      'Khối quản lý nhà nước đăng ký 5 đầu việc nhưng tìm thấy 6. Hãy kiểm tra đầu việc bị thiếu hoặc thừa.',
      'Khối đơn vị sự nghiệp đăng ký 8 đầu việc nhưng tìm thấy 6. Hãy kiểm tra đầu việc bị thiếu hoặc thừa.',
    ]);
    expect(report.issues.find((i) => i.rule === 'missing-unit')!.message).toBe(
      'Trung tâm Văn hóa - Điện ảnh chưa gửi tệp đầu việc. Hãy nhắc đơn vị gửi tệp; nếu tệp đã có trong thư mục, hãy kiểm tra mẫu tên tệp (files) của đơn vị trong tệp cấu hình.',
    );
    // The unit that sent only a bad copy besides a good file is not "missing"; no unit but TTVH is.
    expect(report.issues.filter((i) => i.rule === 'missing-unit').map((i) => i.unit)).toEqual(['TTVH']);
  });

  test('totals count every merged commitment, and only those', () => {
    expect(report.totals.commitments).toBe(13);
    expect(report.totals.byUnit.VP.found).toBe(4);
    expect(report.totals.byUnit.TTVH.found).toBe(0);
    expect(report.totals.byBlock.QLNN).toMatchObject({ registered: 5, found: 6 });
    expect(report.totals.byBlock.SN).toMatchObject({ registered: 8, found: 6 });
    expect(report.commitments.some((c) => c.title === 'Không được đọc')).toBe(false);
    const ids = report.commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a title starting with "=" stays the text written, in the report and in the summary', async () => {
    const c = report.commitments.find((x) => x.title.startsWith('='))!;
    expect(c).toMatchObject({
      title: '=Cập nhật danh bạ cơ quan',
      status: 'recurring',
      source: { file: 'van-phong 2023.xlsx', sheet: 'Đầu việc', row: 8 },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    const sheet = wb.getWorksheet(summarySheetNames('vi').commitments)!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (
          typeof cell.value === 'string'
            ? cell.value.includes('Cập nhật danh bạ')
            : JSON.stringify(cell.value ?? '').includes('Cập nhật danh bạ')
        )
          cells.push(cell);
      }),
    );
    expect(cells.map((x) => [x.type, x.value])).toEqual([[ExcelJS.ValueType.String, '=Cập nhật danh bạ cơ quan']]);
  });

  test('the unit workbooks are not touched, and the outputs are where asked', async () => {
    expect(await hashTree(folder)).toEqual(before);
    await expect(fs.stat(out())).resolves.toBeTruthy();
    expect(run.out).toContain(`Đã ghi bản tổng hợp: ${out()}`);
    expect(run.out).toContain(`Đã ghi báo cáo JSON: ${reportFile()}`);
  });

  test('the closing lines sum the run up', () => {
    expect(run.out).toContain('Tệp: 6 đã tổng hợp, 6 bỏ qua, 7 không đọc được');
    expect(run.out).toContain('Đầu việc: 13 (đăng ký 13)');
    expect(run.out).toContain('Đơn vị chưa có số liệu: TTVH');
    expect(run.out).toMatch(/Tệp không đọc được:\n\s+- Bảo tàng - bản cũ\.xls: Tệp dạng \.xls/);
  });
});

describe('exit statuses', () => {
  test('0: every workbook read and no error-severity issue', async () => {
    const dir = path.join(root, 'sạch');
    const dept = {
      ...smallDepartment(),
      units: smallDepartment().units.filter((u) => u.code === 'BT'),
      blocks: [{ code: 'SN', name: 'Khối sự nghiệp', registered: 2 }],
    };
    const cfg = path.join(root, 'sạch.json');
    await fs.writeFile(cfg, JSON.stringify(dept));
    await writeUnitWorkbook(path.join(dir, 'Bảo tàng.xlsx'), 'BẢO TÀNG TỈNH', [
      ['Kiểm kê hiện vật', 'Tháng 3/2023', 100, 'Đã hoàn thành'],
      ['Trưng bày', 'Tháng 9/2023', 40, 'Đang thực hiện'],
    ]);
    await fs.writeFile(path.join(dir, 'Thumbs.db'), '');
    const outFile = path.join(root, 'sạch.xlsx');
    const r = await runCli(['merge', dir, '--config', cfg, '--as-of', ASOF, '--out', outFile]);
    expect(r.code).toBe(0);
    await expect(fs.stat(outFile)).resolves.toBeTruthy();
  });

  test('2: nothing readable, and nothing written', async () => {
    const dir = path.join(root, 'hỏng hết');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'cu.xls'), xlsBytes());
    await fs.writeFile(path.join(dir, '~$cu.xlsx'), 'x');
    const outFile = path.join(root, 'không ghi.xlsx');
    const reportFile = path.join(root, 'không ghi.json');
    const r = await runCli([
      'merge',
      dir,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      outFile,
      '--report',
      reportFile,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có tệp đầu việc nào đọc được');
    await expect(fs.stat(outFile)).rejects.toThrow();
    await expect(fs.stat(reportFile)).rejects.toThrow();
  });

  test('2: a --previous that is no camket summary, or is dated after --as-of; nothing written', async () => {
    const outFile = path.join(root, 'không ghi 2.xlsx');
    const notSummary = await runCli([
      'merge',
      folder,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      outFile,
      '--previous',
      path.join(folder, 'van-phong 2023.xlsx'),
    ]);
    expect(notSummary.code).toBe(2);
    expect(notSummary.err).toContain('không phải bảng tổng hợp do camket lập');
    const later = path.join(root, 'tong-hop-2023-07.xlsx');
    expect((await runCli(['merge', folder, '--config', config, '--as-of', '2023-07-31', '--out', later])).code).toBe(1);
    const swapped = await runCli([
      'merge',
      folder,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      outFile,
      '--previous',
      later,
    ]);
    expect(swapped.code).toBe(2);
    expect(swapped.err).toContain('tính đến 31/07/2023, sau ngày 30/06/2023 đang tổng hợp');
    await expect(fs.stat(outFile)).rejects.toThrow();
  });

  test('2: a folder that is not there, an output that is not .xlsx', async () => {
    const missing = await runCli(['merge', path.join(root, 'không có'), '--config', config, '--as-of', ASOF]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không thấy thư mục');
    const badOut = await runCli([
      'merge',
      folder,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      path.join(root, 'x.xls'),
    ]);
    expect(badOut.code).toBe(2);
    expect(badOut.err).toContain('phải có đuôi .xlsx');
  });
});

describe('hostile files beside good ones', () => {
  // Each named for a unit, as an attacker (or a broken tool) would send it: the merge refuses each
  // one with its reason and merges the two good workbooks.
  let report: Report;
  let run: { code: number; out: string; err: string };

  beforeAll(async () => {
    const dir = path.join(root, 'độc hại');
    await writeUnitWorkbook(path.join(dir, 'Bảo tàng tỉnh.xlsx'), 'BẢO TÀNG TỈNH', [
      ['Kiểm kê hiện vật', 'Tháng 3/2023', 100, 'Đã hoàn thành'],
      ['Trưng bày chuyên đề', 'Tháng 9/2023', 40, 'Đang thực hiện'],
    ]);
    await writeUnitWorkbook(path.join(dir, 'ke-hoach tai chinh.xlsx'), 'PHÒNG KẾ HOẠCH - TÀI CHÍNH', [
      ['Dự toán ngân sách 2024', 'Tháng 7/2023', 20, 'Đang thực hiện'],
    ]);
    // A zip bomb: 4.7 MB that inflate to 1.5 GB of sheet.
    await fs.writeFile(path.join(dir, 'van-phong bom.xlsx'), zipBomb(1500));
    await fs.writeFile(path.join(dir, 'van-phong thuc the.xlsx'), billionLaughs());
    await fs.writeFile(path.join(dir, 'van-phong noi doi.xlsx'), lyingSize(24));
    const whole = zipParts(minimalParts());
    await fs.writeFile(path.join(dir, 'van-phong cat cut.xlsx'), whole.subarray(0, Math.floor(whole.length * 0.7)));
    // A part whose bytes are not deflate at all.
    await fs.writeFile(
      path.join(dir, 'van-phong hong.xlsx'),
      rawZip(
        Object.entries(minimalParts()).map(([name, v]) => ({
          name,
          data: name.endsWith('sheet1.xml')
            ? Buffer.from('not deflate, not anything')
            : require('node:zlib').deflateRawSync(Buffer.from(v)),
        })),
      ),
    );
    const reportFile = path.join(root, 'độc hại.json');
    run = await runCli([
      'merge',
      dir,
      '--config',
      config,
      '--as-of',
      ASOF,
      '--out',
      path.join(root, 'độc hại.xlsx'),
      '--report',
      reportFile,
    ]);
    report = JSON.parse(await fs.readFile(reportFile, 'utf8'));
  });

  test('each hostile file is failed with its reason, the good ones are merged, exit 1', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
    const states = Object.fromEntries(report.files.map((f) => [f.file, [f.state, f.unit, f.error?.code ?? null]]));
    expect(states).toEqual({
      'Bảo tàng tỉnh.xlsx': ['merged', 'BT', null],
      'ke-hoach tai chinh.xlsx': ['merged', 'KHTC', null],
      'van-phong bom.xlsx': ['failed', 'VP', 'unreadable-file'],
      'van-phong cat cut.xlsx': ['failed', 'VP', 'unreadable-file'],
      'van-phong hong.xlsx': ['failed', 'VP', 'unreadable-file'],
      'van-phong noi doi.xlsx': ['failed', 'VP', 'unreadable-file'],
      'van-phong thuc the.xlsx': ['failed', 'VP', 'unreadable-file'],
    });
    expect(report.commitments.map((c) => c.title)).toEqual([
      'Kiểm kê hiện vật',
      'Trưng bày chuyên đề',
      'Dự toán ngân sách 2024',
    ]);
  });

  test('the reasons, in words the clerk reads', () => {
    const message = (file: string) => report.files.find((f) => f.file === file)!.error!.message;
    const TOO_LARGE = /giải nén lớn bất thường/;
    const ENTITIES = /DOCTYPE\/ENTITY/;
    const DAMAGED = /hỏng hoặc chép chưa hết/;
    expect(message('van-phong bom.xlsx')).toMatch(TOO_LARGE);
    expect(message('van-phong noi doi.xlsx')).toMatch(TOO_LARGE);
    expect(message('van-phong thuc the.xlsx')).toMatch(ENTITIES);
    expect(message('van-phong cat cut.xlsx')).toMatch(DAMAGED);
    expect(message('van-phong hong.xlsx')).toMatch(DAMAGED);
    // The issue list says the same, file by file.
    expect(
      report.issues
        .filter((i) => i.rule === 'unreadable-file')
        .map((i) => i.file)
        .sort(),
    ).toEqual([
      'van-phong bom.xlsx',
      'van-phong cat cut.xlsx',
      'van-phong hong.xlsx',
      'van-phong noi doi.xlsx',
      'van-phong thuc the.xlsx',
    ]);
    expect(run.out).toContain('Tệp: 2 đã tổng hợp, 0 bỏ qua, 5 không đọc được');
  });
});
