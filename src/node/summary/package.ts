// Native charts on the dashboard, added while exceljs's streaming writer writes the package
// (exceljs cannot draw a chart): the dashboard sheet gets a relationship and a <drawing> element,
// the package gets the drawing and chart parts (DrawingML, charts.ts) and their content types.
// Everything goes through exceljs's own zip stream, so the summary is written in one pass.
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
import { relsPath } from './ooxml';
import type { StreamSheet, StreamWorkbook } from './sheet-kit';

/** What is used of exceljs 4.4's streaming writer inside. */
interface WriterInside {
  zip: { append(source: unknown, data: { name: string }): unknown };
}
interface SheetInside {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  /** Written after the row breaks, just where CT_Worksheet wants <drawing>. */
  _writeLegacyData(): void;
  stream: { write(s: string): unknown };
}

function insides(wb: StreamWorkbook, ws: StreamSheet): { writer: WriterInside; sheet: SheetInside } {
  const writer = wb as unknown as Partial<WriterInside>;
  const sheet = ws as unknown as Partial<SheetInside>;
  if (
    typeof writer.zip?.append !== 'function' ||
    typeof sheet._sheetRelsWriter?.addRelationship !== 'function' ||
    typeof sheet._writeLegacyData !== 'function'
  ) {
    throw new Error('exceljs streaming writer: zip or sheet relationships not where camket expects them (exceljs 4.4)');
  }
  return { writer: writer as WriterInside, sheet: sheet as SheetInside };
}

/** Put `charts` on the dashboard `ws`; call before the sheet is committed (the only drawing in the package). */
export function attachCharts(wb: StreamWorkbook, ws: StreamSheet, charts: ChartSpec[]): void {
  if (!charts.length) return;
  const { writer, sheet } = insides(wb, ws);
  const drawingPart = 'xl/drawings/drawing1.xml';
  const chartParts = charts.map((_, i) => `xl/charts/chart${i + 1}.xml`);
  const chartRelIds = chartParts.map((_, i) => `rId${i + 1}`);

  const drawingRelId = sheet._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: '../drawings/drawing1.xml' });
  const writeLegacyData = sheet._writeLegacyData.bind(ws);
  sheet._writeLegacyData = () => {
    sheet.stream.write(`<drawing r:id="${drawingRelId}"/>`);
    writeLegacyData();
  };

  const zip = writer.zip;
  const append = zip.append.bind(zip);
  charts.forEach((spec, i) => append(chartXml(spec), { name: chartParts[i] }));
  append(drawingXml(charts, chartRelIds), { name: drawingPart });
  append(
    relationshipsXml(chartParts.map((part, i) => ({ id: chartRelIds[i], type: REL_CHART, target: `../charts/${part.slice(part.lastIndexOf('/') + 1)}` }))),
    { name: relsPath(drawingPart) },
  );
  // exceljs writes the content types at commit: the new parts are added to them then.
  const overrides = [drawingPart, ...chartParts]
    .map((p) => `<Override PartName="/${p}" ContentType="${p.includes('/charts/') ? CHART_CONTENT_TYPE : DRAWING_CONTENT_TYPE}"/>`)
    .join('');
  zip.append = (source: unknown, data: { name: string }) =>
    append(data.name === '[Content_Types].xml' && typeof source === 'string' ? source.replace('</Types>', `${overrides}</Types>`) : source, data);
}
