// The sentence catalogue: one object per language, one typed key set (vi.ts's), used by the terminal,
// the summary workbook, the report and the pane alike.
import type { Lang } from '../model';
import { en } from './en';
import { vi } from './vi';

export type Catalogue = typeof vi;
export type { FormLine } from './vi';

/** The summary workbook's words, in one language. */
export type SummaryText = Catalogue['summary'];

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

/** One section in both languages, for code that picks the language at each call. */
export function section<K extends keyof Catalogue>(key: K): Readonly<Record<Lang, Catalogue[K]>> {
  return { vi: vi[key], en: en[key] };
}

/** A name as it reads inside a sentence: "Dời thời hạn" → "dời thời hạn". */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}
