// The column mapping a clerk corrected in the add-in, kept inside the workbook so that the merge
// honours it too. It lives as JSON in cell A1 of a very hidden sheet: a place both Office.js and
// exceljs can read and write, that travels with the file and that the clerk does not trip over.
import { z } from 'zod';
import type { SheetGrid } from './grid';
import type { Field } from './model';

export const MAPPING_SHEET = 'camket_cau_hinh';
export const MAPPING_MARKER = 'camket-mapping';

const FIELDS = [
  'number',
  'code',
  'title',
  'target',
  'owner',
  'start',
  'deadline',
  'extendedDeadline',
  'completedOn',
  'progress',
  'status',
  'provincialTask',
  'coordinating',
  'notes',
] as const satisfies readonly Field[];

const sheetMappingSchema = z.object({
  /** 1-based row of the (first) header row. */
  headerRow: z.number().int().min(1),
  /** 1 or 2 header rows. */
  headerRows: z.number().int().min(1).max(2).default(1),
  /** Column letter → field, or "ignore" to keep the column as extra data only. */
  columns: z.record(z.string().regex(/^[A-Z]{1,3}$/), z.union([z.enum(FIELDS), z.literal('ignore')])).default({}),
});

export const savedMappingSchema = z.object({
  kind: z.literal(MAPPING_MARKER),
  version: z.literal(1),
  sheets: z.record(z.string(), sheetMappingSchema),
});

export type SavedMapping = z.infer<typeof savedMappingSchema>;
export type SheetMapping = z.infer<typeof sheetMappingSchema>;
export type MappableField = (typeof FIELDS)[number];
export const MAPPABLE_FIELDS: readonly MappableField[] = FIELDS;

export function isMappingSheet(sheet: SheetGrid): boolean {
  return sheet.name === MAPPING_SHEET;
}

/** The saved mapping in a workbook's sheets, or null when there is none or it is not valid. */
export function readSavedMapping(sheets: SheetGrid[]): SavedMapping | null {
  const sheet = sheets.find(isMappingSheet);
  const raw = sheet?.values[0]?.[0];
  if (typeof raw !== 'string') return null;
  try {
    const parsed = savedMappingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeMapping(mapping: SavedMapping): string {
  return JSON.stringify(mapping);
}

export function emptyMapping(): SavedMapping {
  return { kind: MAPPING_MARKER, version: 1, sheets: {} };
}
