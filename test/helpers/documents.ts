// The Word documents camket drafts, read back as a person would get them: LibreOffice Writer opens
// each .docx and prints it to PDF and saves it as plain text (one line per paragraph and per table
// cell); pdftotext reads the PDF's text and its page sizes; the .docx's own XML says which font and
// page set-up Word will use.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { convert } from './libreoffice';
import { requireTool } from './system-tools';

const run = promisify(execFile);

export interface ReadBack {
  docx: string;
  /** LibreOffice's plain text: paragraphs and table cells one per line, BOM dropped. */
  text: string;
  lines: string[];
  /** pdftotext -layout: a table row on one line. */
  layout: string;
  /** Each page's size in points, as the PDF gives it. */
  pages: { width: number; height: number }[];
}

/** Every .docx given, printed to PDF and saved as text by LibreOffice (one run each for all files). */
export async function readBack(files: string[], outDir: string): Promise<Map<string, ReadBack>> {
  // Debian splits LibreOffice: soffice may be there without Writer, which opens .docx.
  requireTool('writer');
  await fs.mkdir(outDir, { recursive: true });
  const pdfs = await convert(files, 'pdf', outDir);
  const txts = await convert(files, 'txt', outDir);
  const pdftotext = requireTool('pdftotext');
  const out = new Map<string, ReadBack>();
  for (const [i, docx] of files.entries()) {
    const text = (await fs.readFile(txts[i], 'utf8')).replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
    const layout = (await run(pdftotext, ['-layout', '-enc', 'UTF-8', pdfs[i], '-'], { maxBuffer: 16 << 20 })).stdout;
    const bbox = (await run(pdftotext, ['-bbox', pdfs[i], '-'], { maxBuffer: 64 << 20 })).stdout;
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    out.set(path.basename(docx), { docx, text, lines: text.split('\n').map((l) => l.trim()), layout, pages });
  }
  return out;
}

/** Word's own parts of a .docx: the body and the styles, as XML text. */
export async function docxParts(file: string): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
  };
}

/** Every font a .docx names for its text (w:rFonts ascii and hAnsi), in the styles and the body. */
export function fontsNamed(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:rFonts\b[^>]*?\bw:(?:ascii|hAnsi)="([^"]+)"/g)].map((m) => m[1]));
}

/** Whether `cells` stand in `lines` one after another: a table row as LibreOffice's text gives it. */
export function hasRow(lines: string[], cells: string[]): boolean {
  for (let i = 0; i + cells.length <= lines.length; i++) if (cells.every((c, k) => lines[i + k] === c)) return true;
  return false;
}

/** White space folded: a paragraph as one line, whatever its wrapping. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
