import { checkWorkbook } from '../../src/core/check';
import { MAPPING_SHEET, emptyMapping, readSavedMapping, serializeMapping } from '../../src/core/saved-mapping';
import { sheet } from '../helpers/grid';

const rows = [
  ['TT', 'Công việc', 'Mốc', 'Số liệu khác', 'Tiến độ'],
  [1, 'Tu bổ di tích Đồng Khởi', 'Quý III/2023', '30/6/2023', 50],
];

describe('the mapping a clerk saved in the workbook', () => {
  test('without it, an unknown header stays extra data and the deadline column is missing', () => {
    const r = checkWorkbook({ file: 'a.xlsx', sheets: [sheet('KH', rows)] }, { asOf: '2023-07-15' });
    expect(r.commitments[0].extra).toEqual({ Mốc: 'Quý III/2023', 'Số liệu khác': '30/6/2023' });
    expect(r.issues.map((i) => i.rule)).toEqual(['missing-deadline-column']);
    expect(r.commitments[0].status).toBeNull();
  });

  test("with it, the chosen columns are used and marked as the clerk's choice", () => {
    const mapping = emptyMapping();
    mapping.sheets.KH = { headerRow: 1, headerRows: 1, columns: { C: 'deadline', D: 'ignore' } };
    const store = sheet(MAPPING_SHEET, [[serializeMapping(mapping)]]);
    expect(readSavedMapping([store])).toEqual(mapping);
    const r = checkWorkbook({ file: 'a.xlsx', sheets: [sheet('KH', rows), store] }, { asOf: '2023-07-15' });
    expect(r.commitments[0]).toMatchObject({
      deadline: '2023-09-30',
      status: 'in_progress',
      extra: { 'Số liệu khác': '30/6/2023' },
    });
    expect(r.issues).toEqual([]);
    const column = r.sheets[0].table!.columns.find((c) => c.col === 2)!;
    expect(column).toMatchObject({ field: 'deadline', source: 'saved' });
    expect(r.sheets.map((s) => s.sheet)).toEqual(['KH']);
  });

  test('a damaged mapping is ignored, not trusted', () => {
    expect(
      readSavedMapping([
        sheet(MAPPING_SHEET, [['{"kind":"camket-mapping","version":1,"sheets":{"KH":{"headerRow":0}}}']]),
      ]),
    ).toBeNull();
    expect(readSavedMapping([sheet(MAPPING_SHEET, [['not json']])])).toBeNull();
  });

  test('an emptied mapping sheet, or none, is no mapping', () => {
    expect(readSavedMapping([sheet(MAPPING_SHEET, [])])).toBeNull();
    expect(readSavedMapping([sheet(MAPPING_SHEET, [[42]])])).toBeNull();
    expect(readSavedMapping([sheet('KH', rows)])).toBeNull();
  });
});
