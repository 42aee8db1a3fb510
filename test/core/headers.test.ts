import { matchHeader, matchHeaderText } from '../../src/core/headers';

describe('matchHeaderText: synonyms, any case, with or without diacritics, NFC or NFD', () => {
  test.each([
    ['Nội dung công việc', 'title'],
    ['NỘI DUNG ĐẦU VIỆC', 'title'],
    ['Đầu việc', 'title'],
    ['Tên đầu việc', 'title'],
    ['Nhiệm vụ', 'title'],
    ['Tên nhiệm vụ', 'title'],
    ['noi dung cong viec', 'title'],
    ['Nội dung\ncông   việc', 'title'],
    ['Nội dung công việc'.normalize('NFD'), 'title'],
    ['Chỉ tiêu', 'target'],
    ['Sản phẩm', 'target'],
    ['Kết quả cần đạt', 'target'],
    ['Chỉ tiêu / Sản phẩm', 'target'],
    ['Thời hạn', 'deadline'],
    ['Thời gian thực hiện', 'deadline'],
    ['Thời gian hoàn thành', 'deadline'],
    ['Hạn hoàn thành', 'deadline'],
    ['THOI HAN', 'deadline'],
    ['Người chịu trách nhiệm', 'owner'],
    ['Người phụ trách', 'owner'],
    ['Lãnh đạo phụ trách', 'owner'],
    ['Người thực hiện', 'owner'],
    ['Cán bộ thực hiện', 'owner'],
    ['Tiến độ', 'progress'],
    ['Tiến độ (%)', 'progress'],
    ['Tỷ lệ hoàn thành', 'progress'],
    ['% hoàn thành', 'progress'],
    ['Tình trạng', 'status'],
    ['Trạng thái', 'status'],
    ['Kết quả thực hiện', 'status'],
    ['Ngày hoàn thành', 'completedOn'],
    ['Ngày HT', 'completedOn'],
    ['Thời điểm hoàn thành', 'completedOn'],
    ['Mã nhiệm vụ UBND tỉnh giao', 'provincialTask'],
    ['Mã NV tỉnh', 'provincialTask'],
    ['Nhiệm vụ UBND tỉnh giao', 'provincialTask'],
    ['Thời hạn điều chỉnh', 'extendedDeadline'],
    ['Gia hạn', 'extendedDeadline'],
    ['Đơn vị phối hợp', 'coordinating'],
    ['Ghi chú', 'notes'],
    ['STT', 'number'],
    ['TT', 'number'],
    ['Kinh phí (triệu đồng)', null],
  ])('%p → %p', (text, field) => {
    expect(matchHeaderText(text).field).toBe(field);
  });

  test.each([['T1', 1], ['T12', 12], ['Tháng 3', 3], ['tháng 10', 10]])('month column %p', (text, month) => {
    expect(matchHeaderText(text)).toMatchObject({ field: 'month', month });
  });

  test('an exact synonym is surer than a header that only contains one', () => {
    expect(matchHeaderText('Tiến độ').confidence).toBeGreaterThan(matchHeaderText('Tiến độ thực hiện các nội dung khác').confidence);
  });
});

describe('matchHeader: a sub-header is read with its parent', () => {
  test.each([
    ['Thời gian thực hiện', 'Bắt đầu', 'start'],
    ['Thời gian thực hiện', 'Hoàn thành', 'deadline'],
    ['Thời gian thực hiện', 'Kết thúc', 'deadline'],
    ['Thời gian', 'Từ', 'start'],
    ['Thời gian', 'Đến', 'deadline'],
    [null, 'Ngày hoàn thành', 'completedOn'],
    ['Người chịu trách nhiệm', 'Người chịu trách nhiệm', 'owner'],
  ])('%p › %p → %p', (parent, child, field) => {
    expect(matchHeader(parent, child).field).toBe(field);
  });

  test.each([
    ['Đã hoàn thành', 'done'],
    ['Đang thực hiện', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
  ])('Kết quả thực hiện › %p is a status-mark column (%p)', (child, word) => {
    expect(matchHeader('Kết quả thực hiện', child)).toMatchObject({ field: 'status', statusWord: word });
  });
});
