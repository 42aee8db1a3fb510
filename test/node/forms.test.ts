// `camket forms`: the example department's commitment forms, one per person who owns commitments,
// written by the real command, opened by LibreOffice Writer (PDF and text), and checked against the
// example's truth (examples/expected.json): every commitment of the person in the person's form and no
// one else's; and a folder where some commitments name no owner, which go into their unit's form.
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { nameSlug } from '../../src/core/forms';
import { main } from '../../src/node/cli';
import { type ReadBack, docxParts, fontsNamed, readBack, squash } from '../helpers/documents';

const repo = path.resolve(__dirname, '../..');
const config = path.join(repo, 'examples', 'department.json');
const department = JSON.parse(readFileSync(config, 'utf8')) as { units: { code: string; name: string }[] };
const expected = JSON.parse(readFileSync(path.join(repo, 'examples', 'expected.json'), 'utf8')) as {
  commitments: { unit: string; owner: string; title: string }[];
};

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The expected commitments by owner, in reading order. */
const byOwner = new Map<string, { unit: string; titles: string[] }>();
for (const c of expected.commitments) {
  const owner = c.owner.normalize('NFC');
  const entry = byOwner.get(owner) ?? { unit: c.unit, titles: [] };
  entry.titles.push(c.title.normalize('NFC'));
  byOwner.set(owner, entry);
}

/** The table's STT column: 1, 2, … n in order after the header, and no n + 1 before the pledge. */
function rowNumbers(lines: string[]): number {
  let at = lines.indexOf('Thời gian hoàn thành');
  const end = lines.findIndex((l) => / cam kết tổ chức thực hiện hoàn thành/.test(l));
  let n = 0;
  for (;;) {
    const next = lines.indexOf(String(n + 1), at + 1);
    if (next < 0 || next > end) return n;
    n++;
    at = next;
  }
}

describe('the example department', () => {
  let dir: string;
  let run: { code: number; out: string; err: string };
  let forms: Map<string, ReadBack>;
  let names: string[];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket bản cam kết '));
    run = await cli([
      'forms',
      path.join(repo, 'examples', 'units'),
      '--config',
      config,
      '--out',
      path.join(dir, 'ban cam ket'),
      '--as-of',
      '2023-06-30',
    ]);
    names = (await fs.readdir(path.join(dir, 'ban cam ket'))).sort();
    forms = await readBack(
      names.map((n) => path.join(dir, 'ban cam ket', n)),
      path.join(dir, 'doc'),
    );
  }, 300_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('one form per person, named after the person without diacritics; exit status as validate gives (the example holds errors)', () => {
    expect(byOwner.size).toBe(37);
    expect(names).toEqual([...byOwner.keys()].map((o) => `cam-ket-${nameSlug(o)}.docx`).sort());
    expect(names).toContain('cam-ket-Phan-Van-Thanh.docx');
    expect(names).toContain('cam-ket-Dang-Thi-Thu-Thao.docx');
    expect(run.code).toBe(1);
    expect(run.out).toContain('[bad-deadline]');
    expect(run.out).toMatch(/Đã ghi 37 bản cam kết \(Word\) vào thư mục: .*ban cam ket/);
  });

  test("every commitment of the person in the person's form, and no one else's", () => {
    for (const [owner, { titles }] of byOwner) {
      const form = forms.get(`cam-ket-${nameSlug(owner)}.docx`)!;
      const mine = new Set(titles);
      const missing = titles.filter((t) => t && !form.lines.includes(t));
      const others = [...byOwner]
        .filter(([o]) => o !== owner)
        .flatMap(([, v]) => v.titles)
        .filter((t) => t && !mine.has(t) && form.lines.includes(t));
      expect({ owner, missing, others, rows: rowNumbers(form.lines) }).toEqual({
        owner,
        missing: [],
        others: [],
        rows: titles.length,
      });
    }
  });

  test("the same administrative heading; the person's name, position and unit as read", () => {
    const unitName = (code: string) => department.units.find((u) => u.code === code)!.name;
    for (const [owner, { unit }] of byOwner) {
      const { lines } = forms.get(`cam-ket-${nameSlug(owner)}.docx`)!;
      for (const s of [
        'UBND TỈNH BẾN TRE',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Bến Tre, ngày …… tháng …… năm 2023',
        'BẢN CAM KẾT',
        'Thực hiện nhiệm vụ năm 2023',
      ])
        expect({ owner, line: s, found: lines.includes(s) }).toEqual({ owner, line: s, found: true });
      expect(lines).toContain(`Họ và tên: ${owner}`);
      expect(lines).toContain(`Đơn vị công tác: ${unitName(unit)}`);
      expect(lines).toContain('STT');
      expect(lines).toContain('Chỉ tiêu / Sản phẩm');
    }
    // Positions: after the name above the table, on a "Chức vụ:" line, or not written at all.
    expect(forms.get('cam-ket-Phan-Van-Thanh.docx')!.lines).toContain('Chức vụ: Giám đốc Sở');
    expect(forms.get('cam-ket-Le-Thi-My-Hanh.docx')!.lines).toContain('Chức vụ: Phó Giám đốc');
    expect(forms.get('cam-ket-Huynh-Minh-Tri.docx')!.lines).toContain('Chức vụ: Phó Giám đốc Sở');
    expect(forms.get('cam-ket-Vo-Thi-Kim-Loan.docx')!.lines).toContain('Chức vụ: …………………');
  });

  test("the pledge and two signatures: the person and the Director; the Director's own countersigned by the Chairman", () => {
    const director = forms.get('cam-ket-Phan-Van-Thanh.docx')!;
    expect(director.lines).toContain('CHỦ TỊCH UBND TỈNH');
    expect(squash(director.text)).toContain('chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện');
    expect(director.lines).not.toContain('GIÁM ĐỐC');
    for (const name of names.filter((n) => n !== 'cam-ket-Phan-Van-Thanh.docx')) {
      const { lines, text } = forms.get(name)!;
      expect({
        name,
        approver: lines.includes('GIÁM ĐỐC') && lines.includes('Phan Văn Thạnh'),
        person: lines.includes('NGƯỜI CAM KẾT'),
      }).toEqual({ name, approver: true, person: true });
      expect(squash(text)).toContain('chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện');
      expect(lines).not.toContain('CHỦ TỊCH UBND TỈNH');
    }
  });

  test('A4 pages and Times New Roman', async () => {
    for (const [name, form] of forms)
      for (const p of form.pages)
        expect({ name, size: [Math.round(p.width), Math.round(p.height)] }).toEqual({ name, size: [595, 842] });
    const { document, styles } = await docxParts(path.join(dir, 'ban cam ket', 'cam-ket-Ly-Minh-Tam.docx'));
    expect([...fontsNamed(styles + document)]).toEqual(['Times New Roman']);
  });
});

describe('commitments that name no owner', () => {
  let dir: string;
  let run: { code: number; out: string; err: string };
  let unitForm: ReadBack;
  let names: string[];

  /** A unit workbook; with `owners`, an owner column holding them (an empty string: no owner). */
  async function workbook(file: string, unitLine: string, titles: string[], owners?: string[]): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đầu việc');
    ws.addRow(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    ws.addRow([unitLine]);
    ws.addRow(['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023']);
    ws.addRow(['STT', 'Nội dung công việc', 'Chỉ tiêu', 'Thời hạn', ...(owners ? ['Người chịu trách nhiệm'] : [])]);
    titles.forEach((t, i) =>
      ws.addRow([i + 1, t, `Sản phẩm ${i + 1}`, 'Quý IV/2023', ...(owners ? [owners[i] || null] : [])]),
    );
    await wb.xlsx.writeFile(file);
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket không người '));
    const units = path.join(dir, 'units');
    await fs.mkdir(units);
    const dept = {
      name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
      year: 2023,
      blocks: [
        { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 3 },
        { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 3 },
      ],
      units: [
        { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3, files: ['van-phong*.xlsx'] },
        { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 3, files: ['Bảo tàng*.xlsx'] },
      ],
    };
    await fs.writeFile(path.join(dir, 'department.json'), JSON.stringify(dept));
    await workbook(path.join(units, 'van-phong-2023.xlsx'), 'VĂN PHÒNG SỞ', [
      'Sơ kết 6 tháng đầu năm',
      'Rà soát quy chế làm việc',
      'Cải cách hành chính',
    ]);
    await workbook(
      path.join(units, 'Bảo tàng - 2023.xlsx'),
      'BẢO TÀNG TỈNH',
      ['Kiểm kê hiện vật', 'Trưng bày chuyên đề', 'Số hóa tư liệu'],
      ['Tô Văn Hiếu', '', 'Tô Văn Hiếu'],
    );
    run = await cli([
      'forms',
      units,
      '--config',
      path.join(dir, 'department.json'),
      '--out',
      path.join(dir, 'out'),
      '--as-of',
      '2023-01-15',
      '--lang',
      'en',
    ]);
    names = (await fs.readdir(path.join(dir, 'out'))).sort();
    unitForm = (await readBack([path.join(dir, 'out', 'cam-ket-Van-phong-So.docx')], path.join(dir, 'doc'))).get(
      'cam-ket-Van-phong-So.docx',
    )!;
  }, 180_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("they go into the unit's form, named after the unit; each is listed as a warning at its cell", () => {
    expect(names).toEqual(['cam-ket-Bao-tang-tinh.docx', 'cam-ket-To-Van-Hieu.docx', 'cam-ket-Van-phong-So.docx']);
    const warnings = run.out.split('\n').filter((l) => l.includes('[no-owner]'));
    expect(warnings).toHaveLength(4);
    expect(warnings.map((l) => /Đầu việc!(B\d+)/.exec(l)?.[1])).toEqual(['B5', 'B6', 'B7', 'B6']);
    expect(warnings[0]).toMatch(
      /Warning .*\[no-owner\] No owner: The commitment names no owner: it goes into the form of Văn phòng Sở\./,
    );
  });

  test('warnings only: exit status 0, as validate gives; the messages in English with --lang en', () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('Total: 6 commitments; 0 errors, 4 warnings.');
    expect(run.out).toMatch(/3 commitment form\(s\) \(Word\) written to the folder: /);
  });

  test("the unit's form: the unit pledges, its head signs; no letterhead, so dotted lines; the form itself in Vietnamese", () => {
    const { lines } = unitForm;
    expect(lines).toContain('Đơn vị: Văn phòng Sở');
    expect(lines).toContain('Người đại diện (thủ trưởng đơn vị): …………………');
    for (const t of ['Sơ kết 6 tháng đầu năm', 'Rà soát quy chế làm việc', 'Cải cách hành chính'])
      expect(lines).toContain(t);
    expect(lines).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(lines).toContain('GIÁM ĐỐC SỞ');
    expect(lines).toContain('……, ngày …… tháng …… năm 2023');
    expect(lines.filter((l) => l === '…………………').length).toBeGreaterThanOrEqual(4);
    expect(rowNumbers(lines)).toBe(3);
  });

  test('bad arguments: exit status 2, nothing written', async () => {
    const notFolder = await cli([
      'forms',
      path.join(dir, 'department.json'),
      '--config',
      path.join(dir, 'department.json'),
      '--out',
      path.join(dir, 'x'),
    ]);
    expect(notFolder.code).toBe(2);
    expect(notFolder.err).toContain('là một tệp, không phải thư mục');
    const noOut = await cli(['forms', path.join(dir, 'units'), '--config', path.join(dir, 'department.json')]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out');
    await expect(fs.stat(path.join(dir, 'x'))).rejects.toThrow();
  });
});
