// Small helpers over exceljs for the example workbooks: the look of a Vietnamese administrative
// form (Times New Roman, thin borders, bold centred headers), a deterministic zip, and a DrawingML
// chart added the way openpyxl writes it (drawing part in the default namespace, no `xdr:` prefix).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  font?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export function newWorkbook(when: Date, creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = when;
  wb.modified = when;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

export function newSheet(wb: ExcelJS.Workbook, name: string, widths: number[], opts: { firstCol?: number } = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const first = opts.firstCol ?? 1;
  widths.forEach((w, i) => (ws.getColumn(first + i).width = w));
  return ws;
}

/** Write a value with a text style; returns the cell. */
export function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, style: TextStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.font = {
    name: style.font ?? FONT,
    size: style.size ?? 12,
    bold: style.bold,
    italic: style.italic,
    underline: style.underline,
  };
  cell.alignment = { horizontal: style.align, vertical: 'middle', wrapText: style.wrap };
  return cell;
}

/** Merge a range and write its value (centred unless told otherwise). */
export function banner(ws: ExcelJS.Worksheet, range: string, value: string, style: TextStyle = {}): void {
  ws.mergeCells(range);
  put(ws, range.split(':')[0], value, { align: 'center', ...style });
}

/** A header cell: bold, centred, wrapped, boxed. */
export function head(ws: ExcelJS.Worksheet, address: string, value: string, style: TextStyle = {}): void {
  const c = put(ws, address, value, { bold: true, align: 'center', wrap: true, ...style });
  c.border = BOX;
}

/** A table cell: boxed, wrapped. */
export function td(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, style: TextStyle = {}, numFmt?: string): ExcelJS.Cell {
  const c = put(ws, address, value, { wrap: true, ...style });
  c.border = BOX;
  if (numFmt) c.numFmt = numFmt;
  return c;
}

/** Box every cell of a merged header range (Excel draws borders per cell). */
export function boxRange(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = BOX;
}

/**
 * Give rows with wrapped text a height that shows it (Excel would size them itself; LibreOffice and
 * printing keep the default height). A rough estimate from text length and column width is enough.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (row.height) return;
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!cell.alignment?.wrapText || cell.isMerged) return;
      const text = typeof cell.value === 'string' ? cell.value.normalize('NFC') : '';
      if (!text) return;
      const perLine = Math.max(4, Math.floor((ws.getColumn(cell.col).width ?? 9) * 1.15));
      const n = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) row.height = Math.ceil(lines * 15.75);
  });
}

export function col(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addr(row: number, column: number): string {
  return `${col(column)}${row}`;
}

// ---- deterministic zip ------------------------------------------------------------------------

/** Fixed time stamp for every zip entry, so re-running the generator gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2023, 0, 1, 0, 0, 0));

export type ZipEdit = (zip: JSZip) => Promise<void>;

/**
 * Rewrite the xlsx zip with fixed entry dates (and apply edits on the way). JSZip stores DOS times in
 * local time, so the caller runs with TZ=UTC (make-examples.ts sets it).
 */
export async function finishXlsx(buffer: Buffer | ArrayBuffer, edits: ZipEdit[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const edit of edits) await edit(zip);
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  // [Content_Types].xml first, as Excel writes it; the rest in a stable order.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const data = await zip.file(name)!.async('uint8array');
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---- a chart, as openpyxl writes it -------------------------------------------------------------

export interface BarChartSpec {
  /** Sheet file inside the zip, e.g. xl/worksheets/sheet1.xml */
  sheetPath: string;
  sheetName: string;
  title: string;
  seriesName: string;
  /** Category and value ranges, absolute, e.g. $B$8:$B$16 */
  categoryRange: string;
  valueRange: string;
  categories: (string | null)[];
  values: (number | null)[];
  /** Anchor: 0-based column/row of the top-left cell, and the size in EMU. */
  from: { col: number; row: number };
  size: { cx: number; cy: number };
}

const NS_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_SS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function chartXml(spec: BarChartSpec): string {
  const ref = (r: string) => `${esc(quoteSheet(spec.sheetName))}!${r}`;
  const strPts = spec.categories
    .map((c, i) => (c === null ? '' : `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`))
    .join('');
  const numPts = spec.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const n = spec.categories.length;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${esc(spec.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${ref(spec.categoryRange)}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(spec.valueRange)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="80"/><c:axId val="10"/><c:axId val="100"/></c:barChart>` +
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="100"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="10"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** openpyxl's drawing part: SpreadsheetDrawing as the *default* namespace (what exceljs#2591 trips on). */
function drawingXml(spec: BarChartSpec): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<wsDr xmlns="${NS_SS_DRAWING}" xmlns:a="${NS_MAIN}">` +
    `<oneCellAnchor>` +
    `<from><col>${spec.from.col}</col><colOff>0</colOff><row>${spec.from.row}</row><rowOff>0</rowOff></from>` +
    `<ext cx="${spec.size.cx}" cy="${spec.size.cy}"/>` +
    `<graphicFrame macro="">` +
    `<nvGraphicFramePr><cNvPr id="1" name="Biểu đồ 1"/><cNvGraphicFramePr/></nvGraphicFramePr>` +
    `<xfrm/>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</graphicFrame>` +
    `<clientData/>` +
    `</oneCellAnchor>` +
    `</wsDr>`
  );
}

/** Add a bar chart to a sheet of an existing xlsx zip: drawing part, chart part, relationships, content types. */
export function withBarChart(spec: BarChartSpec): ZipEdit {
  return async (zip) => {
    zip.file('xl/charts/chart1.xml', chartXml(spec));
    zip.file('xl/drawings/drawing1.xml', drawingXml(spec));
    zip.file(
      'xl/drawings/_rels/drawing1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_CHART}" Target="/xl/charts/chart1.xml"/></Relationships>`,
    );

    // The sheet points at the drawing.
    const sheetFile = spec.sheetPath.split('/').pop()!;
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    const relId = 'rIdChart1';
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="/xl/drawings/drawing1.xml"/>`;
    const existing = zip.file(relsPath);
    if (existing) {
      const xml = await existing.async('string');
      zip.file(relsPath, xml.replace('</Relationships>', `${rel}</Relationships>`));
    } else {
      zip.file(
        relsPath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
      );
    }
    let sheet = await zip.file(spec.sheetPath)!.async('string');
    if (!/xmlns:r=/.test(sheet.slice(0, 1000))) sheet = sheet.replace('<worksheet ', `<worksheet xmlns:r="${NS_REL}" `);
    // <drawing> goes after pageSetup/headerFooter/breaks and before legacyDrawing/tableParts/extLst.
    const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];
    const at = Math.min(...before.map((t) => sheet.indexOf(t)).filter((i) => i >= 0));
    sheet = `${sheet.slice(0, at)}<drawing r:id="${relId}"/>${sheet.slice(at)}`;
    zip.file(spec.sheetPath, sheet);

    const ctPath = '[Content_Types].xml';
    let ct = await zip.file(ctPath)!.async('string');
    ct = ct.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `</Types>`,
    );
    zip.file(ctPath, ct);
  };
}
