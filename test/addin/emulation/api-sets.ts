// The ExcelApi requirement set of every class member, read from the Office.js reference as
// @types/office-js carries it ("[Api set: ExcelApi 1.9]" above each member), so the emulation
// refuses what a given Excel does not have without a list of our own to keep up to date.
import { readFileSync } from 'node:fs';

let table: Map<string, string> | null = null;
let types: Map<string, string> | null = null;

/** "Class.member" → the ExcelApi version that brought it (the lowest of its overloads). */
export function excelApiSets(): Map<string, string> {
  if (!table) read();
  return table!;
}

/** "Class.member" → the class of the object a property gives ("Range.format" → "RangeFormat"). */
export function excelMemberTypes(): Map<string, string> {
  if (!types) read();
  return types!;
}

function read(): void {
  const text = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const start = text.indexOf('\ndeclare namespace Excel {');
  // The Interfaces namespace repeats every member as load/update options: only the classes count.
  const end = text.indexOf('\n    namespace Interfaces {', start);
  const lines = text.slice(start, end).split('\n');
  table = new Map();
  types = new Map();
  let cls: string | null = null;
  let set: string | null = null;
  for (const line of lines) {
    const decl = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (decl) {
      cls = decl[1];
      set = null;
      continue;
    }
    const api = /\[Api set: ExcelApi (\d+\.\d+)\b/.exec(line);
    if (api) {
      set = api[1];
      continue;
    }
    if (!cls) continue;
    const member = /^ {8}(?:readonly )?(\w+)\??([(:<])(?: Excel\.(\w+)(?:\[\])?;)?/.exec(line);
    if (!member) continue;
    const key = `${cls}.${member[1]}`;
    if (member[3]) types.set(key, member[3]);
    if (set) {
      const known = table.get(key);
      if (!known || compareVersions(set, known) < 0) table.set(key, set);
    }
    set = null;
  }
}

/** Both tables as plain objects, for the emulation's options (it imports nothing: it also runs in
 *  the browser). */
export function excelApiReference(): { sets: Record<string, string>; types: Record<string, string> } {
  return { sets: Object.fromEntries(excelApiSets()), types: Object.fromEntries(excelMemberTypes()) };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
