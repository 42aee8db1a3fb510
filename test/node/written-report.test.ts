// `camket merge … --docx`: the example department's June report, written by the real command after
// May's merge, opened by LibreOffice Writer (PDF and text) and read as the Director's office reads
// it: the Nghị định 30 heading, the sections, and figures equal to the JSON report's (the summary's roll-up).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/node/cli';
import { type ReadBack, docxParts, fontsNamed, hasRow, readBack, squash } from '../helpers/documents';

const repo = path.resolve(__dirname, '../..');
const config = path.join(repo, 'examples', 'department.json');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const pct = (r: number | null) =>
  r === null ? '—' : `${(r * 100).toFixed(1).replace(/\.0$/, '').replace('.', ',')} %`;
const dmy = (iso: string) => iso.split('-').map(Number).reverse().join('/');

interface Totals {
  registered: number | null;
  found: number;
  due: number;
  dueSoon: number;
  onTimeRate: number | null;
  byStatus: Record<string, number>;
  byUnit: Record<
    string,
    {
      registered: number | null;
      found: number;
      due: number;
      onTimeRate: number | null;
      byStatus: Record<string, number>;
    }
  >;
}
interface JsonReport {
  totals: Totals;
  provincialTasks: { code: string; title: string; commitments: number; byStatus: Record<string, number> }[];
  commitments: { unit: string; title: string; owner: string | null; deadline: string | null; status: string | null }[];
}

let dir: string;
let june: { code: number; out: string; err: string };
let report: JsonReport;
let withLetterhead: ReadBack;
let bare: ReadBack;
let docx: string;
const departmentJson = JSON.parse(require('node:fs').readFileSync(config, 'utf8'));
const unitName = (code: string) => departmentJson.units.find((u: { code: string }) => u.code === code).name as string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket báo cáo '));
  const may = await cli([
    'merge',
    path.join(repo, 'examples', 'previous-month'),
    '--config',
    config,
    '--as-of',
    '2023-05-31',
    '--out',
    path.join(dir, 'tong-hop-2023-05.xlsx'),
  ]);
  expect(may.code).toBe(1);
  docx = path.join(dir, 'bao-cao-2023-06.docx');
  june = await cli([
    'merge',
    path.join(repo, 'examples', 'units'),
    '--config',
    config,
    '--as-of',
    '2023-06-30',
    '--previous',
    path.join(dir, 'tong-hop-2023-05.xlsx'),
    '--out',
    path.join(dir, 'tong-hop-2023-06.xlsx'),
    '--report',
    path.join(dir, 'tong-hop-2023-06.json'),
    '--docx',
    docx,
  ]);
  report = JSON.parse(await fs.readFile(path.join(dir, 'tong-hop-2023-06.json'), 'utf8'));
  // The same month without --previous, for a department file with no letterhead.
  const { letterhead, ...plain } = departmentJson;
  void letterhead;
  const plainConfig = path.join(dir, 'department.json');
  await fs.writeFile(plainConfig, JSON.stringify({ ...plain, $schema: undefined }));
  const bareRun = await cli([
    'merge',
    path.join(repo, 'examples', 'units'),
    '--config',
    plainConfig,
    '--as-of',
    '2023-06-30',
    '--out',
    path.join(dir, 'khong-tieu-de.xlsx'),
    '--docx',
    path.join(dir, 'khong-tieu-de.docx'),
  ]);
  expect(bareRun.code).toBe(1);
  const read = await readBack([docx, path.join(dir, 'khong-tieu-de.docx')], path.join(dir, 'doc'));
  withLetterhead = read.get('bao-cao-2023-06.docx')!;
  bare = read.get('khong-tieu-de.docx')!;
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the merge writes the report and says where; the exit status is the merge's", () => {
  expect(june.code).toBe(1);
  expect(june.out).toContain(`Đã ghi báo cáo tháng (Word): ${docx}`);
});

test('the heading of Nghị định 30: the parent body and the department, the national name and motto, number, place and date, title', () => {
  const { lines } = withLetterhead;
  const at = (s: string) => lines.indexOf(s);
  const order = [
    'UBND TỈNH BẾN TRE',
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: ……/BC-SVHTTDL',
    'Bến Tre, ngày 30 tháng 6 năm 2023',
    'BÁO CÁO',
    'Kết quả thực hiện các đầu việc trọng tâm năm 2023',
    'Tháng 6/2023',
  ];
  for (const s of order) expect(lines).toContain(s);
  expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
  // Side by side on the printed page: the agency left of the national name, the number left of the date.
  expect(withLetterhead.layout).toMatch(/UBND TỈNH BẾN TRE\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  expect(withLetterhead.layout).toMatch(/Số: ……\/BC-SVHTTDL\s+Bến Tre, ngày 30 tháng 6 năm 2023/);
});

test('every section, in order, the changes since May the sixth; then Nơi nhận and the signature', () => {
  const { lines } = withLetterhead;
  const sections = [
    'I. KẾT QUẢ THỰC HIỆN CHUNG',
    'II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ',
    'III. THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO',
    'IV. ĐẦU VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
    'V. ĐƠN VỊ CHƯA BÁO CÁO, TỆP KHÔNG ĐỌC ĐƯỢC',
    'VI. NHỮNG THAY ĐỔI SO VỚI THÁNG TRƯỚC',
    'VII. KIẾN NGHỊ, ĐỀ XUẤT',
    'Nơi nhận:',
    'GIÁM ĐỐC',
    'Phan Văn Thạnh',
  ];
  const where = sections.map((s) => lines.indexOf(s));
  expect(where.every((i) => i >= 0)).toBe(true);
  expect(where).toEqual([...where].sort((a, b) => a - b));
});

test("the overall figures are the JSON report's totals", () => {
  const t = report.totals;
  const s = squash(withLetterhead.text);
  expect(t.found).toBe(131);
  expect(s).toContain(`- Số đầu việc đăng ký: ${vi(t.registered!)}; số đầu việc các đơn vị báo cáo: ${vi(t.found)}.`);
  expect(s).toContain(
    `- Đến hạn phải hoàn thành (đến ngày 30/6/2023): ${t.due} đầu việc; trong đó hoàn thành đúng hạn ${t.byStatus.done_on_time}, hoàn thành trễ hạn ${t.byStatus.done_late}, quá hạn chưa hoàn thành ${t.byStatus.overdue}.`,
  );
  expect(s).toContain(`số đầu việc đến hạn): ${pct(t.onTimeRate)}.`);
  expect(s).toContain(`- Sắp đến hạn (trong 7 ngày tới) mà chưa hoàn thành: ${t.dueSoon} đầu việc.`);
  expect(s).toContain(
    `đang thực hiện trong hạn ${t.byStatus.in_progress}; chưa thực hiện ${t.byStatus.not_started}; thường xuyên ${t.byStatus.recurring}; dừng thực hiện ${t.byStatus.cancelled}`,
  );
});

test("by block and unit: every unit's line and the total line are the JSON report's", () => {
  const t = report.totals;
  const row = (g: Totals['byUnit'][string]) => [
    g.registered === null ? '—' : vi(g.registered),
    vi(g.found),
    vi(g.due),
    String(g.byStatus.done_on_time),
    String(g.byStatus.done_late),
    String(g.byStatus.overdue),
    pct(g.onTimeRate),
  ];
  expect(hasRow(withLetterhead.lines, ['Tổng cộng', ...row(t as Totals['byUnit'][string])])).toBe(true);
  for (const [code, g] of Object.entries(t.byUnit))
    expect({ unit: code, found: hasRow(withLetterhead.lines, [unitName(code), ...row(g)]) }).toEqual({
      unit: code,
      found: true,
    });
  // The printed total line, as leadership reads it.
  expect(withLetterhead.layout).toMatch(new RegExp(`Tổng cộng\\s+${row(t as Totals['byUnit'][string]).join('\\s+')}`));
});

test('the provincial tasks with their commitments, and every overdue task with its unit, owner and deadline', () => {
  const { lines } = withLetterhead;
  for (const task of report.provincialTasks) {
    const done = task.byStatus.done_on_time + task.byStatus.done_late;
    expect({
      task: task.code,
      found: hasRow(lines, [
        `${task.title} (${task.code})`,
        String(task.commitments),
        String(done),
        String(task.byStatus.overdue),
      ]),
    }).toEqual({ task: task.code, found: true });
  }
  const overdue = report.commitments.filter((c) => c.status === 'overdue');
  expect(overdue.length).toBeGreaterThan(0);
  expect(squash(withLetterhead.text)).toContain(`Có ${overdue.length} đầu việc đã quá thời hạn mà chưa hoàn thành:`);
  for (const c of overdue)
    expect({
      title: c.title,
      found: hasRow(lines, [c.title, unitName(c.unit), c.owner ?? '…………………', dmy(c.deadline!)]),
    }).toEqual({ title: c.title, found: true });
});

test('units that have not reported, files that failed, and the changes since May', () => {
  const s = squash(withLetterhead.text);
  expect(s).toContain('Tất cả 13 đơn vị đã gửi số liệu.');
  expect(s).toContain('Không có tệp nào không đọc được.');
  expect(s).toContain(
    'So với báo cáo tháng trước (số liệu đến ngày 31/5/2023): đầu việc mới 1; mới hoàn thành 9; mới quá hạn 1; đổi thời hạn 1; đổi chỉ tiêu 1; tiến độ giảm 1; không còn trong danh mục 1.',
  );
  expect(
    hasRow(withLetterhead.lines, [
      'Đầu việc mới',
      unitName('TTXTDL'),
      'Phối hợp đón đoàn khảo sát doanh nghiệp lữ hành Thái Lan',
    ]),
  ).toBe(true);
  expect(
    hasRow(withLetterhead.lines, [
      'Không còn trong danh mục',
      unitName('TV'),
      'Tổ chức trưng bày sách chuyên đề chào mừng các ngày lễ lớn',
    ]),
  ).toBe(true);
});

test('A4 portrait on every page, Times New Roman throughout, the margins and sizes the decree sets', async () => {
  for (const doc of [withLetterhead, bare]) {
    expect(doc.pages.length).toBeGreaterThan(1);
    for (const p of doc.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
  }
  const { document, styles } = await docxParts(docx);
  expect([...fontsNamed(styles + document)]).toEqual(['Times New Roman']);
  // Body text 14 pt (w:sz in half-points).
  expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/);
  const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(document)!;
  expect([Number(size[1]), Number(size[2])]).toEqual([11906, 16838]);
  const margin = (side: string) => Number(new RegExp(`<w:pgMar[^>]*w:${side}="(\\d+)"`).exec(document)![1]) / 56.6929;
  expect(margin('top')).toBeGreaterThanOrEqual(19.9);
  expect(margin('top')).toBeLessThanOrEqual(25.1);
  expect(margin('bottom')).toBeGreaterThanOrEqual(19.9);
  expect(margin('bottom')).toBeLessThanOrEqual(25.1);
  expect(margin('left')).toBeGreaterThanOrEqual(29.9);
  expect(margin('left')).toBeLessThanOrEqual(35.1);
  expect(margin('right')).toBeGreaterThanOrEqual(14.9);
  expect(margin('right')).toBeLessThanOrEqual(20.1);
  // The emphasis Phụ lục I asks for: the agency and the national name bold, the date line in italics.
  const runOf = (text: string) =>
    new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${text}</w:t>`, 's').exec(document)?.[0] ?? '';
  expect(runOf('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toContain('<w:b/>');
  expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
  expect(runOf('Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
  expect(runOf('Bến Tre, ngày 30 tháng 6 năm 2023')).toContain('<w:i/>');
  expect(runOf('UBND TỈNH BẾN TRE')).not.toContain('<w:b/>');
  // Page numbers from the second page on.
  expect(document).toContain('<w:titlePg/>');
});

test('without a letterhead the places are dotted lines; without --previous there is no section on changes', () => {
  const { lines } = bare;
  expect(lines.filter((l) => l === '…………………').length).toBeGreaterThanOrEqual(3);
  expect(lines).toContain('Số: ……/BC-……');
  expect(lines).toContain('……, ngày 30 tháng 6 năm 2023');
  expect(lines).toContain('VI. KIẾN NGHỊ, ĐỀ XUẤT');
  expect(bare.text).not.toContain('THAY ĐỔI');
});

test('a --docx that is not .docx is refused before anything is read', async () => {
  const r = await cli([
    'merge',
    path.join(repo, 'examples', 'units'),
    '--config',
    config,
    '--out',
    path.join(dir, 'x.xlsx'),
    '--docx',
    path.join(dir, 'bao-cao.pdf'),
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('phải có đuôi .docx');
  await expect(fs.stat(path.join(dir, 'x.xlsx'))).rejects.toThrow();
});
