// The styles part (xl/styles.xml) built from the styles the sheets use: each distinct style object
// gets one cell format (xf) with its number format, font, fill and border, each shared between
// formats; conditional formats get differential formats (dxf). Style objects have the shape
// exceljs uses, so a style reads back as it was written.
import { escapeXml } from './xml';

/** An ARGB colour, e.g. FF1F4E78. */
export interface Color {
  argb: string;
}

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  color?: Color;
}

export interface Fill {
  type: 'pattern';
  pattern: 'solid' | 'none';
  fgColor?: Color;
  bgColor?: Color;
}

export interface BorderSide {
  style: 'thin' | 'medium' | 'thick' | 'dashed' | 'dotted' | 'double' | 'hair';
  color?: Color;
}

export interface Borders {
  left?: BorderSide;
  right?: BorderSide;
  top?: BorderSide;
  bottom?: BorderSide;
}

export interface Alignment {
  horizontal?: 'general' | 'left' | 'center' | 'right' | 'fill' | 'justify' | 'centerContinuous' | 'distributed';
  /** 'middle' is written as SpreadsheetML's "center". */
  vertical?: 'top' | 'middle' | 'bottom' | 'justify' | 'distributed';
  wrapText?: boolean;
  indent?: number;
  /** Degrees, 0–180 (SpreadsheetML's encoding), or 255 for vertical text. */
  textRotation?: number;
  shrinkToFit?: boolean;
}

/** A cell's look. Every part is optional; what is left out is the workbook's default. */
export interface CellStyle {
  /** A number format code, e.g. 'dd/mm/yyyy', '0.0%', '#,##0'. */
  numFmt?: string;
  font?: Font;
  fill?: Fill;
  border?: Borders;
  alignment?: Alignment;
}

/** The format codes built into every spreadsheet application (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  '#,##0 ;(#,##0)': 37,
  '#,##0 ;[Red](#,##0)': 38,
  '#,##0.00;(#,##0.00)': 39,
  '#,##0.00;[Red](#,##0.00)': 40,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};

const FIRST_CUSTOM_FORMAT = 164;

/** The workbook's default font, the one of every cell without a style: Calibri 11, the theme's. */
const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

function colorXml(tag: string, c: Color | undefined): string {
  return c ? `<${tag} rgb="${escapeXml(c.argb)}"/>` : '';
}

function fontXml(f: Font): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.strike ? '<strike/>' : '') +
    (f.underline ? '<u/>' : '') +
    (f.size !== undefined ? `<sz val="${f.size}"/>` : '') +
    colorXml('color', f.color) +
    (f.name !== undefined ? `<name val="${escapeXml(f.name)}"/>` : '') +
    '</font>'
  );
}

function fillXml(f: Fill): string {
  if (f.pattern === 'none') return '<fill><patternFill patternType="none"/></fill>';
  const colours = colorXml('fgColor', f.fgColor) + colorXml('bgColor', f.bgColor);
  return colours
    ? `<fill><patternFill patternType="solid">${colours}</patternFill></fill>`
    : '<fill><patternFill patternType="solid"/></fill>';
}

function sideXml(tag: string, s: BorderSide | undefined): string {
  if (!s) return `<${tag}/>`;
  const colour = colorXml('color', s.color);
  return colour ? `<${tag} style="${s.style}">${colour}</${tag}>` : `<${tag} style="${s.style}"/>`;
}

function borderXml(b: Borders): string {
  return `<border>${sideXml('left', b.left)}${sideXml('right', b.right)}${sideXml('top', b.top)}${sideXml('bottom', b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: Alignment): string {
  let attrs = '';
  if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
  if (a.vertical) attrs += ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`;
  if (a.textRotation) attrs += ` textRotation="${a.textRotation}"`;
  if (a.wrapText) attrs += ' wrapText="1"';
  if (a.indent) attrs += ` indent="${a.indent}"`;
  if (a.shrinkToFit) attrs += ' shrinkToFit="1"';
  return attrs ? `<alignment${attrs}/>` : '';
}

/** A table of distinct XML fragments, each with its index. */
class Table {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

/** Styles by object, registered as the sheets use them; `xml()` gives the styles part. */
export class StyleRegistry {
  private readonly fonts = new Table([DEFAULT_FONT]);
  private readonly fills = new Table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Table(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table();
  private readonly formats = new Map<string, number>();
  /** Style objects already registered: most sheets use a handful of objects for all their rows. */
  private readonly known = new WeakMap<CellStyle, number>();

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  /** The cell format (s="…") of a style; 0, the default, for none. */
  cellFormat(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.known.get(style);
    if (known !== undefined) return known;
    const numFmt = this.numFmtId(style.numFmt);
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const border = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const alignment = style.alignment ? alignmentXml(style.alignment) : '';
    const applied =
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
    const id = this.xfs.id(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
    this.known.set(style, id);
    return id;
  }

  /** The differential format (dxfId) of a conditional format's style. */
  differentialFormat(style: CellStyle): number {
    const numFmt =
      style.numFmt === undefined
        ? ''
        : `<numFmt numFmtId="${this.numFmtId(style.numFmt)}" formatCode="${escapeXml(style.numFmt)}"/>`;
    const xml =
      '<dxf>' +
      (style.font ? fontXml(style.font) : '') +
      numFmt +
      (style.fill ? fillXml(style.fill) : '') +
      (style.alignment ? alignmentXml(style.alignment) : '') +
      (style.border ? borderXml(style.border) : '') +
      '</dxf>';
    return this.dxfs.id(xml);
  }

  /** xl/styles.xml */
  xml(): string {
    const list = (tag: string, items: string[], extra = '') =>
      `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
