// A SpreadsheetML workbook (.xlsx) written in one pass: sheets one after another, each streamed
// row by row into the zip (zip.ts) with backpressure to the output; what only the end knows (the
// shared strings, the styles, the workbook part with its sheets and defined names, the content
// types) is written when the workbook finishes. camket's own writer, so nothing of it depends on
// another library's inside; exceljs remains the summary's reader in tests and the fallback reader
// of unit workbooks.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  REL_CHART,
  REL_DRAWING,
  chartXml,
  drawingXml,
  relationshipsXml,
} from '../charts';
import { type SheetHost, type SheetOptions, SheetWriter } from './sheet';
import { StyleRegistry } from './styles';
import { THEME_XML } from './theme';
import { absolute, checkRange, escapeXml, quoteSheet, textElement } from './xml';
import { type ZipLimits, ZipWriter } from './zip';

export interface WorkbookOptions {
  /** docProps/core.xml: who wrote it. */
  creator?: string;
  lastModifiedBy?: string;
  /** docProps/core.xml and the zip's file times; now unless given. */
  created?: Date;
  /** zlib's level, 1 (fastest, the default) to 9. */
  compressionLevel?: number;
  limits?: Partial<ZipLimits>;
}

export interface DefinedName {
  name: string;
  /** Without "=", e.g. 'Tổng quan'!$A$1:$C$9 */
  formula: string;
  /** A name local to this sheet. */
  sheet?: SheetWriter;
  hidden?: boolean;
}

const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
};

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters Excel refuses in a sheet's name. */
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

function w3cdtf(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/**
 * The workbook: `addSheet` gives a SheetWriter (one open at a time: the zip is written in order),
 * `finish` writes the rest and closes the output, `abort` stops and closes it.
 */
export class XlsxWriter {
  readonly styles = new StyleRegistry();
  private readonly zip: ZipWriter;
  private readonly sheets: SheetWriter[] = [];
  private readonly names: DefinedName[] = [];
  private readonly strings = new Map<string, number>();
  private readonly stringList: string[] = [];
  private stringRefs = 0;
  private readonly overrides: [string, string][] = [];
  private drawings = 0;
  private charts = 0;
  private finished = false;
  private readonly created: Date;
  private readonly host: SheetHost;

  /** A workbook written to `file` (opened before this resolves). */
  static async toFile(file: string, options: WorkbookOptions = {}): Promise<XlsxWriter> {
    const out = createWriteStream(file);
    await once(out, 'ready');
    return new XlsxWriter(out, options);
  }

  constructor(
    out: Writable,
    private readonly options: WorkbookOptions = {},
  ) {
    this.created = options.created ?? new Date();
    this.zip = new ZipWriter(out, {
      level: options.compressionLevel ?? 1,
      mtime: this.created,
      limits: options.limits,
    });
    this.host = {
      styles: this.styles,
      sharedString: (s) => this.sharedString(s),
      sheetEnded: (sheet) => this.sheetEnded(sheet),
    };
  }

  private sharedString(s: string): number {
    this.stringRefs++;
    let id = this.strings.get(s);
    if (id === undefined) {
      id = this.stringList.length;
      this.stringList.push(s);
      this.strings.set(s, id);
    }
    return id;
  }

  /** Open the next sheet; the previous one must have ended. */
  addSheet(name: string, options: SheetOptions = {}): SheetWriter {
    if (this.finished) throw new Error(`workbook: sheet ${name} added after the end`);
    const open = this.sheets.find((s) => !s.isEnded);
    if (open) throw new Error(`workbook: sheet ${name} added before sheet ${open.name} ended`);
    if (!name || name.length > 31 || BAD_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(
        `workbook: ${JSON.stringify(name)} cannot name a sheet (1 to 31 characters, none of : \\ / ? * [ ], no ' at either end)`,
      );
    }
    if (this.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase()))
      throw new Error(`workbook: two sheets named ${name}`);
    const index = this.sheets.length;
    const partName = `xl/worksheets/sheet${index + 1}.xml`;
    const sheet = new SheetWriter(this.host, index, name, partName, this.zip.part(partName), options);
    this.sheets.push(sheet);
    this.overrides.push([partName, CT.worksheet]);
    const p = options.pageSetup;
    if (p?.printArea)
      this.defineName({
        name: '_xlnm.Print_Area',
        formula: `${quoteSheet(name)}${absolute(checkRange(p.printArea, `${name}: print area`))}`,
        sheet,
      });
    if (p?.printTitlesRow) {
      if (!/^\$?\d+:\$?\d+$/.test(p.printTitlesRow))
        throw new Error(`${name}: print titles are rows, e.g. 1:3, not ${p.printTitlesRow}`);
      this.defineName({
        name: '_xlnm.Print_Titles',
        formula: `${quoteSheet(name)}${absolute(p.printTitlesRow)}`,
        sheet,
      });
    }
    return sheet;
  }

  defineName(n: DefinedName): void {
    if (this.finished) throw new Error(`workbook: name ${n.name} defined after the end`);
    if (this.names.some((x) => x.name.toUpperCase() === n.name.toUpperCase() && x.sheet === n.sheet))
      throw new Error(`workbook: name ${n.name} defined twice`);
    this.names.push(n);
  }

  /** The sheet's relationships, drawing and charts, right after the sheet's own part. */
  private sheetEnded(sheet: SheetWriter): void {
    const charts = sheet.charts;
    if (!charts.length) return;
    const drawing = `xl/drawings/drawing${++this.drawings}.xml`;
    const sheetFile = sheet.partName.slice(sheet.partName.lastIndexOf('/') + 1);
    this.zip.add(
      `xl/worksheets/_rels/${sheetFile}.rels`,
      relationshipsXml([
        { id: SheetWriter.DRAWING_REL_ID, type: REL_DRAWING, target: `../drawings/drawing${this.drawings}.xml` },
      ]),
    );
    const chartFiles = charts.map(() => `chart${++this.charts}.xml`);
    const relIds = chartFiles.map((_, i) => `rId${i + 1}`);
    this.zip.add(drawing, drawingXml([...charts], relIds));
    this.zip.add(
      `xl/drawings/_rels/drawing${this.drawings}.xml.rels`,
      relationshipsXml(chartFiles.map((f, i) => ({ id: relIds[i], type: REL_CHART, target: `../charts/${f}` }))),
    );
    this.overrides.push([drawing, DRAWING_CONTENT_TYPE]);
    charts.forEach((spec, i) => {
      this.zip.add(`xl/charts/${chartFiles[i]}`, chartXml(spec));
      this.overrides.push([`xl/charts/${chartFiles[i]}`, CHART_CONTENT_TYPE]);
    });
  }

  private async writeSharedStrings(): Promise<void> {
    const part = this.zip.part('xl/sharedStrings.xml');
    part.write(
      `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.stringRefs}" uniqueCount="${this.stringList.length}">`,
    );
    let batch = '';
    for (const s of this.stringList) {
      batch += `<si>${textElement(s)}</si>`;
      if (batch.length > 1 << 16) {
        part.write(batch);
        batch = '';
        await part.drain();
      }
    }
    part.write(`${batch}</sst>`);
    part.end();
    this.overrides.push(['xl/sharedStrings.xml', CT.sharedStrings]);
  }

  private workbookXml(): string {
    const sheets = this.sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.options.state && s.options.state !== 'visible' ? ` state="${s.options.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('');
    const names = this.names
      .map(
        (n) =>
          `<definedName name="${escapeXml(n.name)}"${n.sheet ? ` localSheetId="${n.sheet.index}"` : ''}${n.hidden ? ' hidden="1"' : ''}>${escapeXml(n.formula)}</definedName>`,
      )
      .join('');
    return (
      XML_HEAD +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr defaultThemeVersion="124226"/>' +
      `<sheets>${sheets}</sheets>` +
      (names ? `<definedNames>${names}</definedNames>` : '') +
      '<calcPr calcId="171027"/>' +
      '</workbook>'
    );
  }

  private coreXml(): string {
    const creator = this.options.creator ?? 'camket';
    return (
      XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(this.options.lastModifiedBy ?? creator)}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(this.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(this.created)}</dcterms:modified>` +
      '</cp:coreProperties>'
    );
  }

  /** The application properties, as Excel writes them (LibreOffice trusts the cached values of a
   *  workbook that says it is Excel's; the summary's are camket's own, exact). */
  private appXml(): string {
    const titles = this.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('');
    return (
      XML_HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${this.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${this.sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
      '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
      '</Properties>'
    );
  }

  /** Write the shared strings, styles, workbook, relationships, content types and properties,
   *  then close the output. */
  async finish(): Promise<void> {
    if (this.finished) throw new Error('workbook: finished twice');
    const open = this.sheets.find((s) => !s.isEnded);
    if (open) throw new Error(`workbook: finished before sheet ${open.name} ended`);
    if (!this.sheets.length) throw new Error('workbook: a workbook needs a sheet');
    this.finished = true;
    const hasStrings = this.stringList.length > 0;
    if (hasStrings) await this.writeSharedStrings();
    this.zip.add('xl/styles.xml', this.styles.xml());
    this.overrides.push(['xl/styles.xml', CT.styles]);
    this.zip.add('xl/theme/theme1.xml', THEME_XML);
    this.overrides.push(['xl/theme/theme1.xml', CT.theme]);
    this.zip.add('xl/workbook.xml', this.workbookXml());
    const rels = this.sheets.map((s, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: s.partName.slice(3) }));
    const n = rels.length;
    rels.push(
      { id: `rId${n + 1}`, type: REL.styles, target: 'styles.xml' },
      { id: `rId${n + 2}`, type: REL.theme, target: 'theme/theme1.xml' },
    );
    if (hasStrings) rels.push({ id: `rId${n + 3}`, type: REL.sharedStrings, target: 'sharedStrings.xml' });
    this.zip.add('xl/_rels/workbook.xml.rels', relationshipsXml(rels));
    this.zip.add('docProps/core.xml', this.coreXml());
    this.zip.add('docProps/app.xml', this.appXml());
    this.zip.add(
      '_rels/.rels',
      relationshipsXml([
        { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
        { id: 'rId2', type: REL.core, target: 'docProps/core.xml' },
        { id: 'rId3', type: REL.app, target: 'docProps/app.xml' },
      ]),
    );
    const overrides: [string, string][] = [
      ['xl/workbook.xml', CT.workbook],
      ...this.overrides,
      ['docProps/core.xml', CT.core],
      ['docProps/app.xml', CT.app],
    ];
    this.zip.add(
      '[Content_Types].xml',
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
        overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
        '</Types>',
    );
    await this.zip.finish();
  }

  /** Stop writing (after a failure) and close the output. */
  async abort(): Promise<void> {
    this.finished = true;
    await this.zip.abort();
  }
}
