// The documents' model (src/core/document.ts) rendered to Word, in the layout Nghị định 30/2020/NĐ-CP
// sets for administrative documents (Phụ lục I): A4 portrait; margins top and bottom 20 mm, left
// 30 mm, right 15 mm; Times New Roman; the two-column heading (the agency left, the national name and
// motto right, each with its rule); the date line in italics; the title centred and bold; page
// numbers at the top centre, from the second page on.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import {
  type AdminDocument,
  type Align,
  type Block,
  MOTTO,
  NATIONAL_NAME,
  type Run,
  type Signature,
  type TableBlock,
} from '../../core/document';

export const FONT = 'Times New Roman';
/** Page and margins in millimetres (A4; each margin within the decree's range). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 };
/** A4 in twips as Word writes it (convertMillimetersToTwip rounds down, a twip short of Word's A4). */
const A4_TWIPS = { width: 11906, height: 16838 };
const TEXT_WIDTH = convertMillimetersToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
/** Font sizes in points, as Phụ lục I gives them for each part. */
const PT = {
  body: 14,
  heading: 13,
  national: 12,
  motto: 13,
  number: 13,
  date: 14,
  title: 14,
  table: 12,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
};
/** The heading's columns: the agency's, the national name's. */
const HEAD_LEFT = Math.round(TEXT_WIDTH * 0.42);
const HEAD_RIGHT = TEXT_WIDTH - HEAD_LEFT;

const half = (pt: number) => pt * 2;
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

function run(text: string, size: number, options: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({ text, size: half(size), bold: options.bold, italics: options.italic, font: FONT });
}

function line(
  text: string,
  size: number,
  options: { bold?: boolean; italic?: boolean; align?: Align; after?: number } = {},
): Paragraph {
  // The paragraph mark at the same size: an empty line is then as high as a written one.
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'center'],
    spacing: { before: 0, after: options.after ?? 0 },
    run: { size: half(size), font: FONT },
    children: [run(text, size, options)],
  });
}

/** A short solid rule, centred in a width of `within` twips: an empty paragraph's bottom border between indents. */
function rule(within: number, length: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: LINE },
    children: [run('', 4)],
  });
}

/** A text's width in twips at `size` points, near enough to size the rule under it (Times New Roman bold). */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text)
    em += ch === ' ' ? 0.25 : /[A-ZĐÀ-Ỹ]/u.test(ch) ? (bold ? 0.72 : 0.68) : /[.,;:-]/.test(ch) ? 0.3 : 0.5;
  return Math.round(em * size * 20);
}

function cell(
  children: Paragraph[],
  width: number,
  options: { borders?: boolean; align?: 'top' | 'center' } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.align === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    ...(options.borders ? {} : { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } }),
  });
}

function layoutTable(rows: TableRow[], widths: number[], borders: boolean): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(borders ? {} : { borders: NO_BORDERS }),
  });
}

function heading(doc: AdminDocument): Table {
  const h = doc.heading;
  const agencyRule = Math.min(HEAD_LEFT - 400, Math.max(1000, Math.round(textWidth(h.agency, PT.heading, true) * 0.4)));
  const mottoRule = Math.min(HEAD_RIGHT - 200, textWidth(MOTTO, PT.motto, true));
  const left = [
    line(h.parent, PT.heading),
    line(h.agency, PT.heading, { bold: true }),
    rule(HEAD_LEFT - 140, agencyRule),
  ];
  const right = [
    line(NATIONAL_NAME, PT.national, { bold: true }),
    line(MOTTO, PT.motto, { bold: true }),
    rule(HEAD_RIGHT - 140, mottoRule),
  ];
  const second = [
    new TableRow({
      children: [
        cell([line(h.number ?? '', PT.number, { after: 0 })], HEAD_LEFT),
        cell([line(h.placeDate, PT.date, { italic: true })], HEAD_RIGHT),
      ],
    }),
  ];
  return layoutTable(
    [new TableRow({ children: [cell(left, HEAD_LEFT), cell(right, HEAD_RIGHT)] }), ...second],
    [HEAD_LEFT, HEAD_RIGHT],
    false,
  );
}

function titleBlock(doc: AdminDocument): Paragraph[] {
  const [kind, ...summary] = doc.title;
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run(kind, PT.title, { bold: true })],
    }),
  ];
  for (const s of summary) out.push(line(s, PT.title, { bold: true }));
  const longest = Math.max(...summary.map((s) => textWidth(s, PT.title, true)), textWidth(kind, PT.title, true));
  out.push(rule(TEXT_WIDTH, Math.round(Math.min(TEXT_WIDTH / 2, longest / 2.5)), 240));
  return out;
}

function runs(list: Run[], size: number): TextRun[] {
  return list.map((r) => run(r.text, size, r));
}

const BODY_SPACING = { before: 0, after: 120, line: 300, lineRule: LineRuleType.AUTO };

function table(b: TableBlock): (Paragraph | Table)[] {
  if (!b.rows.length)
    return b.empty
      ? [new Paragraph({ spacing: BODY_SPACING, indent: { firstLine: 720 }, children: [run(b.empty, PT.body)] })]
      : [];
  const widths = b.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100));
  const tight = { before: 0, after: 0 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) =>
      cell(
        [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: tight,
            children: [run(c.header, PT.table, { bold: true })],
          }),
        ],
        widths[i],
        { borders: true, align: 'center' },
      ),
    ),
  });
  const rows = b.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map((text, i) =>
          cell(
            [
              new Paragraph({
                alignment: ALIGN[b.columns[i].align ?? 'left'],
                spacing: tight,
                children: [run(text, PT.table, { bold: r.bold })],
              }),
            ],
            widths[i],
            { borders: true, align: 'center' },
          ),
        ),
      }),
  );
  // A paragraph after the table keeps the next one from touching it.
  return [
    layoutTable([header, ...rows], widths, true),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 120 },
          indent: { firstLine: 720 },
          children: [run(b.text, PT.body, { bold: true })],
        }),
      ];
    case 'subheading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: BODY_SPACING,
          indent: { firstLine: 720 },
          children: [run(b.text, PT.body, { bold: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          spacing: BODY_SPACING,
          indent: b.indent ? { firstLine: 720 } : undefined,
          children: runs(b.runs, PT.body),
        }),
      ];
    case 'fill':
      // Dots to the right margin: a tab with a dot leader, which Word and LibreOffice both draw.
      return Array.from(
        { length: b.lines },
        () =>
          new Paragraph({
            spacing: BODY_SPACING,
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
            children: [new TextRun({ text: '\t', font: FONT, size: half(PT.body) })],
          }),
      );
    case 'table':
      return table(b);
  }
}

/** A signature's lines; `lines` title lines and a note line at least, so that two side by side put their names level. */
function signatureParagraphs(s: Signature, lines = { titles: s.titles.length, note: Boolean(s.note) }): Paragraph[] {
  const out = s.titles.map((t) => line(t, PT.signer, { bold: true }));
  for (let i = s.titles.length; i < lines.titles; i++) out.push(line('', PT.signer, { bold: true }));
  if (s.note || lines.note) out.push(line(s.note ?? '', PT.table, { italic: true }));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) out.push(line('', PT.signer));
  out.push(line(s.name, PT.signer, { bold: true }));
  return out;
}

function closing(doc: AdminDocument): Table {
  const half1 = Math.round(TEXT_WIDTH / 2);
  const widths = [half1, TEXT_WIDTH - half1];
  if (doc.recipients) {
    const left = [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [run('Nơi nhận:', PT.recipientsLabel, { bold: true, italic: true })],
      }),
      ...doc.recipients.map(
        (r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, PT.recipients)] }),
      ),
    ];
    const right = doc.signatures.flatMap((sig) => signatureParagraphs(sig));
    return layoutTable(
      [new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })],
      widths,
      false,
    );
  }
  const [a, b] = doc.signatures;
  const lines = { titles: Math.max(a?.titles.length ?? 0, b?.titles.length ?? 0), note: Boolean(a?.note || b?.note) };
  return layoutTable(
    [
      new TableRow({
        cantSplit: true,
        children: [
          cell(a ? signatureParagraphs(a, lines) : [], widths[0]),
          cell(b ? signatureParagraphs(b, lines) : [], widths[1]),
        ],
      }),
    ],
    widths,
    false,
  );
}

/** The document as a .docx file's bytes. */
export async function renderDocx(doc: AdminDocument, meta: { title: string; creator?: string }): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(PT.body) })],
      }),
    ],
  });
  const document = new Document({
    title: meta.title,
    creator: meta.creator ?? 'camket',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: half(PT.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4_TWIPS,
            margin: {
              top: convertMillimetersToTwip(PAGE_MM.top),
              bottom: convertMillimetersToTwip(PAGE_MM.bottom),
              left: convertMillimetersToTwip(PAGE_MM.left),
              right: convertMillimetersToTwip(PAGE_MM.right),
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10),
            },
          },
          // The first page shows no number (Phụ lục I, item 6).
          titlePage: true,
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          heading(doc),
          ...titleBlock(doc),
          ...doc.body.flatMap(block),
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          closing(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
