// Everything the pane says, Vietnamese first; English when Office's UI language is English.
import type { Lang } from '../core/model';
import { type Catalogue, section } from '../core/catalogue';

export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export type Strings = Catalogue['pane'];

export const STRINGS = section('pane');
