// What the command line says about the Word documents, in the clerk's language. Kept apart from the
// writer, so that the merge and the CLI can say it without loading the docx package.
import type { Lang } from '../../core/model';

const TEXT = {
  vi: {
    notDocx: (f: string) => `Tệp báo cáo "${f}" phải có đuôi .docx.`,
    wrote: (f: string) => `Đã ghi báo cáo tháng (Word): ${f}`,
  },
  en: {
    notDocx: (f: string) => `The written report "${f}" must end in .docx.`,
    wrote: (f: string) => `Written report (Word) written: ${f}`,
  },
};

export function docxText(lang: Lang): (typeof TEXT)['vi'] {
  return TEXT[lang];
}
