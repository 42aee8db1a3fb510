// Printing issues for a person at a terminal: grouped by file, each line naming sheet and cell.
import type { Lang } from '../core/model';
import type { ReportIssue } from '../core/report';
import { RULES, type RuleCode } from '../core/rules';

const SEVERITY = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};

export function formatIssue(i: ReportIssue, lang: Lang): string {
  const where = i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ''}` : lang === 'vi' ? '(cả tệp)' : '(whole file)';
  const title = i.rule in RULES ? RULES[i.rule as RuleCode].title[lang] : i.rule;
  const mark = i.severity === 'error' ? '✗' : i.severity === 'warning' ? '!' : '·';
  return `  ${mark} ${SEVERITY[lang][i.severity].padEnd(8)} ${where.padEnd(22)} [${i.rule}] ${title}: ${i.message}`;
}

/** Issues grouped under their file's name, in the order given. */
export function formatIssues(issues: ReportIssue[], lang: Lang): string[] {
  const lines: string[] = [];
  let file: string | null = null;
  for (const i of issues) {
    if (i.file !== file) {
      file = i.file;
      lines.push(file ? `${file}` : lang === 'vi' ? '(chung)' : '(general)');
    }
    lines.push(formatIssue(i, lang));
  }
  return lines;
}

export function countBySeverity(issues: ReportIssue[]): { error: number; warning: number; info: number } {
  const n = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

export { displayIso as displayDate } from '../core/dates';
