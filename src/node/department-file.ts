// Loading the department file: JSON checked against the core's schema, every mistake said with
// its line and key so the clerk can find it.
import { promises as fs } from 'node:fs';
import {
  type Node as JsonNode,
  type ParseError,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { type Department, departmentSchema } from '../core/department';
import type { Lang } from '../core/model';
import { CATALOGUES, section } from '../core/catalogue';

export class DepartmentFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function keyName(path: PropertyKey[], lang: Lang): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || CATALOGUES[lang].where.root
  );
}

const TEXT = section('departmentFile');

export function parseDepartment(text: string, file: string, lang: Lang = 'vi'): Department {
  const t = TEXT[lang];
  const errors: ParseError[] = [];
  const tree: JsonNode | undefined = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !tree)
    throw new DepartmentFileError(
      errors.map((e) => `${file}: ${t.syntax(lineOf(text, e.offset), printParseErrorCode(e.error))}`),
    );
  const data = JSON.parse(text);
  // reportInput: zod 4 leaves the offending value out of an issue unless asked, and "missing" is told from "wrong type" by it.
  const parsed = departmentSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    let node = findNodeAtLocation(tree, path);
    for (let n = path.length - 1; !node && n >= 0; n--) node = findNodeAtLocation(tree, path.slice(0, n));
    const line = node ? lineOf(text, node.parent?.type === 'property' ? node.parent.offset : node.offset) : null;
    let msg: string;
    if (issue.code === 'custom' && issue.message.startsWith('duplicate:')) msg = t.duplicate(issue.message.slice(10));
    else if (issue.code === 'custom' && issue.message.startsWith('unknown-block:'))
      msg = t.unknownBlock(issue.message.slice(14));
    else if (issue.code === 'invalid_type' && issue.input === undefined) msg = t.required;
    else if (issue.code === 'invalid_type') msg = t.type(String(issue.expected));
    else if (issue.code === 'unrecognized_keys') msg = issue.keys.map(t.unknownKey).join('; ');
    else if (issue.code === 'too_small') msg = t.tooSmall;
    else if (issue.code === 'too_big') msg = t.tooBig;
    else msg = t.other(issue.message);
    return `${file}: ${t.at(line, keyName(path, lang), msg)}`;
  });
  throw new DepartmentFileError(problems);
}

/** The department file's bytes as text. Notepad saves "Unicode" as UTF-16 with a BOM, and "ANSI"
 *  as Windows-1258/1252: UTF-16 is read by its BOM; anything else must be UTF-8, strictly, since a
 *  lenient decoder turns ANSI's Vietnamese letters into U+FFFD and the units silently go unmatched. */
export function decodeDepartmentBytes(bytes: Uint8Array, file: string, lang: Lang = 'vi'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const valid = (n: number) => {
    try {
      // stream: a sequence cut off at n is not yet wrong; only one that cannot go on is.
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // The longest prefix the decoder accepts ends at the first bad byte (a prefix of a valid prefix is valid).
    let lo = 0;
    let hi = body.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (valid(mid)) lo = mid;
      else hi = mid - 1;
    }
    let line = 1;
    for (let i = 0; i < lo; i++) if (body[i] === 10) line++;
    throw new DepartmentFileError([TEXT[lang].notUtf8(file, line)]);
  }
}

export async function loadDepartment(file: string, lang: Lang = 'vi'): Promise<Department> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DepartmentFileError([TEXT[lang].read(file, code === 'ENOENT' ? TEXT[lang].noSuchFile : String(code))]);
  }
  return parseDepartment(decodeDepartmentBytes(bytes, file, lang), file, lang);
}
