import { checkWorkbook } from '../../src/core/check';
import { sheet } from '../helpers/grid';

const asOf = '2023-06-30';

describe('checkWorkbook on hand-made layouts', () => {
  test('national header, merged two-row header, column numbers, sections, totals and signature', () => {
    const s = sheet(
      'Biểu 01',
      [
        ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['VĂN PHÒNG SỞ', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [],
        ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
        [
          'STT',
          'Nội dung đầu việc',
          'Thời gian thực hiện',
          null,
          'Người chịu trách nhiệm',
          'Tiến độ (%)',
          'Tình trạng',
        ],
        [null, null, 'Bắt đầu', 'Hoàn thành', null, null, null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        ['I', 'LĨNH VỰC VĂN HÓA'],
        [1, 'Tổ chức Lễ hội Dừa', '01/3/2023', 'Quý II/2023', 'Nguyễn Văn A', 100, 'Đã hoàn thành'],
        [2, 'Kiểm kê di tích', 'Tháng 1/2023', 'Sau Tết', 'Trần B', 40, 'Đang thực hiện'],
        ['II', 'LĨNH VỰC THỂ THAO'],
        [1, 'Đại hội TDTT', null, '30/9/2023', 'Lê C', 60, 'Hoàn thành'],
        [2, 'Giải bóng đá', null, 'Thường xuyên', 'Lê C', null, null],
        [null, 'Tổng cộng', null, null, null, null, null],
        [],
        [null, 'NGƯỜI LẬP BIỂU', null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
        [null, 'Phạm D', null, null, 'Võ E'],
      ],
      { merges: ['A5:A6', 'B5:B6', 'C5:D5', 'E5:E6', 'F5:F6', 'G5:G6', 'B8:G8', 'B11:G11'] },
    );
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [s] }, { asOf });
    expect(r.commitments.map((c) => [c.title, c.field, c.deadline, c.start, c.status])).toEqual([
      ['Tổ chức Lễ hội Dừa', 'LĨNH VỰC VĂN HÓA', '2023-06-30', '2023-03-01', 'done_on_time'],
      ['Kiểm kê di tích', 'LĨNH VỰC VĂN HÓA', null, '2023-01-01', null],
      ['Đại hội TDTT', 'LĨNH VỰC THỂ THAO', '2023-09-30', null, 'done_on_time'],
      ['Giải bóng đá', 'LĨNH VỰC THỂ THAO', null, null, 'recurring'],
    ]);
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([
      ['bad-deadline', 'D10'],
      ['status-progress-mismatch', 'G12'],
    ]);
    expect(r.planYear).toBe(2023);
  });

  test('owner named above the table, one sheet per person, an instructions sheet passed over', () => {
    const person = (name: string, line: string) =>
      sheet(name, [
        ['BẢN ĐĂNG KÝ ĐẦU VIỆC NĂM 2023'],
        [line],
        [],
        ['TT', 'Tên nhiệm vụ', 'Sản phẩm', 'Thời hạn', 'Tình trạng'],
        [1, `Việc của ${name}`, 'Báo cáo', 'Tháng 3/2023', 'Chưa hoàn thành'],
      ]);
    const r = checkWorkbook(
      {
        file: 'bgd.xlsx',
        sheets: [
          sheet('Hướng dẫn', [['Hướng dẫn ghi biểu'], ['Mỗi lãnh đạo một sheet; ghi thời hạn theo ngày/tháng/năm.']]),
          person('Nguyễn Văn Hùng', 'Người đăng ký: Nguyễn Văn Hùng - Giám đốc'),
          person('PGĐ Lê Thị Bình', 'Họ và tên: Lê Thị Bình'),
          sheet('Trần Văn Cường', [
            ['TT', 'Tên nhiệm vụ', 'Thời hạn'],
            [1, 'Việc riêng', '30/12/2023'],
          ]),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.owner, c.status])).toEqual([
      ['Nguyễn Văn Hùng', 'overdue'],
      ['Lê Thị Bình', 'overdue'],
      ['Trần Văn Cường', 'not_started'],
    ]);
    expect(r.sheets.find((s) => s.sheet === 'Hướng dẫn')!.table).toBeNull();
    expect(r.issues).toEqual([]);
  });

  test('month columns: the latest month filled up to the as-of date counts; percent fractions', () => {
    const r = checkWorkbook(
      {
        file: 'm.xlsx',
        sheets: [
          sheet('KH', [
            ['STT', 'Nội dung công việc', 'Thời hạn', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
            [1, 'Việc một', '31/12/2023', 10, 20, 30, 40, 55, null, 99],
            [2, 'Việc hai', '31/12/2023', null, null, null, null, null, null, null],
          ]),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.progress, c.status])).toEqual([
      [55, 'in_progress'],
      [null, 'not_started'],
    ]);
  });

  test('status as a mark under a merged "Kết quả thực hiện"', () => {
    const r = checkWorkbook(
      {
        file: 'marks.xlsx',
        sheets: [
          sheet(
            'Sheet1',
            [
              ['TT', 'Nội dung', 'Thời hạn', 'Kết quả thực hiện', null, null],
              [null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
              [1, 'A', '30/6/2023', 'x', null, null],
              [2, 'B', '30/9/2023', null, '✓', null],
              [3, 'C', '30/9/2023', null, null, 'X'],
            ],
            { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
          ),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.statusText, c.status])).toEqual([
      ['Đã hoàn thành', 'done_on_time'],
      ['Đang thực hiện', 'in_progress'],
      ['Chưa thực hiện', 'not_started'],
    ]);
  });

  test('a workbook with no table says so', () => {
    const r = checkWorkbook(
      { file: 'x.xlsx', sheets: [sheet('S', [['Danh sách cán bộ'], ['Họ tên', 'Chức vụ']])] },
      { asOf },
    );
    expect(r.commitments).toEqual([]);
    expect(r.issues.map((i) => i.rule)).toEqual(['no-table']);
  });
});

test('a deadline in a date cell reads as the date it shows', () => {
  const r = checkWorkbook(
    {
      file: 'd.xlsx',
      sheets: [
        sheet(
          'S',
          [
            ['TT', 'Nội dung', 'Thời hạn'],
            [1, 'Việc', 45107],
          ],
          { formats: { C2: 'dd/mm/yyyy' } },
        ),
      ],
    },
    { asOf },
  );
  expect(r.commitments[0]).toMatchObject({ deadline: '2023-06-30', deadlineText: '30/06/2023' });
});
