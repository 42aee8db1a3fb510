import { parsePeriodStart } from '../../src/core/deadline';

describe('parsePeriodStart: what a start column means', () => {
  test.each([
    ['Tháng 3/2023', '2023-03-01'],
    ['Quý II/2023', '2023-04-01'],
    ['01/3/2023', '2023-03-01'],
    ['Từ tháng 3 đến tháng 5/2023', '2023-03-01'],
    ['6 tháng cuối năm', '2023-07-01'],
    ['Năm 2023', '2023-01-01'],
    ['Thường xuyên', null],
    ['Sau Tết', null],
    ['', null],
  ])('%p → %p', (text, expected) => {
    expect(parsePeriodStart(text, null, 2023)).toBe(expected);
  });

  test('a date cell is that day', () => {
    expect(parsePeriodStart(45000, 'dd/mm/yyyy', 2023)).toBe('2023-03-15');
  });
});
