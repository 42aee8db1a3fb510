// What the command line says about the Word documents, in the clerk's language. Kept apart from the
// writer, so that the merge and the CLI can say it without loading the docx package.
import type { Lang } from '../../core/model';
import { section } from '../../core/catalogue';

const TEXT = section('wordDocuments');

export function docxText(lang: Lang): (typeof TEXT)['vi'] {
  return TEXT[lang];
}
