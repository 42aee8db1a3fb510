import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { parseCellAddress } from '../../src/core/grid';
import { RULES, type RuleCode } from '../../src/core/rules';

// Words that make a grid look like a commitments table, so random grids reach deep into the reader.
const WORDS = [
  'STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng', 'Người chịu trách nhiệm', 'Thời gian thực hiện',
  'Bắt đầu', 'Hoàn thành', 'Kết quả thực hiện', 'Đã hoàn thành', 'T1', 'T6', 'I', 'II', 'Tổng cộng', 'NGƯỜI LẬP BIỂU',
  'Quý II/2023', 'Sau Tết', '30/6/2023', 'x', '75%', '80,5', '(1)', 'Céng hoµ', 'Coäng hoøa', 'Người đăng ký: Lê Thị B',
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
      fc.record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(4), w: fc.nat(4) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 6 },
    ),
    formats: fc.array(fc.array(fc.constantFrom<string | null>(null, '0%', 'dd/mm/yyyy', '@', 'General'), { maxLength: 10 }), { maxLength: 25 }),
  })
  .map((s) => ({ ...s }));

describe('checkWorkbook never throws on any grid', () => {
  test('any grid yields a result or clear issues, and every issue cell lies inside its sheet', () => {
    fc.assert(
      fc.property(
        // Sheet names are unique in a workbook (Excel compares them without case): issues name their sheet.
        fc.uniqueArray(sheetArb, { maxLength: 3, selector: (s) => s.name.toLowerCase() }), fc.constantFrom('2023-06-30', '2024-01-15'), (sheets, asOf) => {
        const result = checkWorkbook({ file: 'random.xlsx', sheets }, { asOf });
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
          expect(at.col).toBeLessThan(Math.max(16384, 1));
          const width = Math.max(0, ...sheet!.values.map((r) => r?.length ?? 0));
          expect(at.col).toBeLessThan(Math.max(width, 1));
        }
        for (const c of result.commitments) {
          if (c.deadline) expect(c.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (c.progress !== null) expect(c.progress).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
