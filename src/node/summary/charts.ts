// Native Excel charts as DrawingML (ECMA-376 Part 1, §21.2 charts, §20.5 spreadsheet drawing).
// The workbook writer (xlsx/) puts them in the package beside the sheet they are drawn on. Element order
// follows the schema's sequences exactly: Excel refuses a chart whose elements are out of order.
// Every series points at dashboard cells (c:f) and carries their values (c:strCache/c:numCache),
// so the chart shows before any recalculation and follows the cells after one.

import { escapeXml } from './xlsx/xml';

export interface ChartSeries {
  name: string;
  /** Cell holding the series name, e.g. 'Tổng quan'!$C$40; omitted: the name is a literal. */
  nameRef?: string;
  valuesRef: string;
  /** Cached values; null for a point with no value (a blank or "" cell). */
  values: (number | null)[];
  colour: string;
  /** One colour per point (a pie's slices); omitted: the series colour for all. */
  pointColours?: string[];
}

export interface ChartAnchor {
  /** 0-based column and row of the top-left and bottom-right cells. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface ChartSpec {
  kind: 'pie' | 'column' | 'bar' | 'line';
  title: string;
  categoriesRef: string;
  categories: string[];
  series: ChartSeries[];
  /** Values are rates (0–1): percent axis and labels, axis 0–100 %. */
  percent?: boolean;
  anchor: ChartAnchor;
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (number | null)[], format: string): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesText(s: ChartSeries): string {
  if (s.nameRef) return `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
  return `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
}

function categories(spec: ChartSpec): string {
  return `<c:cat><c:strRef><c:f>${escapeXml(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`;
}

function values(spec: ChartSpec, s: ChartSeries): string {
  const format = spec.percent ? '0.0%' : 'General';
  return `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values, format)}</c:numRef></c:val>`;
}

/** Data labels showing the value; a zero shows nothing (the format's third section is empty). */
function dataLabels(spec: ChartSpec, position: string | null): string {
  const format = spec.percent ? '0.0%;-0.0%;' : '#,##0;-#,##0;';
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    (position ? `<c:dLblPos val="${position}"/>` : '') +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
    (spec.kind === 'pie' ? '<c:showLeaderLines val="1"/>' : '') +
    '</c:dLbls>'
  );
}

function pointColours(s: ChartSeries, kind: ChartSpec['kind']): string {
  if (!s.pointColours) return '';
  return s.pointColours
    .map((rgb, i) => {
      const inner = kind === 'pie' ? '<c:bubble3D val="0"/>' : '<c:invertIfNegative val="0"/><c:bubble3D val="0"/>';
      return `<c:dPt><c:idx val="${i}"/>${inner}<c:spPr>${solid(rgb)}<a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`;
    })
    .join('');
}

function pieChart(spec: ChartSpec): string {
  const ser = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesText(s)}` +
        pointColours(s, 'pie') +
        dataLabels(spec, 'bestFit') +
        categories(spec) +
        values(spec, s) +
        '</c:ser>',
    )
    .join('');
  return `<c:pieChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/></c:pieChart>`;
}

const CAT_AX = 500100;
const VAL_AX = 500200;

function barChart(spec: ChartSpec): string {
  const ser = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesText(s)}` +
        `<c:spPr>${solid(s.colour)}</c:spPr><c:invertIfNegative val="0"/>` +
        pointColours(s, 'column') +
        dataLabels(spec, 'outEnd') +
        categories(spec) +
        values(spec, s) +
        '</c:ser>',
    )
    .join('');
  const dir = spec.kind === 'bar' ? 'bar' : 'col';
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}` +
    `<c:gapWidth val="60"/><c:overlap val="0"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`
  );
}

function lineChart(spec: ChartSpec): string {
  const ser = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesText(s)}` +
        `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.colour)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(s.colour)}</c:spPr></c:marker>` +
        dataLabels(spec, 't') +
        categories(spec) +
        values(spec, s) +
        '<c:smooth val="0"/></c:ser>',
    )
    .join('');
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}` +
    `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`
  );
}

const AXIS_TEXT =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>';

function axes(spec: ChartSpec): string {
  const horizontal = spec.kind === 'bar';
  const scaling = spec.percent
    ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    : '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  // A horizontal bar chart lists its first category at the bottom unless the axis is reversed.
  const catScaling = horizontal
    ? '<c:scaling><c:orientation val="maxMin"/></c:scaling>'
    : '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/>${catScaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${AXIS_TEXT}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="${spec.percent ? '0%' : '#,##0'}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${AXIS_TEXT}<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

function title(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

/** xl/charts/chartN.xml */
export function chartXml(spec: ChartSpec): string {
  const plot = spec.kind === 'pie' ? pieChart(spec) : spec.kind === 'line' ? lineChart(spec) : barChart(spec);
  const showLegend = spec.kind === 'pie' || spec.series.length > 1;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    title(spec.title) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}${spec.kind === 'pie' ? '' : axes(spec)}</c:plotArea>` +
    (showLegend
      ? `<c:legend><c:legendPos val="${spec.kind === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>`
      : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup orientation="landscape"/></c:printSettings>' +
    '</c:chartSpace>'
  );
}

/** xl/drawings/drawingN.xml: one graphic frame per chart, anchored to cells. `relIds[i]` is the
 *  drawing's relationship to chart i. */
export function drawingXml(specs: ChartSpec[], relIds: string[]): string {
  const anchors = specs
    .map((spec, i) => {
      const { from, to } = spec.anchor;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        `<xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`
  );
}

export function relationshipsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('') +
    '</Relationships>'
  );
}
