// Fonts, fills and formats of the summary workbook, in one place so every sheet looks alike.
import type { StatusKey } from '../../core/model';
import type { BorderSide, Borders, CellStyle, Font, HeaderFooter, PageSetup } from './xlsx';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const RATE_FORMAT = '0.0%';
export const PROGRESS_FORMAT = '0%';
export const COUNT_FORMAT = '#,##0';

/** Light fills for cells (the status column, the dashboard's status table). */
export const STATUS_FILLS: Record<StatusKey, { fill: string; font: string }> = {
  done_on_time: { fill: 'FFC6EFCE', font: 'FF006100' },
  done_late: { fill: 'FFFCE4D6', font: 'FF843C0C' },
  overdue: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  in_progress: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  not_started: { fill: 'FFEDEDED', font: 'FF404040' },
  recurring: { fill: 'FFE4DFEC', font: 'FF5B2C6F' },
  cancelled: { fill: 'FFD9D9D9', font: 'FF595959' },
  unknown: { fill: 'FFFFEB9C', font: 'FF9C5700' },
};

/** Stronger colours for chart slices and bars (RGB hex, no alpha). */
export const STATUS_CHART_COLOURS: Record<StatusKey, string> = {
  done_on_time: '2E7D32',
  done_late: 'EF6C00',
  overdue: 'C62828',
  in_progress: '1565C0',
  not_started: '9E9E9E',
  recurring: '6A1B9A',
  cancelled: '616161',
  unknown: 'F9A825',
};

export const CHART_REGISTERED = '8EA9DB';
export const CHART_FOUND = '1F4E78';
export const CHART_RATE = '2E7D32';

const thin: BorderSide = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const BORDER: Borders = { top: thin, left: thin, bottom: thin, right: thin };

export const HEADER_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 11, bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: BORDER,
};

export const BODY_FONT: Font = { name: 'Times New Roman', size: 11 };

export const TITLE_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 16, bold: true, color: { argb: 'FF1F4E78' } },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

export const SUBTITLE_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 13, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

export const SECTION_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 12, bold: true, color: { argb: 'FF1F4E78' } },
};

export const NOTE_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 10, italic: true, color: { argb: 'FF595959' } },
};

export const TOTAL_STYLE: CellStyle = {
  font: { name: 'Times New Roman', size: 11, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
  border: BORDER,
};

export function bodyStyle(extra: CellStyle = {}): CellStyle {
  return { font: BODY_FONT, border: BORDER, alignment: { vertical: 'top', wrapText: true }, ...extra };
}

const statusFills = new Map<StatusKey, CellStyle>();

/** One style object per status: the row writer registers a style once per object, not once per row. */
export function statusFill(key: StatusKey): CellStyle {
  let style = statusFills.get(key);
  if (!style) statusFills.set(key, (style = makeStatusFill(key)));
  return style;
}

function makeStatusFill(key: StatusKey): CellStyle {
  const c = STATUS_FILLS[key];
  return {
    font: { ...BODY_FONT, color: { argb: c.font } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } },
    border: BORDER,
    alignment: { vertical: 'top', wrapText: true },
  };
}

/** A4 landscape, fit to one page wide, the header rows repeated on every page. */
export function printSetup(titleRows: string | null): PageSetup {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** Page numbers in the footer, in the reader's language. */
export function footer(lang: 'vi' | 'en'): HeaderFooter {
  return { oddFooter: lang === 'en' ? '&LPage &P of &N&R&A' : '&LTrang &P/&N&R&A' };
}
