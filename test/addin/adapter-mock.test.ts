// The adapter against office-addin-mock (Microsoft's mocking library for Office.js): which ranges
// and properties it reads, what it writes, and how many context.sync() calls it makes.
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full entry
// point pulls in an ES module that jest's CommonJS runtime on Node 20 cannot require.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { STATUS_CHOICES } from '../../src/core/status';
import { MARK_TAG, installLists, markCells, readWorkbook, writeHiddenText } from '../../src/addin/excel-adapter';

type Call = [string, ...unknown[]];

/** A mock Excel with one sheet of `rows` data rows under a header; records calls, loads and syncs. */
function mockExcel(rows: number) {
  const calls: Call[] = [];
  const mocks: OfficeMockObject[] = [];
  let syncs = 0;
  const cols = 6;
  const header = ['STT', 'Nội dung công việc', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'];
  const cell = (r: number, c: number): string | number => {
    if (r === 0) return header[c];
    return [r, `Việc số ${r}`, 'Nguyễn Văn A', 45107, 50, 'Đang thực hiện'][c];
  };

  /** office-addin-mock wants every property declared up front; Office.js also returns
   *  isNullObject with any load, so the wrapper asks for it too. */
  function mock(name: string, data: Record<string, unknown>): OfficeMockObject & Record<string, unknown> {
    const m = new OfficeMockObject(data) as OfficeMockObject & Record<string, unknown>;
    const load = m.load.bind(m);
    m.load = ((props: string) => {
      calls.push([`${name}.load`, props]);
      return load('isNullObject' in data ? `${props},isNullObject` : props);
    }) as OfficeMockObject['load'];
    mocks.push(m);
    return m;
  }

  function range(r0: number, c0: number, h: number, w: number) {
    const block = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => f(r0 + i, c0 + j)));
    return mock('range', {
      values: block(cell),
      formulas: block(cell),
      numberFormat: block((_r, c) => (c === 3 ? 'dd/mm/yyyy' : 'General')),
      valueTypes: block((_r, c) => (c === 0 || c >= 3 ? 'Double' : 'String')),
      getRowProperties(options: unknown) {
        calls.push(['getRowProperties', r0, h, options]);
        return { value: Array.from({ length: h }, () => ({ rowHidden: false })) };
      },
      getColumnProperties(options: unknown) {
        calls.push(['getColumnProperties', c0, w, options]);
        return { value: Array.from({ length: w }, () => ({ columnHidden: false })) };
      },
      getCellProperties(options: unknown) {
        calls.push(['getCellProperties', r0, c0, h, w, options]);
        return { value: block(() => ({ format: { font: { name: 'Times New Roman' } } })) };
      },
      getSpecialCellsOrNullObject(type: string) {
        calls.push(['getSpecialCellsOrNullObject', r0, h, type]);
        return {
          isNullObject: true,
          areas: { items: [] },
          load: (props: string) => calls.push(['formulas.load', props]),
        };
      },
      getMergedAreasOrNullObject() {
        calls.push(['getMergedAreasOrNullObject', r0, h]);
        // The title row is merged across the table; no other band holds a merge. (office-addin-mock
        // cannot load through "items/", so this one is a plain object that records its load.)
        const items = r0 === 0 ? [{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 6 }] : [];
        return {
          isNullObject: !items.length,
          areas: { items },
          load: (props: string) => calls.push(['merged.load', props]),
        };
      },
    });
  }

  // Rows possibly hidden (Excel says null when some are; office-addin-mock cannot hold null, and
  // anything but false makes the adapter ask row by row), no column hidden (false).
  const used = mock('usedRange', {
    isNullObject: false,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: rows + 1,
    columnCount: cols,
    rowHidden: true,
    columnHidden: false,
  });
  const sheet = mock('sheet', {
    name: 'KH 2023',
    visibility: 'Visible',
    protection: { protected: false },
    getUsedRangeOrNullObject(valuesOnly: boolean) {
      calls.push(['getUsedRangeOrNullObject', valuesOnly]);
      return used;
    },
    getRangeByIndexes(r: number, c: number, h: number, w: number) {
      calls.push(['getRangeByIndexes', r, c, h, w]);
      return range(r, c, h, w);
    },
    getRange(address?: string) {
      calls.push(['getRange', address ?? '(sheet)']);
      const r = range(0, 0, 1, 1) as Record<string, unknown>;
      r.conditionalFormats = {
        load: (p: string) => calls.push(['conditionalFormats.load', p]),
        items: [],
        add: (type: string) => {
          calls.push(['conditionalFormats.add', address, type]);
          const cf = {
            custom: {
              rule: {} as Record<string, unknown>,
              format: { fill: {} as Record<string, unknown>, borders: { top: {}, bottom: {}, left: {}, right: {} } },
            },
          } as Record<string, unknown>;
          added.push(cf);
          return cf;
        },
      };
      r.dataValidation = { clear: () => calls.push(['dataValidation.clear', address]) };
      return r;
    },
  });
  const added: Record<string, unknown>[] = [];
  const context = new OfficeMockObject({
    workbook: { name: 'don-vi.xlsx', readOnly: false },
    sync: async () => {
      syncs++;
      for (const m of mocks) await m.sync();
      await OfficeMockObject.prototype.sync.call(context);
    },
  }) as OfficeMockObject & { workbook: Record<string, unknown> };
  const newSheets: Record<string, unknown>[] = [];
  context.workbook.worksheets = {
    load: (props: string) => {
      calls.push(['worksheets.load', props]);
      sheet.load('name,visibility');
    },
    items: [sheet],
    getItem: (name: string) => {
      calls.push(['worksheets.getItem', name]);
      return sheet;
    },
    getItemOrNullObject: (name: string) => {
      calls.push(['worksheets.getItemOrNullObject', name]);
      return mock('missingSheet', { isNullObject: true, visibility: 'Visible' });
    },
    add: (name: string) => {
      calls.push(['worksheets.add', name]);
      const a1 = {} as Record<string, unknown>;
      const s = { name, getRange: (addr: string) => (calls.push(['new.getRange', addr]), a1), a1 } as Record<
        string,
        unknown
      >;
      newSheets.push(s);
      return s;
    },
  };
  context.workbook.functions = {
    date: (y: number, m: number, d: number) => (calls.push(['functions.date', y, m, d]), mock('date', { value: 1462 })),
  };
  const ctx = context as unknown as Excel.RequestContext;
  return { ctx, calls, syncs: () => syncs, added, newSheets };
}

describe('the adapter against office-addin-mock', () => {
  test('reads the used range in row blocks with the right properties, in 4 syncs for 50 or 20,000 rows', async () => {
    const counts: number[] = [];
    for (const rows of [50, 20_000]) {
      const m = mockExcel(rows);
      const r = await readWorkbook(m.ctx, { capabilities: { mergedAreas: true } });
      counts.push(m.syncs());
      expect(r.syncs).toBe(m.syncs());
      expect(m.calls).toContainEqual(['worksheets.load', 'items/name,items/visibility']);
      // The date system, asked once: DATE(1904,1,1) is 1462 in the 1900 system.
      expect(m.calls).toContainEqual(['functions.date', 1904, 1, 1]);
      expect(r.date1904).toBe(false);
      expect(m.calls).toContainEqual(['getUsedRangeOrNullObject', true]);
      expect(m.calls).toContainEqual([
        'usedRange.load',
        'rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden',
      ]);
      // Value blocks tile the used range exactly, each at most 5,000 rows, each loading values.
      const blocks = m.calls.filter((c) => c[0] === 'getRowProperties').map((c) => [c[1], c[2]] as [number, number]);
      expect(blocks[0][0]).toBe(0);
      expect(blocks.reduce((n, [, h]) => n + h, 0)).toBe(rows + 1);
      for (let i = 1; i < blocks.length; i++) expect(blocks[i][0]).toBe(blocks[i - 1][0] + blocks[i - 1][1]);
      expect(Math.max(...blocks.map(([, h]) => h))).toBeLessThanOrEqual(5000);
      expect(m.calls.filter((c) => c[0] === 'range.load' && c[1] === 'values').length).toBe(blocks.length);
      expect(m.calls).toContainEqual(['getRowProperties', 0, blocks[0][1], { rowHidden: true }]);
      // Formulas only of the formula cells (Range.formulas would send every value again); column
      // properties only when some column is hidden.
      expect(m.calls.filter((c) => c[0] === 'getSpecialCellsOrNullObject').map((c) => c[3])).toEqual(
        blocks.map(() => 'Formulas'),
      );
      expect(m.calls).toContainEqual([
        'formulas.load',
        'areas/items/formulas,areas/items/rowIndex,areas/items/columnIndex',
      ]);
      expect(m.calls.some((c) => c[0] === 'getColumnProperties')).toBe(false);
      // Merged areas in bands small enough for Excel's 512-merges limit.
      expect(m.calls.filter((c) => c[0] === 'getMergedAreasOrNullObject').every((c) => (c[2] as number) <= 400)).toBe(
        true,
      );
      // Number formats only for the number columns (STT, Thời hạn, Tiến độ); no fonts: nothing legacy.
      const formatColumns = new Set(
        m.calls.filter((c) => c[0] === 'getRangeByIndexes' && c[4] === 1 && (c[3] as number) > 1).map((c) => c[2]),
      );
      expect([...formatColumns].sort()).toEqual([0, 3, 4]);
      expect(m.calls.some((c) => c[0] === 'getCellProperties')).toBe(false);
      // The grid the core gets.
      const s = r.grid.sheets[0];
      expect(r.grid.file).toBe('don-vi.xlsx');
      expect(s.values.length).toBe(rows + 1);
      expect(s.values[1]).toEqual([1, 'Việc số 1', 'Nguyễn Văn A', 45107, 50, 'Đang thực hiện']);
      expect(s.formats?.[rows]?.[3]).toBe('dd/mm/yyyy');
      expect(m.calls).toContainEqual([
        'merged.load',
        'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount',
      ]);
      expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    }
    expect(counts).toEqual([4, 4]);
  });

  test('marks write tagged conditional formats on the problem cells, and sync twice when no old marks exist', async () => {
    const m = mockExcel(10);
    const sheets = [{ name: 'KH 2023', visibility: 'Visible', protected: false, used: null }];
    const r = await markCells(
      m.ctx,
      [
        { sheet: 'KH 2023', cell: 'D5', severity: 'error' },
        { sheet: 'KH 2023', cell: 'D6', severity: 'error' },
        { sheet: 'KH 2023', cell: 'E7', severity: 'error' },
        { sheet: 'KH 2023', cell: 'F2', severity: 'warning' },
      ],
      sheets,
    );
    expect(r).toMatchObject({ marked: 4, removed: 0, syncs: 2 });
    expect(m.syncs()).toBe(2);
    expect(m.calls).toContainEqual(['conditionalFormats.load', 'items/type']);
    // One plain address per block (never a list, whose separator depends on the PC's locale).
    const adds = m.calls.filter((c) => c[0] === 'conditionalFormats.add').map((c) => c[1]);
    expect(adds).toEqual(['F2', 'D5:D6', 'E7']);
    const [, errorCf] = m.added as {
      custom: { rule: { formula: string }; format: { fill: { color: string }; borders: { top: { style: string } } } };
      priority: number;
    }[];
    expect(errorCf.custom.rule.formula).toBe(`=LEN("${MARK_TAG}:error")>0`);
    expect(errorCf.custom.format.fill.color).toBe('#FDE7E9');
    expect(errorCf.custom.format.borders.top.style).toBe('Continuous');
    expect(errorCf.priority).toBe(0);
  });

  test('drop-downs and the saved mapping are written where they belong', async () => {
    const m = mockExcel(10);
    const sheets = [{ name: 'KH 2023', visibility: 'Visible', protected: false, used: null }];
    const text = { promptTitle: 'Tình trạng', prompt: 'Chọn', errorTitle: 'Sai', error: 'Hãy chọn' };
    expect(await installLists(m.ctx, [{ sheet: 'KH 2023', address: 'F2:F11' }], STATUS_CHOICES, text, sheets)).toBe(1);
    expect(m.calls).toContainEqual(['getRange', 'F2:F11']);
    expect(m.calls).toContainEqual(['dataValidation.clear', 'F2:F11']);

    const m2 = mockExcel(10);
    expect(await writeHiddenText(m2.ctx, 'camket_cau_hinh', '{"kind":"camket-mapping"}')).toBe(2);
    expect(m2.calls).toContainEqual(['worksheets.add', 'camket_cau_hinh']);
    const created = m2.newSheets[0] as { visibility: string; a1: { values: unknown; numberFormat: unknown } };
    expect(created.visibility).toBe('VeryHidden');
    expect(created.a1.values).toEqual([['{"kind":"camket-mapping"}']]);
    expect(created.a1.numberFormat).toEqual([['@']]);
  });
});
