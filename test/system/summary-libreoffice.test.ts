// A real second client: LibreOffice opens the summary, recalculates every formula and saves it
// again; the figures it computed must be the report's. The cached values camket writes are
// overwritten with -999 first, so a figure can only be right if LibreOffice computed it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { STATUS_KEYS, type StatusKey } from '../../src/core/model';
import type { GroupTotals } from '../../src/core/rollup';
import { type SummaryData, planDashboard, writeSummary } from '../../src/node/summary';
import { EMULATION_COLUMNS, GROUP_COLUMNS } from '../../src/node/summary/dashboard';
import { sheetParts } from '../../src/node/summary/ooxml';
import { buildData, tempDir } from '../node/summary/fixture';
import { convert, pdfText, sheetValues } from '../helpers/libreoffice';
import { CATALOGUES } from '../../src/core/catalogue';

jest.setTimeout(240_000);

const TAMPERED = '-999';

/** Replace every cached formula result in the given sheets with a value no formula yields. */
async function tamper(file: string, out: string, sheets: string[]): Promise<number> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = await sheetParts(zip);
  let count = 0;
  for (const name of sheets) {
    const part = parts!.get(name)!;
    const xml = await zip.file(part)!.async('string');
    zip.file(
      part,
      xml.replace(/(<\/f>|<f [^>]*\/>)<v>[^<]*<\/v>/g, (_, f: string) => {
        count++;
        return `${f}<v>${TAMPERED}</v>`;
      }),
    );
  }
  await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return count;
}

function num(cells: Map<number, Map<number, string>>, row: number, column: number): number | null {
  const v = cells.get(row)?.get(column);
  if (v === undefined || v === '') return null;
  return Number(v);
}

function expectGroup(cells: Map<number, Map<number, string>>, row: number, t: GroupTotals): void {
  expect(num(cells, row, GROUP_COLUMNS.found)).toBe(t.found);
  STATUS_KEYS.forEach((k, i) =>
    expect([k, num(cells, row, GROUP_COLUMNS.firstStatus + i)]).toEqual([k, t.byStatus[k]]),
  );
  expect(num(cells, row, GROUP_COLUMNS.due)).toBe(t.due);
  if (t.onTimeRate === null) expect(num(cells, row, GROUP_COLUMNS.rate)).toBeNull();
  else expect(num(cells, row, GROUP_COLUMNS.rate)).toBeCloseTo(t.onTimeRate, 12);
  if (t.registered !== null) expect(num(cells, row, GROUP_COLUMNS.difference)).toBe(t.found - t.registered);
}

/** Totals of the commitments a report holds without a unit, counted here independently. */
function noUnitTotals(data: SummaryData): GroupTotals {
  const byStatus = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
  const list = data.report.commitments.filter((c) => c.unit === null);
  for (const c of list) byStatus[c.status ?? 'unknown']++;
  const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
  return { registered: null, found: list.length, byStatus, due, onTimeRate: due ? byStatus.done_on_time / due : null };
}

describe('the summary recalculated by LibreOffice', () => {
  const data = buildData();
  const labels = CATALOGUES['vi'].summary;
  const names = labels.sheets;
  const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
  let dir: string;
  let summary: string;
  let recalculated: string;

  beforeAll(async () => {
    dir = await tempDir('lo');
    summary = path.join(dir, 'tong-hop-2023-06.xlsx');
    await writeSummary(summary, data);
    const tampered = path.join(dir, 'tampered.xlsx');
    const replaced = await tamper(summary, tampered, [names.dashboard, names.provincial]);
    expect(replaced).toBeGreaterThan(100);
    const outDir = path.join(dir, 'out');
    await fs.mkdir(outDir);
    [recalculated] = await convert([tampered], 'xlsx', outDir);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('computes the key figures and status counts of the report', async () => {
    const d = await sheetValues(recalculated, names.dashboard);
    for (const row of d.values()) for (const v of row.values()) expect(v).not.toBe(TAMPERED);
    const t = data.report.totals;
    const key = (k: keyof typeof plan.at.key) => num(d, plan.at.key[k].row, plan.at.key[k].col);
    expect(key('found')).toBe(t.commitments);
    expect(key('registered')).toBe(t.registered);
    expect(key('difference')).toBe(t.commitments - t.registered!);
    expect(key('due')).toBe(t.due);
    expect(key('onTime')).toBe(t.byStatus.done_on_time);
    expect(key('onTimeRate')).toBeCloseTo(t.onTimeRate!, 12);
    expect(key('overdue')).toBe(t.byStatus.overdue);
    expect(key('dueSoon')).toBe(t.dueSoon);
    expect(t.dueSoon).toBeGreaterThan(0);
    for (const k of STATUS_KEYS)
      expect([k, num(d, plan.at.status[k], plan.at.statusCountColumn)]).toEqual([k, t.byStatus[k]]);
  });

  it('computes found, statuses, due and on-time rate per block and per unit', async () => {
    const d = await sheetValues(recalculated, names.dashboard);
    const t = data.report.totals;
    for (const [code, row] of plan.at.blocks) {
      if (code === null) expectGroup(d, row, noUnitTotals(data));
      else expectGroup(d, row, t.byBlock[code]);
    }
    for (const [code, row] of plan.at.units) {
      if (code === null) expectGroup(d, row, noUnitTotals(data));
      else expectGroup(d, row, t.byUnit[code]);
    }
    // The fixture has an unclaimed file, so the "no unit" rows are really exercised.
    expect(plan.at.units.has(null)).toBe(true);
    expect(noUnitTotals(data).found).toBeGreaterThan(0);
  });

  it('ranks and grades the units for the emulation as the core does', async () => {
    const d = await sheetValues(recalculated, names.dashboard);
    expect(data.emulation.some((e) => e.rank === 0)).toBe(true);
    for (const e of data.emulation) {
      const row = plan.at.emulation.get(e.unit)!;
      expect([e.unit, num(d, row, EMULATION_COLUMNS.rank)]).toEqual([e.unit, e.rank || null]);
      expect([e.unit, d.get(row)?.get(EMULATION_COLUMNS.grade) ?? '']).toEqual([e.unit, e.grade ?? '']);
      expect(num(d, row, EMULATION_COLUMNS.onTime)).toBe(e.onTime);
    }
  });

  it("counts the provincial tasks' commitments by status", async () => {
    const p = await sheetValues(recalculated, names.provincial);
    data.report.provincialTasks.forEach((task, i) => {
      const row = i + 2;
      expect(p.get(row)?.get(1)).toBe(task.code);
      expect(num(p, row, 3)).toBe(task.commitments);
      STATUS_KEYS.forEach((k, j) =>
        expect([task.code, k, num(p, row, 4 + j)]).toEqual([task.code, k, task.byStatus[k]]),
      );
    });
    expect(data.report.provincialTasks.some((task) => task.commitments > 1)).toBe(true);
  });

  it('keeps the native charts, still pointing at the dashboard cells', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(recalculated));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(plan.charts.length);
    const refs = new Set<string>();
    for (const c of charts) {
      const xml = await zip.file(c)!.async('string');
      for (const m of xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)) refs.add(m[1].replace(/&apos;/g, "'"));
    }
    for (const spec of plan.charts) {
      expect(refs).toContain(spec.categoriesRef);
      for (const s of spec.series) expect(refs).toContain(s.valuesRef);
    }
  });

  it('follows a leader who corrects a status on the commitments sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.getWorksheet(names.commitments)!;
    const index = data.report.commitments.findIndex((c) => c.status === 'overdue' && c.unit !== null);
    const target = data.report.commitments[index];
    const statusColumn = ws.getRow(1).values as ExcelJS.CellValue[];
    const col = statusColumn.indexOf(labels.commitments.status);
    expect(ws.getRow(index + 2).getCell(col).value).toBe(CATALOGUES.vi.status.overdue);
    ws.getRow(index + 2).getCell(col).value = CATALOGUES.vi.status.done_late;
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const outDir = path.join(dir, 'out-edited');
    await fs.mkdir(outDir);
    const [out] = await convert([edited], 'xlsx', outDir);
    const d = await sheetValues(out, names.dashboard);
    const t = data.report.totals;
    expect(num(d, plan.at.status.overdue, plan.at.statusCountColumn)).toBe(t.byStatus.overdue - 1);
    expect(num(d, plan.at.status.done_late, plan.at.statusCountColumn)).toBe(t.byStatus.done_late + 1);
    const unitRow = plan.at.units.get(target.unit)!;
    const u = t.byUnit[target.unit!];
    expect(num(d, unitRow, GROUP_COLUMNS.firstStatus + STATUS_KEYS.indexOf('overdue'))).toBe(u.byStatus.overdue - 1);
    expect(num(d, unitRow, GROUP_COLUMNS.firstStatus + STATUS_KEYS.indexOf('done_late'))).toBe(
      u.byStatus.done_late + 1,
    );
    expect(num(d, unitRow, GROUP_COLUMNS.due)).toBe(u.due);
  });

  it('prints the dashboard to PDF: its title, the department, the figures LibreOffice computed, in Vietnamese, no formula error', async () => {
    const outDir = path.join(dir, 'pdf');
    await fs.mkdir(outDir);
    const [pdf] = await convert([summary], 'pdf', outDir);
    const bytes = await fs.readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The charts are drawn as vector paths: a dashboard page with four or five charts is large.
    expect(bytes.length).toBeGreaterThan(30_000);
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);

    const text = await pdfText(pdf);
    const lines = text.split('\n');
    // The title and the department's name as leadership reads them, every diacritic in place.
    expect(lines[0].trim()).toBe(`TỔNG HỢP ĐẦU VIỆC CAM KẾT NĂM ${data.department.year}`);
    expect(lines[1].trim()).toBe(data.department.name);
    for (const u of data.department.units) expect(text).toContain(u.name);
    expect(text).not.toMatch(/\uFFFD/);
    // No formula LibreOffice could not compute, in any of its spellings.
    expect(text.match(/Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!/g) ?? []).toEqual([]);

    // The key figures, numbered rows "n  label  figure", against the report's totals.
    const t = data.report.totals;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const figure = (label: string) =>
      lines
        .map((l) => new RegExp(`^\\s*\\d+\\s+${escape(label)}\\s+(\\S+)\\s*$`).exec(l)?.[1])
        .filter((v) => v !== undefined);
    const L = labels.dashboard;
    expect(figure(L.registered)).toEqual([String(t.registered)]);
    expect(figure(L.found)).toEqual([String(t.commitments)]);
    expect(figure(L.due)).toEqual([String(t.due)]);
    expect(figure(L.onTime)).toEqual([String(t.byStatus.done_on_time)]);
    expect(figure(L.overdue)).toEqual([String(t.byStatus.overdue)]);
    expect(figure(L.dueSoon)).toEqual([String(t.dueSoon)]);
    // The rate as printed with one decimal (the decimal sign is the locale's).
    expect(figure(L.onTimeRate).map((v) => v.replace(',', '.'))).toEqual([`${(t.onTimeRate! * 100).toFixed(1)}%`]);
    // The status table: number, Vietnamese name, count (the status codes are not printed).
    STATUS_KEYS.forEach((k, i) => {
      const row = lines.find((l) =>
        new RegExp(`^\\s*${i + 1}\\s+${escape(CATALOGUES.vi.status[k])}\\s+${t.byStatus[k]}\\s`).test(l),
      );
      expect([k, row?.replace(/\s+/g, ' ').trim().split(' ').slice(0, -1).join(' ')]).toEqual([
        k,
        `${i + 1} ${CATALOGUES.vi.status[k]} ${t.byStatus[k]}`,
      ]);
      // (A rule's code, e.g. unknown-unit, may stay, last, on the issues sheet.)
      expect(text).not.toMatch(new RegExp(`(?<![\\w-])${k}(?![\\w-])`));
    });
  });
});
