// `camket merge --docx FILE.docx`: the month's written report, built from the merge's own report (so
// its figures are the summary's) and written atomically like the other outputs.
import { buildWrittenReport, type WrittenReportInput } from '../../core/written-report';
import { writeFileAtomic } from '../atomic-write';
import { renderDocx } from './docx';

export async function writeReportDocx(file: string, input: WrittenReportInput): Promise<void> {
  const doc = buildWrittenReport(input);
  const asOf = input.report.asOf;
  const buffer = await renderDocx(doc, {
    title: `Báo cáo kết quả thực hiện đầu việc trọng tâm tháng ${Number(asOf.slice(5, 7))}/${asOf.slice(0, 4)}`,
  });
  await writeFileAtomic(file, buffer);
}
