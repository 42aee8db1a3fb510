// Printing issues for a person at a terminal: grouped by file, each line naming sheet and cell.
import type { Lang } from '../core/model';
import type { ReportIssue } from '../core/report';
import { ruleTitle } from '../core/rules';
import { CATALOGUES } from '../core/catalogue';

/** Where the lines are shown: the platform and environment decide which marks its font has. */
export interface Terminal {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

export type IssueMarks = Record<ReportIssue['severity'], string>;

/** The old Windows console (conhost) draws with Consolas or Lucida Console, which hold only the
 *  WGL4 set: ✗ shows as a box there. Windows Terminal and VS Code's terminal fall back to other fonts.
 *  camket's other symbols (→ … — – › ≈ ·, the progress bar's █ ░) are all in WGL4. */
export function oldWindowsConsole(t: Terminal = { platform: process.platform, env: process.env }): boolean {
  return t.platform === 'win32' && !t.env.WT_SESSION && t.env.TERM_PROGRAM !== 'vscode';
}

/** The mark before each issue: × (U+00D7, Latin-1) where ✗ would be a box; ! and · are in every font. */
export function issueMarks(t?: Terminal): IssueMarks {
  return { error: oldWindowsConsole(t) ? '×' : '✗', warning: '!', info: '·' };
}

export function formatIssue(i: ReportIssue, lang: Lang, marks: IssueMarks = issueMarks()): string {
  const where = i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ''}` : CATALOGUES[lang].where.wholeFile;
  return `  ${marks[i.severity]} ${CATALOGUES[lang].severity[i.severity].padEnd(8)} ${where.padEnd(22)} [${i.rule}] ${ruleTitle(i.rule, lang)}: ${i.message}`;
}

/** Issues grouped under their file's name, in the order given. */
export function formatIssues(issues: ReportIssue[], lang: Lang, marks: IssueMarks = issueMarks()): string[] {
  const lines: string[] = [];
  let file: string | null = null;
  for (const i of issues) {
    if (i.file !== file) {
      file = i.file;
      lines.push(file ? `${file}` : lang === 'vi' ? '(chung)' : '(general)');
    }
    lines.push(formatIssue(i, lang, marks));
  }
  return lines;
}

export function countBySeverity(issues: ReportIssue[]): { error: number; warning: number; info: number } {
  const n = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}
