// Sheets the add-in writes into a unit's workbook. They hold no commitments: a reader of the
// workbook (the add-in's check, the merge) should pass them over, as it passes over MAPPING_SHEET.
export const ROLLUP_SHEET = 'camket Tổng hợp';

export function isAddinOutputSheet(name: string): boolean {
  return name === ROLLUP_SHEET;
}
