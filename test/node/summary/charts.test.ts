// The native charts: the DrawingML parts exist, are well-formed, keep the schema's element order
// (Excel refuses a chart whose elements are out of order), and every series points at dashboard
// cells whose values are the ones cached in the chart.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
// saxes is exceljs's own XML parser (a strict, well-formedness-checking one).
import { SaxesParser } from 'saxes';
import { planDashboard, writeSummary } from '../../../src/node/summary';
import { attr, relsPath, sheetParts } from '../../../src/node/summary/ooxml';
import { STATUS_KEYS, type StatusKey } from '../../../src/core/model';
import { buildData, tempDir } from './fixture';
import { sheetValues } from '../../helpers/libreoffice';
import { CATALOGUES } from '../../../src/core/catalogue';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parse strictly (throws on any well-formedness error) into a tree of qualified names. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value;
    const node: Node = { name: tag.name, attributes, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function* walk(n: Node, parent: Node | null = null): Generator<[Node, Node | null]> {
  yield [n, parent];
  for (const c of n.children) yield* walk(c, n);
}

// The schema's sequences (ECMA-376 Part 1, dml-chart.xsd and dml-spreadsheetDrawing.xsd) for the
// elements camket writes; a "|" groups a choice that takes one place in the sequence.
const CHART_SEQUENCES: Record<string, string[]> = {
  'c:chartSpace': [
    'c:date1904',
    'c:lang',
    'c:roundedCorners',
    'c:style',
    'c:clrMapOvr',
    'c:pivotSource',
    'c:protection',
    'c:chart',
    'c:spPr',
    'c:txPr',
    'c:externalData',
    'c:printSettings',
    'c:userShapes',
  ],
  'c:chart': [
    'c:title',
    'c:autoTitleDeleted',
    'c:pivotFmts',
    'c:view3D',
    'c:floor',
    'c:sideWall',
    'c:backWall',
    'c:plotArea',
    'c:legend',
    'c:plotVisOnly',
    'c:dispBlanksAs',
  ],
  'c:plotArea': ['c:layout', 'c:barChart|c:pieChart|c:lineChart', 'c:catAx|c:valAx', 'c:dTable', 'c:spPr'],
  'c:barChart': [
    'c:barDir',
    'c:grouping',
    'c:varyColors',
    'c:ser',
    'c:dLbls',
    'c:gapWidth',
    'c:overlap',
    'c:serLines',
    'c:axId',
  ],
  'c:pieChart': ['c:varyColors', 'c:ser', 'c:dLbls', 'c:firstSliceAng'],
  'c:lineChart': [
    'c:grouping',
    'c:varyColors',
    'c:ser',
    'c:dLbls',
    'c:dropLines',
    'c:hiLowLines',
    'c:upDownBars',
    'c:marker',
    'c:smooth',
    'c:axId',
  ],
  'c:barChart/c:ser': [
    'c:idx',
    'c:order',
    'c:tx',
    'c:spPr',
    'c:invertIfNegative',
    'c:pictureOptions',
    'c:dPt',
    'c:dLbls',
    'c:trendline',
    'c:errBars',
    'c:cat',
    'c:val',
    'c:shape',
  ],
  'c:pieChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:explosion', 'c:dPt', 'c:dLbls', 'c:cat', 'c:val'],
  'c:lineChart/c:ser': [
    'c:idx',
    'c:order',
    'c:tx',
    'c:spPr',
    'c:marker',
    'c:dPt',
    'c:dLbls',
    'c:trendline',
    'c:errBars',
    'c:cat',
    'c:val',
    'c:smooth',
  ],
  'c:dPt': ['c:idx', 'c:invertIfNegative', 'c:marker', 'c:bubble3D', 'c:explosion', 'c:spPr', 'c:pictureOptions'],
  'c:dLbls': [
    'c:dLbl',
    'c:delete',
    'c:numFmt',
    'c:spPr',
    'c:txPr',
    'c:dLblPos',
    'c:showLegendKey',
    'c:showVal',
    'c:showCatName',
    'c:showSerName',
    'c:showPercent',
    'c:showBubbleSize',
    'c:separator',
    'c:showLeaderLines',
    'c:leaderLines',
  ],
  'c:catAx': [
    'c:axId',
    'c:scaling',
    'c:delete',
    'c:axPos',
    'c:majorGridlines',
    'c:minorGridlines',
    'c:title',
    'c:numFmt',
    'c:majorTickMark',
    'c:minorTickMark',
    'c:tickLblPos',
    'c:spPr',
    'c:txPr',
    'c:crossAx',
    'c:crosses|c:crossesAt',
    'c:auto',
    'c:lblAlgn',
    'c:lblOffset',
    'c:tickLblSkip',
    'c:tickMarkSkip',
    'c:noMultiLvlLbl',
  ],
  'c:valAx': [
    'c:axId',
    'c:scaling',
    'c:delete',
    'c:axPos',
    'c:majorGridlines',
    'c:minorGridlines',
    'c:title',
    'c:numFmt',
    'c:majorTickMark',
    'c:minorTickMark',
    'c:tickLblPos',
    'c:spPr',
    'c:txPr',
    'c:crossAx',
    'c:crosses|c:crossesAt',
    'c:crossBetween',
    'c:majorUnit',
    'c:minorUnit',
    'c:dispUnits',
  ],
  'c:scaling': ['c:logBase', 'c:orientation', 'c:max', 'c:min'],
  'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr'],
  'c:legend': ['c:legendPos', 'c:legendEntry', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr'],
  'c:marker': ['c:symbol', 'c:size', 'c:spPr'],
  'c:strRef': ['c:f', 'c:strCache'],
  'c:numRef': ['c:f', 'c:numCache'],
  'c:strCache': ['c:ptCount', 'c:pt'],
  'c:numCache': ['c:formatCode', 'c:ptCount', 'c:pt'],
  'c:printSettings': ['c:headerFooter', 'c:pageMargins', 'c:pageSetup'],
  'xdr:wsDr': ['xdr:twoCellAnchor|xdr:oneCellAnchor|xdr:absoluteAnchor'],
  'xdr:twoCellAnchor': ['xdr:from', 'xdr:to', 'xdr:sp|xdr:grpSp|xdr:graphicFrame|xdr:cxnSp|xdr:pic', 'xdr:clientData'],
  'xdr:from': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:to': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:graphicFrame': ['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic'],
};

/** Every element whose sequence is known: its children in schema order, none unknown. */
function checkOrder(root: Node): void {
  for (const [n, parent] of walk(root)) {
    const seq = (parent && CHART_SEQUENCES[`${parent.name}/${n.name}`]) ?? CHART_SEQUENCES[n.name];
    if (!seq) continue;
    let at = 0;
    for (const c of n.children) {
      const i = seq.findIndex((s) => s.split('|').includes(c.name));
      expect([n.name, c.name, i >= 0]).toEqual([n.name, c.name, true]);
      expect([n.name, c.name, i >= at]).toEqual([n.name, c.name, true]);
      at = i;
    }
  }
}

const data = buildData();
const labels = CATALOGUES['vi'].summary;
const names = labels.sheets;
const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
let dir: string;
let zip: JSZip;
let dashboard: ExcelJS.Worksheet;
let cells: Map<number, Map<number, string>>;

beforeAll(async () => {
  dir = await tempDir('charts');
  const file = path.join(dir, 'tong-hop.xlsx');
  await writeSummary(file, data);
  zip = await JSZip.loadAsync(await fs.readFile(file));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  dashboard = wb.getWorksheet(names.dashboard)!;
  cells = await sheetValues(file, names.dashboard);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function xmlOf(part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new Error(`missing part ${part}`);
  return f.async('string');
}

test('the dashboard sheet refers to one drawing, which refers to every chart', async () => {
  const dashboardPart = (await sheetParts(zip))!.get(names.dashboard)!;
  const sheetXml = await xmlOf(dashboardPart);
  const drawingRef = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml);
  expect(drawingRef).not.toBeNull();
  // <drawing> comes after the print set-up and page breaks, and is the sheet's last element here.
  expect(sheetXml.indexOf('<drawing')).toBeGreaterThan(sheetXml.indexOf('<pageSetup'));
  expect(sheetXml.indexOf('<drawing')).toBeGreaterThan(sheetXml.indexOf('<rowBreaks'));
  expect(sheetXml.trimEnd().endsWith(`${drawingRef![0]}</worksheet>`)).toBe(true);
  parse(sheetXml);

  const sheetRels = parse(await xmlOf(relsPath(dashboardPart)));
  const rel = sheetRels.children.find((r) => r.attributes.Id === drawingRef![1])!;
  expect(rel.attributes.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
  const drawingPart = path.posix.normalize(path.posix.join(path.posix.dirname(dashboardPart), rel.attributes.Target));
  const drawing = parse(await xmlOf(drawingPart));
  checkOrder(drawing);
  const drawingRels = parse(await xmlOf(relsPath(drawingPart)));
  const chartIds = [...walk(drawing)].filter(([n]) => n.name === 'c:chart').map(([n]) => n.attributes['r:id']);
  expect(chartIds).toHaveLength(plan.charts.length);
  const types = await xmlOf('[Content_Types].xml');
  expect(types).toContain(
    `<Override PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  );
  for (const id of chartIds) {
    const r = drawingRels.children.find((x) => x.attributes.Id === id)!;
    expect(r.attributes.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
    const chartPart = path.posix.normalize(path.posix.join(path.posix.dirname(drawingPart), r.attributes.Target));
    expect(zip.file(chartPart)).not.toBeNull();
    expect(types).toContain(
      `<Override PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
  }
  // Anchors lie inside the charts band, each with its bottom-right below and right of its top-left.
  for (const [n] of walk(drawing)) {
    if (n.name !== 'xdr:twoCellAnchor') continue;
    const at = (which: string, what: string) =>
      Number(n.children.find((c) => c.name === which)!.children.find((c) => c.name === what)!.text);
    expect(at('xdr:to', 'xdr:col')).toBeGreaterThan(at('xdr:from', 'xdr:col'));
    expect(at('xdr:to', 'xdr:row')).toBeGreaterThan(at('xdr:from', 'xdr:row'));
  }
});

test('the charts are well-formed, in schema order, with a pie, column charts and a trend line', async () => {
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(plan.charts.length);
  const kinds: string[] = [];
  for (const part of charts) {
    const root = parse(await xmlOf(part));
    expect(root.name).toBe('c:chartSpace');
    checkOrder(root);
    for (const [n] of walk(root)) if (/^c:(bar|pie|line)Chart$/.test(n.name)) kinds.push(n.name);
  }
  expect(kinds.sort()).toEqual(['c:barChart', 'c:barChart', 'c:barChart', 'c:lineChart', 'c:pieChart']);
});

/** The value a dashboard cell shows, as written in the sheet's XML (exceljs drops a cached 0 or
 *  ""), or "" for an empty cell. */
function shown(row: number, column: number): string {
  return cells.get(row)?.get(column) ?? '';
}

test('every series refers to dashboard cells, and caches exactly their values', async () => {
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  let refs = 0;
  for (const part of charts) {
    const root = parse(await xmlOf(part));
    for (const [n] of walk(root)) {
      if (n.name !== 'c:strRef' && n.name !== 'c:numRef') continue;
      const f = n.children.find((c) => c.name === 'c:f')!.text;
      const m = /^'(.+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(f);
      expect([f, m !== null]).toEqual([f, true]);
      expect(m![1]).toBe(names.dashboard);
      expect(m![4] ?? m![2]).toBe(m![2]);
      const column = dashboard.getColumn(m![2]).number;
      const first = Number(m![3]);
      const last = Number(m![5] ?? m![3]);
      const cache = n.children.find((c) => c.name === 'c:strCache' || c.name === 'c:numCache')!;
      const count = Number(cache.children.find((c) => c.name === 'c:ptCount')!.attributes.val);
      expect(count).toBe(last - first + 1);
      const points = new Map(
        cache.children.filter((c) => c.name === 'c:pt').map((p) => [Number(p.attributes.idx), p.children[0].text]),
      );
      for (let r = first; r <= last; r++) {
        // The referenced cell holds what the chart shows; an empty cell is a point with no value.
        const value = shown(r, column);
        const point = points.get(r - first);
        if (cache.name === 'c:strCache') expect([f, r, point]).toEqual([f, r, String(value)]);
        else if (value === '') expect([f, r, point]).toEqual([f, r, undefined]);
        else expect(Number(point)).toBeCloseTo(Number(value), 12);
      }
      refs++;
    }
  }
  // Each series has its categories and values (and its name, when that is a cell).
  const expected = plan.charts.reduce((n, c) => n + 2 * c.series.length + c.series.filter((s) => s.nameRef).length, 0);
  expect(refs).toBe(expected);
});

/** What each chart shows, read from its part: kind, title, and per series its name, categories and
 *  values (null: a point with no value). */
async function chartsShown(): Promise<
  { kind: string; title: string; series: { name: string; categories: string[]; values: (number | null)[] }[] }[]
> {
  const text = (n: Node | undefined): string => (n ? n.text + n.children.map(text).join('') : '');
  const points = (cache: Node | undefined) => {
    const count = Number(cache?.children.find((c) => c.name === 'c:ptCount')?.attributes.val ?? 0);
    const at = new Map(
      cache?.children.filter((c) => c.name === 'c:pt').map((pt) => [Number(pt.attributes.idx), text(pt)]),
    );
    return Array.from({ length: count }, (_, i) => at.get(i) ?? null);
  };
  const cacheOf = (n: Node | undefined) =>
    n?.children[0]?.children.find((c) => c.name === 'c:strCache' || c.name === 'c:numCache');
  const out = [];
  for (const part of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) {
    const root = parse(await xmlOf(part));
    const nodes = [...walk(root)].map(([n]) => n);
    const plot = nodes.find((n) => /^c:(bar|pie|line)Chart$/.test(n.name))!;
    const title = nodes.find((n) => n.name === 'c:title');
    const kind =
      plot.name === 'c:barChart'
        ? `bar-${plot.children.find((c) => c.name === 'c:barDir')!.attributes.val}`
        : plot.name.slice(2, -5);
    const series = plot.children
      .filter((c) => c.name === 'c:ser')
      .map((ser) => {
        const tx = ser.children.find((c) => c.name === 'c:tx');
        const name = tx?.children[0]?.name === 'c:v' ? text(tx.children[0]) : (points(cacheOf(tx))[0] ?? '');
        return {
          name,
          categories: points(cacheOf(ser.children.find((c) => c.name === 'c:cat'))).map((v) => v ?? ''),
          values: points(cacheOf(ser.children.find((c) => c.name === 'c:val'))).map((v) =>
            v === null ? null : Number(v),
          ),
        };
      });
    out.push({ kind, title: text(title).trim(), series });
  }
  return out;
}

test("each chart shows the figures counted here from the report's commitments, not only the cells it was written from", async () => {
  // Counted independently of the roll-up and of the dashboard plan.
  const all = data.report.commitments;
  const counts = (list: typeof all) => {
    const by = (k: StatusKey) => list.filter((c) => (c.status ?? 'unknown') === k).length;
    const due = by('done_on_time') + by('done_late') + by('overdue');
    return { found: list.length, byStatus: STATUS_KEYS.map(by), rate: due ? by('done_on_time') / due : null };
  };
  const { department } = data;
  const L = labels.charts;
  const noUnit = labels.dashboard.noUnit;
  const unitNames = [...department.units.map((u) => u.name), noUnit];
  const perUnit = [
    ...department.units.map((u) => counts(all.filter((c) => c.unit === u.code))),
    counts(all.filter((c) => c.unit === null)),
  ];
  const perBlock = [
    ...department.blocks.map((b) => counts(all.filter((c) => c.block === b.code))),
    counts(all.filter((c) => c.block === null)),
  ];
  const trend = data.history.filter((h) => h.scope === 'department').sort((a, b) => (a.month < b.month ? -1 : 1));
  // The fixture has commitments of no unit and more than one month: every chart is there.
  expect(perUnit[perUnit.length - 1].found).toBe(2);
  expect(trend.map((h) => h.month)).toEqual(['2023-05', '2023-06']);

  const round = <T extends number | null>(v: T) => (v === null ? null : Math.round(v * 1e12) / 1e12);
  const shownCharts = (await chartsShown()).map((c) => ({
    ...c,
    series: c.series.map((s) => ({ ...s, values: s.values.map(round) })),
  }));
  expect(shownCharts).toEqual([
    {
      kind: 'pie',
      title: L.status,
      series: [
        { name: L.count, categories: STATUS_KEYS.map((k) => CATALOGUES.vi.status[k]), values: counts(all).byStatus },
      ],
    },
    {
      kind: 'bar-col',
      title: L.rate,
      series: [{ name: L.rateSeries, categories: unitNames, values: perUnit.map((u) => round(u.rate)) }],
    },
    {
      kind: 'bar-col',
      title: L.blocks,
      series: [
        {
          name: L.registered,
          categories: [...department.blocks.map((b) => b.name), noUnit],
          values: [...department.blocks.map((b) => b.registered), null],
        },
        {
          name: L.found,
          categories: [...department.blocks.map((b) => b.name), noUnit],
          values: perBlock.map((b) => b.found),
        },
      ],
    },
    {
      kind: 'bar-col',
      title: L.units,
      series: [
        { name: L.registered, categories: unitNames, values: [...department.units.map((u) => u.registered), null] },
        { name: L.found, categories: unitNames, values: perUnit.map((u) => u.found) },
      ],
    },
    {
      kind: 'line',
      title: L.trend,
      series: [
        {
          name: L.rateSeries,
          categories: ['05/2023', '06/2023'],
          values: [round(trend[0].onTimeRate), round(counts(all).rate)],
        },
      ],
    },
  ]);
});

test("a series value is the live figure: the status pie reads the status table's counts, which are the report's", () => {
  const pie = plan.charts.find((c) => c.kind === 'pie')!;
  const statusColumn = /\$([A-Z]+)\$/.exec(pie.series[0].valuesRef)![1];
  expect(dashboard.getColumn(statusColumn).number).toBe(plan.at.statusCountColumn);
  // The cells the pie reads hold each status's count of the report's commitments, row by row.
  const counted = STATUS_KEYS.map((k) => data.report.commitments.filter((c) => (c.status ?? 'unknown') === k).length);
  expect(STATUS_KEYS.map((k) => Number(shown(plan.at.status[k], plan.at.statusCountColumn)))).toEqual(counted);
  expect(STATUS_KEYS.map((k) => shown(plan.at.status[k], 2))).toEqual(STATUS_KEYS.map((k) => CATALOGUES.vi.status[k]));
  expect(pie.series[0].values).toEqual(counted);
  expect(attr(' r:id="x"', 'r:id')).toBe('x');
});
