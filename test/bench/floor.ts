// The floor of reading: unzip each workbook with jszip and tokenise its sheets' and shared strings'
// XML (tags and text runs), with no cell model, no checks and no output. Nothing real can be faster
// than this with the same unzip library, so merge ÷ floor says how much the rest costs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

const PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/** Count tags and non-empty text runs, looking at every character once. */
export function tokenise(xml: string): { tags: number; texts: number } {
  let tags = 0;
  let texts = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (i < n) texts++;
      break;
    }
    if (lt > i) texts++;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    tags++;
    i = gt + 1;
  }
  return { tags, texts };
}

export interface FloorResult {
  files: number;
  bytes: number;
  tags: number;
  texts: number;
}

/** Every .xlsx under folder (one at a time, like the merge). */
export async function floor(folder: string): Promise<FloorResult> {
  const out: FloorResult = { files: 0, bytes: 0, tags: 0, texts: 0 };
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.xlsx')) {
        const buffer = await fs.readFile(p);
        const zip = await JSZip.loadAsync(buffer);
        for (const name of Object.keys(zip.files)) {
          if (!PARTS.test(name)) continue;
          const t = tokenise(await zip.files[name].async('string'));
          out.tags += t.tags;
          out.texts += t.texts;
        }
        out.files++;
        out.bytes += buffer.length;
      }
    }
  };
  await walk(folder);
  return out;
}
