import fc from 'fast-check';
import { checkWorkbook, type WorkbookCheck } from '../../src/core/check';
import type { CellArea, CellValue, SheetGrid } from '../../src/core/grid';
import { parseCellAddress } from '../../src/core/grid';
import { RULES, type RuleCode } from '../../src/core/rules';

/** What must hold for any workbook, table or not. */
function expectSoundResult(sheets: SheetGrid[], result: WorkbookCheck): void {
  for (const issue of result.issues) {
    expect(typeof issue.message).toBe('string');
    const template: string = RULES[issue.rule as RuleCode].message.vi;
    for (const [, key] of template.matchAll(/\{(\w+)\}/g)) expect(issue.params).toHaveProperty(key);
    expect(issue.message.length).toBeLessThan(600);
    if (!issue.cell) continue;
    const sheet = sheets.find((s) => s.name === issue.sheet);
    expect(sheet).toBeDefined();
    const at = parseCellAddress(issue.cell)!;
    expect(at.row).toBeLessThan(Math.max(sheet!.values.length, 1));
    const width = Math.max(0, ...sheet!.values.map((r) => r?.length ?? 0));
    expect(at.col).toBeLessThan(Math.max(width, 1));
  }
  for (const c of result.commitments) {
    if (c.deadline) expect(c.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (c.progress !== null) {
      expect(c.progress).toBeGreaterThanOrEqual(0);
      expect(c.progress).toBeLessThanOrEqual(100);
    }
  }
}

// ---- 1. Any grid at all: the reader never throws ---------------------------------------------------

// Words that make a grid look like a commitments table, so random grids reach deeper into the reader.
const WORDS = [
  'STT',
  'Nội dung công việc',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
  'Người chịu trách nhiệm',
  'Thời gian thực hiện',
  'Bắt đầu',
  'Hoàn thành',
  'Kết quả thực hiện',
  'Đã hoàn thành',
  'T1',
  'T6',
  'I',
  'II',
  'Tổng cộng',
  'NGƯỜI LẬP BIỂU',
  'Quý II/2023',
  'Sau Tết',
  '30/6/2023',
  'x',
  '75%',
  '80,5',
  '(1)',
  'Céng hoµ',
  'Coäng hoøa',
  'Người đăng ký: Lê Thị B',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 2000, maxLength: 40000 }).map((s) => s),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 80000 }),
  fc.boolean(),
);

const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ maxLength: 31 }),
    values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
    merges: fc.array(
      fc
        .record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(4), w: fc.nat(4) })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 6 },
    ),
    formats: fc.array(
      fc.array(fc.constantFrom<string | null>(null, '0%', 'dd/mm/yyyy', '@', 'General'), { maxLength: 10 }),
      { maxLength: 25 },
    ),
  })
  .map((s) => ({ ...s }));

describe('checkWorkbook never throws on any grid', () => {
  test('any grid yields a result or clear issues, and every issue cell lies inside its sheet', () => {
    let runs = 0;
    let reached = 0;
    fc.assert(
      fc.property(
        // Sheet names are unique in a workbook (Excel compares them without case): issues name their sheet.
        fc.uniqueArray(sheetArb, { maxLength: 3, selector: (s) => s.name.toLowerCase() }),
        fc.constantFrom('2023-06-30', '2024-01-15'),
        (sheets, asOf) => {
          const result = checkWorkbook({ file: 'random.xlsx', sheets }, { asOf });
          runs++;
          if (result.commitments.length) reached++;
          expectSoundResult(sheets, result);
        },
      ),
      { numRuns: 300 },
    );
    // Random grids seldom form a table: the table-shaped property below is the one that reads rows.
    console.log(`random grids: ${reached} of ${runs} runs yielded commitments`);
  });
});

// ---- 2. Grids that are commitments tables: what was typed is what is read ---------------------------
// The header words and the forms of every value come from docs/product.md, not from the core's own
// lists; what each row should read as is worked out here, independently (dates with Date.UTC).

const HEADER_WORDS = {
  number: ['STT', 'Số thứ tự'],
  title: ['Nội dung công việc', 'Nội dung đầu việc', 'Đầu việc', 'Tên đầu việc', 'Nhiệm vụ', 'Tên nhiệm vụ'],
  target: ['Chỉ tiêu', 'Sản phẩm', 'Kết quả cần đạt'],
  deadline: ['Thời hạn', 'Thời gian thực hiện', 'Thời gian hoàn thành', 'Hạn hoàn thành'],
  owner: ['Người chịu trách nhiệm', 'Người phụ trách', 'Lãnh đạo phụ trách', 'Người thực hiện', 'Cán bộ thực hiện'],
  progress: ['Tiến độ', 'Tỷ lệ hoàn thành', '% hoàn thành'],
  status: ['Tình trạng', 'Trạng thái', 'Kết quả thực hiện'],
  completedOn: ['Ngày hoàn thành', 'Ngày HT', 'Thời điểm hoàn thành'],
  provincialTask: ['Mã nhiệm vụ UBND tỉnh giao', 'Mã NV tỉnh'],
  extra: ['Kinh phí (triệu đồng)', 'Căn cứ pháp lý'],
} as const;
type Col = keyof typeof HEADER_WORDS;
/** Fields that make a header a commitments table besides its title (docs/product.md's record). */
const TELLING: Col[] = ['target', 'deadline', 'owner', 'progress', 'status', 'completedOn'];
const OPTIONAL: Col[] = [...TELLING, 'provincialTask', 'extra'];
/** Units in brackets, as templates write them. */
const BRACKETS: Partial<Record<Col, string[]>> = {
  progress: ['(%)'],
  deadline: ['(ngày/tháng/năm)'],
  completedOn: ['(ngày/tháng/năm)'],
  extra: [],
};

/** "Header text with or without diacritics, any case, NFC or NFD, extra spaces, line breaks". */
const variantArb = fc.record({
  letters: fc.constantFrom('as written', 'upper', 'lower', 'title'),
  marks: fc.boolean(),
  nfd: fc.boolean(),
  gap: fc.constantFrom(' ', '  ', '\n', ' \n '),
  pad: fc.boolean(),
  bracket: fc.option(fc.nat(3), { nil: null }),
});
type Variant = typeof variantArb extends fc.Arbitrary<infer V> ? V : never;

const stripMarks = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
/** What a cell's text reads as: NFC, white space folded (docs/product.md: text is compared so). */
const shown = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function render(text: string, v: Variant, brackets: readonly string[] = []): string {
  let t = v.marks ? text : stripMarks(text);
  if (v.letters === 'upper') t = t.toUpperCase();
  else if (v.letters === 'lower') t = t.toLowerCase();
  else if (v.letters === 'title')
    t = t
      .split(' ')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join(' ');
  t = t.split(' ').join(v.gap);
  const all = [...brackets, '(*)'];
  if (v.bracket !== null) t += ` ${all[v.bracket % all.length]}`;
  if (v.pad) t = ` ${t} `;
  return v.nfd ? t.normalize('NFD') : t.normalize('NFC');
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);
/** The last day of month m (1–12) of year y: day 0 of the next month. */
const monthEnd = (y: number, m: number) => isoOf(Date.UTC(y, m, 0));
/** An Excel serial (1900 system) of a day after 1900-02-28: days since 1899-12-30. */
const excelSerial = (t: number) => (t - Date.UTC(1899, 11, 30)) / 86_400_000;
/** A day of the three years around the plan year. */
const dayOf = (plan: number, n: number) => {
  const t = Date.UTC(plan - 1, 0, 1 + n);
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), t };
};

interface Expected {
  deadline: string | null;
  start: string | null;
  original: string | null;
  recurring: boolean;
  issue: 'bad-deadline' | 'missing-deadline' | null;
}
interface Rendered<E> {
  value: CellValue;
  fmt?: string;
  expect: E;
}

const deadlineArb = fc.record({
  form: fc.constantFrom(
    'd/m/y',
    'dd-mm-y',
    'dd.mm.y',
    'worded',
    'lead',
    'd/m',
    'serial',
    'month',
    'quarter',
    'part',
    'range',
    'extension',
    'recurring',
    'invalid',
    'empty',
  ),
  n: fc.integer({ min: 0, max: 1095 }),
  k: fc.integer({ min: 1, max: 400 }),
  a: fc.integer({ min: 1, max: 12 }),
  b: fc.integer({ min: 1, max: 12 }),
  q: fc.integer({ min: 1, max: 4 }),
  pick: fc.nat(),
});
type DeadlineSpec = typeof deadlineArb extends fc.Arbitrary<infer V> ? V : never;

/** A deadline cell in one of the forms docs/product.md lists, and what it must read as. */
function deadlineCell(s: DeadlineSpec, plan: number): Rendered<Expected> {
  const none: Expected = { deadline: null, start: null, original: null, recurring: false, issue: null };
  const day = dayOf(plan, s.n);
  const at = <T>(list: readonly T[]) => list[s.pick % list.length];
  const on = (iso: string, extra: Partial<Expected> = {}): Expected => ({ ...none, deadline: iso, ...extra });
  const { y, m, d } = day;
  const iso = isoOf(day.t);
  switch (s.form) {
    case 'd/m/y':
      return { value: `${d}/${m}/${y}`, expect: on(iso) };
    case 'dd-mm-y':
      return { value: `${pad2(d)}-${pad2(m)}-${y}`, expect: on(iso) };
    case 'dd.mm.y':
      return { value: `${pad2(d)}.${pad2(m)}.${y}`, expect: on(iso) };
    case 'worded':
      return { value: `ngày ${d} tháng ${m} năm ${y}`, expect: on(iso) };
    case 'lead':
      return { value: `${at(['Trước ngày', 'Trước', 'Chậm nhất', 'Đến'])} ${d}/${m}/${y}`, expect: on(iso) };
    case 'd/m': {
      // No year: the plan year.
      const inPlan = dayOf(plan, 365 + (s.n % 365));
      return { value: `${inPlan.d}/${inPlan.m}`, expect: on(isoOf(inPlan.t)) };
    }
    case 'serial':
      return { value: excelSerial(day.t), fmt: at(['dd/mm/yyyy', 'd/m/yyyy', 'dd-mm-yy']), expect: on(iso) };
    case 'month': {
      const text = at([
        `Tháng ${m}/${y}`,
        `tháng ${m} năm ${y}`,
        `T${m}/${y}`,
        `${pad2(m)}/${y}`,
        `Trong tháng ${m}/${y}`,
      ]);
      return { value: text, expect: on(monthEnd(y, m)) };
    }
    case 'quarter': {
      const q = s.q;
      const text = at([
        `Quý ${ROMAN[q]}/${y}`,
        `Quý ${q} năm ${y}`,
        `quý ${ROMAN[q]}-${y}`,
        `Q${ROMAN[q]}/${y}`,
        `Q${q}/${y}`,
      ]);
      return { value: text, expect: on(monthEnd(y, 3 * q)) };
    }
    case 'part': {
      const parts: [string, string][] = [
        ['6 tháng đầu năm', `${plan}-06-30`],
        ['6 tháng cuối năm', `${plan}-12-31`],
        ['9 tháng', `${plan}-09-30`],
        [`Năm ${y}`, `${y}-12-31`],
        ['Cả năm', `${plan}-12-31`],
        ['Trong năm', `${plan}-12-31`],
      ];
      const [text, end] = at(parts);
      return { value: text, expect: on(end) };
    }
    case 'range': {
      const [a, b] = s.a < s.b ? [s.a, s.b] : s.a > s.b ? [s.b, s.a] : [1, 12];
      const qa = Math.min(s.q, 3);
      const ranges: [string, string, string][] = [
        [`Từ tháng ${a} đến tháng ${b}/${y}`, `${y}-${pad2(a)}-01`, monthEnd(y, b)],
        [`Tháng ${a}-${b}/${y}`, `${y}-${pad2(a)}-01`, monthEnd(y, b)],
        [`Quý ${ROMAN[qa]}-${ROMAN[qa + 1]}/${y}`, `${y}-${pad2(3 * qa - 2)}-01`, monthEnd(y, 3 * qa + 3)],
      ];
      const [text, start, end] = at(ranges);
      return { value: text, expect: on(end, { start }) };
    }
    case 'extension': {
      const later = new Date(day.t + s.k * 86_400_000);
      const text = `${d}/${m}/${y} (gia hạn đến ${later.getUTCDate()}/${later.getUTCMonth() + 1}/${later.getUTCFullYear()})`;
      return { value: text, expect: on(isoOf(later.getTime()), { original: iso }) };
    }
    case 'recurring':
      return {
        value: at(['Thường xuyên', 'Liên tục', 'Hằng tháng', 'Hằng quý']),
        expect: { ...none, recurring: true },
      };
    case 'invalid': {
      // Days that never were, and texts no one can read with confidence.
      const short = at([4, 6, 9, 11]);
      const text = at([
        `31/${short}/${y}`,
        `29/2/2023`,
        `30/2/${y}`,
        `32/1/${y}`,
        `15/13/${y}`,
        'Sau Tết',
        'Khi có chỉ đạo',
      ]);
      return { value: text, expect: { ...none, issue: 'bad-deadline' } };
    }
    default:
      return { value: null, expect: { ...none, issue: 'missing-deadline' } };
  }
}

const progressArb = fc.record({
  form: fc.constantFrom(
    'number',
    'fraction',
    'percent',
    'spaced',
    'reached',
    'comma',
    'count',
    'too-big',
    'words',
    'empty',
  ),
  k: fc.integer({ min: 0, max: 100 }),
  j: fc.integer({ min: 0, max: 10 }),
});
type ProgressSpec = typeof progressArb extends fc.Arbitrary<infer V> ? V : never;

/** Progress as docs/product.md lists it; `bad` marks what must be reported as bad-progress. */
function progressCell(s: ProgressSpec, target: string | null): Rendered<{ progress: number | null; bad: boolean }> {
  const ok = (progress: number) => ({ progress, bad: false });
  switch (s.form) {
    case 'number':
      return { value: s.k, expect: ok(s.k) };
    case 'fraction':
      return { value: s.k / 100, fmt: '0%', expect: ok(s.k) };
    case 'percent':
      return { value: `${s.k}%`, expect: ok(s.k) };
    case 'spaced':
      return { value: `${s.k} %`, expect: ok(s.k) };
    case 'reached':
      return { value: `Đạt ${s.k}%`, expect: ok(s.k) };
    case 'comma':
      return s.k < 100 ? { value: `${s.k},5`, expect: ok(s.k + 0.5) } : { value: '100', expect: ok(100) };
    case 'count':
      // "8/10 when the target says 10 buổi": only against such a target.
      return target === '10 buổi'
        ? { value: `${s.j}/10`, expect: ok(s.j * 10) }
        : { value: `${s.j}/10`, expect: { progress: null, bad: true } };
    case 'too-big':
      return { value: 101 + s.k, expect: { progress: null, bad: true } };
    case 'words':
      return { value: `khoảng ${s.k}`, expect: { progress: null, bad: true } };
    default:
      return { value: null, expect: { progress: null, bad: false } };
  }
}

const STATUS_TEXTS = [
  'Hoàn thành',
  'Đã hoàn thành',
  'Đang thực hiện',
  'Đang triển khai',
  'Chưa thực hiện',
  'Chưa đến hạn',
  'Dừng thực hiện',
  'Tạm dừng',
];
/** "A status text that matches none of these is kept as written and gets a warning." */
const UNKNOWN_STATUS = new Set(['Tạm dừng']);
const TITLES = [
  'Tổ chức Lễ hội Dừa',
  'Kiểm kê di tích cấp tỉnh',
  'Tu bổ đình Phú Lễ',
  'Số hóa tư liệu thư viện',
  'Xây dựng đề án du lịch cộng đồng',
  'Đào tạo huấn luyện viên',
  'Tổ chức giải bóng đá thiếu niên',
  'Sưu tầm hiện vật',
  'Biên soạn sách địa chí',
  'Phát triển phong trào thể dục',
];
const OWNERS = ['Lê Thị B', 'Nguyễn Văn A', 'Trần Minh C', 'Phạm Thu D'];
const TARGETS = ['10 buổi', '01 báo cáo', 'Kế hoạch được phê duyệt', '1.800 lượt khách'];
const SECTIONS = ['LĨNH VỰC VĂN HÓA', 'LĨNH VỰC THỂ THAO', 'LĨNH VỰC DU LỊCH', 'Lĩnh vực gia đình'];
const TOTALS = ['Tổng cộng', 'Cộng', 'Tổng số: 9 đầu việc', 'Tiến độ bình quân', 'Trung bình'];

const rowArb = fc.record({
  title: fc.option(
    fc.record({ base: fc.nat(TITLES.length - 1), variant: fc.constantFrom('plain', 'nfd', 'spaces', 'break') }),
    { nil: null, freq: 12 },
  ),
  target: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
  deadline: deadlineArb,
  progress: progressArb,
  status: fc.option(fc.constantFrom(...STATUS_TEXTS), { nil: null }),
  completedOn: fc.option(fc.record({ n: fc.integer({ min: 0, max: 1095 }), serial: fc.boolean() }), { nil: null }),
  start: fc.option(fc.integer({ min: 0, max: 1095 }), { nil: null }),
  provincialTask: fc.option(fc.constantFrom('UBT-012', 'ubt 7'), { nil: null }),
  extra: fc.option(fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.stringMatching(/^[A-Z]{2}-\d{1,4}$/)), { nil: null }),
  number: fc.constantFrom('number', 'text', 'dotted'),
});
type RowSpec = typeof rowArb extends fc.Arbitrary<infer V> ? V : never;

const blockArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('rows' as const),
      owner: fc.option(fc.constantFrom(...OWNERS), { nil: null }),
      merge: fc.boolean(),
      rows: fc.array(rowArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('group' as const),
      heading: fc.nat(TITLES.length - 1),
      mark: fc.constantFrom('decimal', 'letter', 'dash', 'plus'),
      rows: fc.array(rowArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('blank' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('section' as const),
      name: fc.constantFrom(...SECTIONS),
      style: fc.constantFrom('number column', 'merged', 'alone'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('total' as const),
      label: fc.constantFrom(...TOTALS),
      style: fc.constantFrom('title column', 'number column', 'formula'),
      figure: fc.integer({ min: 0, max: 100 }),
    }),
  },
);

const tableArb = fc.record({
  plan: fc.constantFrom(2023, 2024),
  // Generic names name no owner; a person's name does (docs/product.md: "or by the sheet's name").
  sheetName: fc.constantFrom('Sheet1', 'Trang tính 1', 'Biểu 01', 'Năm PLAN', 'Đầu việc PLAN', 'Lê Thị B'),
  titles: fc.subarray([
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'ĐẦU VIỆC TRỌNG TÂM NĂM PLAN',
    'Người đăng ký: Trần Minh C - Phó Giám đốc',
  ]),
  mergeTitles: fc.boolean(),
  gapRows: fc.nat(2),
  left: fc.nat(3),
  hasNumber: fc.nat(4).map((n) => n > 0),
  columns: fc.shuffledSubarray(OPTIONAL, { minLength: 1 }),
  words: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
  variants: fc.array(variantArb, { minLength: 12, maxLength: 12 }),
  numberFirst: fc.boolean(),
  twoRowHeader: fc.boolean(),
  endChild: fc.constantFrom('Hoàn thành', 'Kết thúc'),
  columnNumbers: fc.boolean(),
  body: fc.array(blockArb, { minLength: 1, maxLength: 8 }),
  templateRows: fc.nat(2),
  footer: fc.record({
    notes: fc.subarray(['(*) Thời hạn theo Kế hoạch số 12/KH-UBND', 'Ghi chú: số liệu tính đến cuối tháng']),
    placeDate: fc.boolean(),
    signature: fc.boolean(),
  }),
  junk: fc.array(
    fc.record({
      row: fc.nat(40),
      col: fc.nat(3),
      value: fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.integer(), fc.boolean()),
    }),
    { maxLength: 8 },
  ),
  junkMerges: fc.array(fc.record({ row: fc.nat(40), col: fc.nat(3), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }),
  otherSheet: fc.boolean(),
});
type TableSpec = typeof tableArb extends fc.Arbitrary<infer V> ? V : never;

interface ExpectedRow {
  row: number;
  title: string;
  owner: string | null;
  target: string | null;
  deadline: string | null;
  start: string | null;
  originalDeadline: string | null;
  recurring: boolean;
  progress: number | null;
  statusText: string | null;
  completedOn: string | null;
  provincialTask: string | null;
  field: string | null;
  extra: Record<string, string>;
}

const letter = (col: number) => String.fromCharCode(65 + col);
const address = (row: number, col: number) => `${letter(col)}${row + 1}`;

/** The sheet a spec describes, and what reading it must give. */
function buildTable(spec: TableSpec) {
  const plan = spec.plan;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const merges: CellArea[] = [];
  const put = (r: number, c: number, v: CellValue, fmt?: string) => {
    (values[r] ??= [])[c] = v;
    if (fmt) (formats[r] ??= [])[c] = fmt;
  };
  const expected: ExpectedRow[] = [];
  const issues: string[] = [];

  // Columns, left to right.
  const cols: Col[] = ['title', ...spec.columns];
  if (spec.hasNumber) cols.splice(spec.numberFirst ? 0 : cols.length, 0, 'number');
  if (!cols.some((c) => TELLING.includes(c))) cols.push('deadline');
  const twoRows = spec.twoRowHeader && cols.includes('deadline');
  // A two-row header splits "Thời gian thực hiện" into Bắt đầu and the end.
  if (twoRows) cols.splice(cols.indexOf('deadline'), 0, 'start' as Col);
  const at = (c: string) => {
    const i = cols.indexOf(c as Col);
    return i < 0 ? undefined : spec.left + i;
  };
  const right = spec.left + cols.length - 1;

  // Title lines, then blank rows, then the header.
  let r = 0;
  const titleLines = spec.titles.map((t) => t.replace('PLAN', String(plan)));
  for (const t of titleLines) {
    put(r, spec.left, t);
    if (spec.mergeTitles && right > spec.left) merges.push({ top: r, left: spec.left, bottom: r, right });
    r++;
  }
  const ownerAbove = titleLines.some((t) => t.startsWith('Người đăng ký')) ? 'Trần Minh C' : null;
  r += spec.gapRows;
  const headerTop = r;
  const headers = new Map<Col, string>();
  cols.forEach((c, i) => {
    const v = spec.variants[i];
    if (c === ('start' as Col)) return;
    const word =
      c === 'deadline' && twoRows
        ? 'Thời gian thực hiện'
        : HEADER_WORDS[c][spec.words[i % 10] % HEADER_WORDS[c].length];
    const text = render(word, v, c === 'extra' ? [] : (BRACKETS[c] ?? []));
    headers.set(c, shown(text));
    put(headerTop, spec.left + i, text);
  });
  if (twoRows) {
    const s = at('start')!;
    const d = at('deadline')!;
    // The parent stands over both children; every other header is merged down over the two rows.
    put(headerTop, s, values[headerTop][d]);
    values[headerTop][d] = null;
    merges.push({ top: headerTop, left: s, bottom: headerTop, right: d });
    put(headerTop + 1, s, render('Bắt đầu', { ...spec.variants[10], bracket: null }));
    put(headerTop + 1, d, render(spec.endChild, { ...spec.variants[11], bracket: null }));
    for (let c = spec.left; c <= right; c++)
      if (c !== s && c !== d) merges.push({ top: headerTop, left: c, bottom: headerTop + 1, right: c });
  }
  r = headerTop + (twoRows ? 2 : 1);
  if (spec.columnNumbers && cols.length >= 3) {
    cols.forEach((_, i) => put(r, spec.left + i, `(${i + 1})`));
    r++;
  }
  const dataTop = r;

  const numberCol = at('number');
  const titleCol = at('title')!;
  let field: string | null = null;
  let k = 0;
  let distinct = 0;

  const writeRow = (row: RowSpec, mark: CellValue, owner: string | null, ownerWritten: boolean) => {
    if (numberCol !== undefined) put(r, numberCol, mark);
    let title = '';
    // A row without a title is still a commitment (missing-title), when its number says it is one.
    const titled = row.title !== null || numberCol === undefined;
    const issuesBefore = issues.length;
    if (titled) {
      const base = `${TITLES[row.title?.base ?? distinct % TITLES.length]} đợt ${++distinct}`;
      const variant = row.title?.variant ?? 'plain';
      const typed =
        variant === 'nfd'
          ? base.normalize('NFD')
          : variant === 'spaces'
            ? `  ${base.replace(' ', '   ')} `
            : variant === 'break'
              ? base.replace(' ', '\n')
              : base;
      put(r, titleCol, typed);
      title = shown(typed);
    } else issues.push(`missing-title ${address(r, titleCol)}`);
    const cell = (c: string, rendered: Rendered<unknown> | null) => {
      const col = at(c);
      if (col !== undefined && rendered && rendered.value !== null) put(r, col, rendered.value, rendered.fmt);
      return col;
    };
    const target = at('target') !== undefined ? row.target : null;
    cell('target', target === null ? null : { value: target, expect: null });
    if (ownerWritten) cell('owner', { value: owner, expect: null });
    const dl = deadlineCell(row.deadline, plan);
    const dc = cell('deadline', dl);
    const deadline =
      dc === undefined ? { deadline: null, start: null, original: null, recurring: false, issue: null } : dl.expect;
    if (deadline.issue) issues.push(`${deadline.issue} ${address(r, dc!)}`);
    const pr = progressCell(row.progress, target);
    const pc = cell('progress', pr);
    const progress = pc === undefined ? { progress: null, bad: false } : pr.expect;
    if (progress.bad) issues.push(`bad-progress ${address(r, pc!)}`);
    const status = at('status') !== undefined ? row.status : null;
    const sc = cell('status', status === null ? null : { value: status, expect: null });
    if (status !== null && UNKNOWN_STATUS.has(status)) issues.push(`unknown-status ${address(r, sc!)}`);
    let completedOn: string | null = null;
    if (at('completedOn') !== undefined && row.completedOn) {
      const day = dayOf(plan, row.completedOn.n);
      cell(
        'completedOn',
        row.completedOn.serial
          ? { value: excelSerial(day.t), fmt: 'dd/mm/yyyy', expect: null }
          : { value: `${day.d}/${day.m}/${day.y}`, expect: null },
      );
      completedOn = isoOf(day.t);
    }
    let start = deadline.start;
    if (at('start') !== undefined && row.start !== null) {
      const day = dayOf(plan, row.start);
      cell('start', { value: `${pad2(day.d)}/${pad2(day.m)}/${day.y}`, expect: null });
      start = isoOf(day.t);
    }
    const provincialTask = at('provincialTask') !== undefined ? row.provincialTask : null;
    cell('provincialTask', provincialTask === null ? null : { value: provincialTask, expect: null });
    const extra = at('extra') !== undefined ? row.extra : null;
    cell('extra', extra === null ? null : { value: extra, expect: null });
    const sheetOwner = at('owner') === undefined && spec.sheetName === 'Lê Thị B' ? 'Lê Thị B' : null;
    // "Template rows that hold a number and nothing else" are no commitment (an owner merged down counts as shown).
    const shownData = (values[r] ?? []).some(
      (v, c) => c !== numberCol && c >= spec.left && c <= right && v !== null && v !== undefined,
    );
    if (!titled && !shownData && !(owner !== null && at('owner') !== undefined)) {
      issues.length = issuesBefore;
      r++;
      return;
    }
    expected.push({
      row: r,
      title,
      owner: (at('owner') !== undefined ? owner : null) ?? ownerAbove ?? sheetOwner,
      target,
      deadline: deadline.deadline,
      start,
      originalDeadline: deadline.original,
      recurring: deadline.recurring,
      progress: progress.progress,
      statusText: status,
      completedOn,
      provincialTask: provincialTask?.toUpperCase().replace(/\s+/g, '') ?? null,
      field,
      extra: extra === null ? {} : { [headers.get('extra')!]: String(extra) },
    });
    r++;
  };

  for (const block of spec.body) {
    if (block.kind === 'rows') {
      const ownerCol = at('owner');
      const merged = block.merge && block.owner !== null && ownerCol !== undefined && block.rows.length > 1;
      if (merged) merges.push({ top: r, left: ownerCol, bottom: r + block.rows.length - 1, right: ownerCol });
      block.rows.forEach((row, i) => {
        k++;
        const mark = row.number === 'number' ? k : row.number === 'text' ? String(k) : `${k}.`;
        writeRow(row, mark, block.owner, block.owner !== null && (!merged || i === 0));
      });
    } else if (block.kind === 'group') {
      if (numberCol === undefined) continue;
      // "1. Công tác tuyên truyền" over its items: neither a commitment nor an issue.
      k++;
      put(r, numberCol, k);
      put(r, titleCol, `Công tác ${TITLES[block.heading].toLowerCase()}`);
      r++;
      block.rows.forEach((row, j) => {
        const mark =
          block.mark === 'decimal'
            ? `${k}.${j + 1}`
            : block.mark === 'letter'
              ? `${'abc'[j]})`
              : block.mark === 'dash'
                ? '-'
                : '+';
        writeRow({ ...row, title: row.title ?? { base: j, variant: 'plain' } }, mark, null, false);
      });
    } else if (block.kind === 'blank') {
      r++;
    } else if (block.kind === 'section') {
      const roman = ROMAN[1 + (expected.length % 4)];
      if (block.style === 'number column' && numberCol !== undefined) {
        put(r, numberCol, roman);
        put(r, titleCol, block.name);
      } else if (block.style === 'merged' && right > spec.left) {
        put(r, spec.left, `${roman}. ${block.name}`);
        merges.push({ top: r, left: spec.left, bottom: r, right });
      } else {
        put(r, titleCol, block.name);
      }
      field = block.name;
      r++;
    } else {
      const pc = at('progress');
      if (block.style === 'formula' && pc !== undefined && r > dataTop) {
        // Figures that are formulas over the column above.
        put(r, pc, block.figure);
        (formulas[r] ??= [])[pc] = `AVERAGE(${letter(pc)}${dataTop + 1}:${letter(pc)}${r})`;
      } else {
        put(r, block.style === 'number column' && numberCol !== undefined ? numberCol : titleCol, block.label);
        if (pc !== undefined) put(r, pc, block.figure);
      }
      r++;
    }
  }
  const bodyEnd = r;
  // Template rows that hold a number and nothing else.
  if (numberCol !== undefined) for (let i = 0; i < spec.templateRows; i++) put(r++, numberCol, ++k);
  // Notes hold header words ("Thời hạn", "Ghi chú"), even right under the header of an empty table.
  for (const note of spec.footer.notes) put(r++, titleCol, note);
  if (spec.footer.placeDate) put(r++, right, `Bến Tre, ngày 31 tháng 5 năm ${plan}`);
  const ended = spec.footer.placeDate || spec.footer.signature;
  if (spec.footer.signature) {
    put(r, spec.left, 'NGƯỜI LẬP BIỂU');
    if (right > spec.left) put(r, right, 'THỦ TRƯỞNG ĐƠN VỊ');
    r++;
    put(r++, spec.left, '(Ký, ghi rõ họ tên)');
  }
  if (ended) {
    // Below the signature block: names, and anything at all.
    put(r++, spec.left, 'Nguyễn Văn A');
    put(r++, right, 'Lê Thị B');
  }
  // Junk beside the table (past a blank column) in the body's rows, and in the title rows.
  const lastRow = r;
  for (const j of spec.junk) {
    const row = j.row % Math.max(lastRow, 1);
    const inTitles = row < titleLines.length;
    const inBody = row >= dataTop && row < bodyEnd;
    if (inBody) put(row, right + 2 + j.col, j.value);
    else if (inTitles && typeof j.value === 'string' && j.value.trim()) put(row, right + 1 + j.col, j.value);
  }
  for (const m of spec.junkMerges) {
    if (bodyEnd <= dataTop) continue;
    const top = dataTop + (m.row % (bodyEnd - dataTop));
    merges.push({ top, left: right + 2 + m.col, bottom: top + m.h, right: right + 2 + m.col + m.w });
  }
  for (let i = 0; i < r; i++) values[i] ??= [];
  const sheet: SheetGrid = {
    name: spec.sheetName.replace('PLAN', String(plan)),
    values,
    formats,
    merges,
    ...(formulas.length ? { formulas } : {}),
  };
  return { sheet, expected, issues, headerTop };
}

/** An instructions sheet: no table, passed over. */
const INSTRUCTIONS: SheetGrid = {
  name: 'Hướng dẫn',
  values: [['Hướng dẫn điền biểu mẫu'], ['Cột Thời hạn ghi ngày/tháng/năm.'], ['Tình trạng chọn trong danh sách.']],
};
const CHECKED_ISSUES = new Set([
  'missing-title',
  'bad-deadline',
  'missing-deadline',
  'bad-progress',
  'unknown-status',
  'bad-date',
]);

describe('checkWorkbook reads table-shaped grids as typed', () => {
  test('every row typed is one commitment with the values typed; titles, sections, footers and junk are none', () => {
    let runs = 0;
    let reached = 0;
    let yielded = 0;
    let rows = 0;
    fc.assert(
      fc.property(tableArb, (spec) => {
        const { sheet, expected, issues, headerTop } = buildTable(spec);
        const sheets = spec.otherSheet ? [INSTRUCTIONS, sheet] : [sheet];
        const result = checkWorkbook({ file: 'unit.xlsx', sheets }, { asOf: `${spec.plan}-06-30` });
        runs++;
        const outcome = result.sheets.find((s) => s.sheet === sheet.name)!;
        if (outcome.table) reached++;
        if (result.commitments.length) yielded++;
        rows += result.commitments.length;
        expectSoundResult(sheets, result);
        // Every generated grid is a table, found at the row its header was written at.
        expect(outcome.table?.headerTop).toBe(headerTop);
        const read = result.commitments.map((c) => ({
          row: c.source.row - 1,
          title: c.title,
          owner: c.owner,
          target: c.target,
          deadline: c.deadline,
          start: c.start,
          originalDeadline: c.originalDeadline,
          recurring: c.recurring,
          progress: c.progress,
          statusText: c.statusText,
          completedOn: c.completedOn,
          provincialTask: c.provincialTask,
          field: c.field,
          extra: c.extra,
        }));
        // The same rows, in order, with what was typed in them: nothing more (no footer, total,
        // heading, blank, template or junk row), nothing less.
        expect(read).toEqual(expected);
        expect(result.commitments.every((c) => c.source.sheet === sheet.name)).toBe(true);
        // Issues point at the rows and cells that deserve them, and nowhere else.
        const found = result.issues.filter((i) => CHECKED_ISSUES.has(i.rule)).map((i) => `${i.rule} ${i.cell}`);
        expect(found.sort()).toEqual([...issues].sort());
        expect(result.issues.filter((i) => i.rule === 'duplicate-commitment' || i.rule === 'no-table')).toEqual([]);
      }),
      { numRuns: 300 },
    );
    console.log(
      `table-shaped grids: table found in ${reached} of ${runs} runs; ${yielded} runs yielded commitments (${rows} in all)`,
    );
    expect(reached).toBe(runs);
    expect(yielded / runs).toBeGreaterThanOrEqual(0.8);
  });
});
