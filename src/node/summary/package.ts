// After exceljs: add the charts to the dashboard. Only small parts are rewritten (the dashboard
// sheet, its relationships, the content types) and new ones added (the charts and their drawing);
// JSZip passes every other entry through with its compressed bytes as they are.
import { createWriteStream, promises as fs } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import {
  CHART_CONTENT_TYPE,
  type ChartSpec,
  DRAWING_CONTENT_TYPE,
  REL_CHART,
  REL_DRAWING,
  chartXml,
  drawingXml,
  relationshipsXml,
} from './charts';
import { attr, relsPath, sheetParts } from './ooxml';

export interface PackageExtras {
  dashboardSheet: string;
  charts: ChartSpec[];
}

/** Elements a worksheet may hold after <drawing>, in schema order (CT_Worksheet). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function insertDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.indexOf(`<${name}`);
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new Error('dashboard sheet XML has no </worksheet>');
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) {
    xml = xml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  return xml;
}

function freeName(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

async function addCharts(zip: JSZip, dashboardPart: string, charts: ChartSpec[]): Promise<void> {
  if (!charts.length) return;
  const drawingN = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const drawingPart = `xl/drawings/drawing${drawingN}.xml`;
  const chartParts: string[] = [];
  let n = 1;
  for (const spec of charts) {
    while (zip.file(`xl/charts/chart${n}.xml`)) n++;
    const part = `xl/charts/chart${n++}.xml`;
    zip.file(part, chartXml(spec), { createFolders: false });
    chartParts.push(part);
  }
  const chartRelIds = chartParts.map((_, i) => `rId${i + 1}`);
  zip.file(drawingPart, drawingXml(charts, chartRelIds), { createFolders: false });
  zip.file(
    relsPath(drawingPart),
    relationshipsXml(chartParts.map((part, i) => ({ id: chartRelIds[i], type: REL_CHART, target: `../charts/${part.slice(part.lastIndexOf('/') + 1)}` }))),
    { createFolders: false },
  );

  // The sheet's own relationships: keep what exceljs wrote, add the drawing under a fresh id.
  const sheetRelsPart = relsPath(dashboardPart);
  const existing = (await zip.file(sheetRelsPart)?.async('string')) ?? null;
  const rels: { id: string; type: string; target: string; external?: boolean }[] = [];
  if (existing) {
    for (const m of existing.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attr(m[0], 'Id');
      const type = attr(m[0], 'Type');
      const target = attr(m[0], 'Target');
      if (id && type && target) rels.push({ id, type, target, external: attr(m[0], 'TargetMode') === 'External' });
    }
  }
  let k = rels.length + 1;
  while (rels.some((r) => r.id === `rId${k}`)) k++;
  const drawingRelId = `rId${k}`;
  rels.push({ id: drawingRelId, type: REL_DRAWING, target: `../drawings/drawing${drawingN}.xml` });
  zip.file(sheetRelsPart, relationshipsXml(rels), { createFolders: false });

  const sheetXml = await zip.file(dashboardPart)!.async('string');
  zip.file(dashboardPart, insertDrawing(sheetXml, drawingRelId), { createFolders: false });

  const types = await zip.file('[Content_Types].xml')!.async('string');
  const overrides = [`/${drawingPart}`, ...chartParts.map((p) => `/${p}`)]
    .filter((p) => !types.includes(`PartName="${p}"`))
    .map((p) => `<Override PartName="${p}" ContentType="${p.includes('/charts/') ? CHART_CONTENT_TYPE : DRAWING_CONTENT_TYPE}"/>`)
    .join('');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`), { createFolders: false });
}

/** Read exceljs's output `raw`, add the extras, write the finished package to `out`. */
export async function finishPackage(raw: string, out: string, extras: PackageExtras): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(raw));
  const parts = await sheetParts(zip);
  const dashboardPart = parts?.get(extras.dashboardSheet);
  if (!dashboardPart) throw new Error('summary package: no dashboard sheet');
  await addCharts(zip, dashboardPart, extras.charts);
  await pipeline(
    zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 } }),
    createWriteStream(out),
  );
}
