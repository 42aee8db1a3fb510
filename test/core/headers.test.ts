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

  test.each([
    ['T1', 1],
    ['T12', 12],
    ['Tháng 3', 3],
    ['tháng 10', 10],
  ])('month column %p', (text, month) => {
    expect(matchHeaderText(text)).toMatchObject({ field: 'month', month });
  });

  test('an exact synonym is surer than a header that only contains one', () => {
    expect(matchHeaderText('Tiến độ').confidence).toBeGreaterThan(
      matchHeaderText('Tiến độ thực hiện các nội dung khác').confidence,
    );
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

describe('matchHeaderText: what makes a match', () => {
  test('an empty header, or one of spaces, matches nothing', () => {
    expect(matchHeaderText('')).toEqual({ field: null, confidence: 0 });
    expect(matchHeaderText('   ')).toEqual({ field: null, confidence: 0 });
  });

  test('a header that is only "(%)" keeps its "%": a progress column', () => {
    expect(matchHeaderText('(%)')).toEqual({ field: 'progress', confidence: 1 });
  });

  test.each([
    ['Thang10', 10],
    ['thang 5', 5],
    ['T 7', 7],
  ])('month column %p, any spacing', (text, month) => {
    expect(matchHeaderText(text)).toEqual({ field: 'month', confidence: 0.9, month });
  });

  test.each([
    // No month 0 or 13; a batch ("Đợt 1") or a range of months is no month column.
    ['T13'],
    ['T0'],
    ['Tháng 13'],
    ['Đợt 1'],
    ['T1-T3'],
  ])('%p is no month column', (text) => {
    expect(matchHeaderText(text).field).not.toBe('month');
  });

  test('an exact synonym is sure; a synonym inside a longer header less so, the more of the header it covers the surer', () => {
    expect(matchHeaderText('Tỷ lệ hoàn thành')).toEqual({ field: 'progress', confidence: 1 });
    const covered = matchHeaderText('Tiến độ thực hiện dự án');
    const part = matchHeaderText('Tiến độ dự án');
    const little = matchHeaderText('Tiến độ các dự án trọng điểm của Sở');
    for (const m of [covered, part, little]) {
      expect(m.field).toBe('progress');
      expect(m.confidence).toBeGreaterThan(0.55);
      expect(m.confidence).toBeLessThan(0.9);
    }
    expect(covered.confidence).toBeGreaterThan(part.confidence);
    expect(part.confidence).toBeGreaterThan(little.confidence);
  });

  test.each([
    ['Tỷ lệ hoàn thành so với kế hoạch', 'progress'],
    ['Hạn xử lý', 'deadline'],
    ['Nhiệm vụ UBND tỉnh giao năm 2024', 'provincialTask'],
    ['Ghi chú của phòng', 'notes'],
    ['Người thực hiện chính', 'owner'],
  ])('a synonym at the start of a longer header: %p → %p', (text, field) => {
    const m = matchHeaderText(text);
    expect(m.field).toBe(field);
    expect(m.confidence).toBeLessThan(1);
  });

  test.each([
    ['Kinh phí đã ghi chú', 'notes'],
    ['Cán bộ, người phụ trách', 'owner'],
    ['Kế hoạch và tiến độ', 'progress'],
  ])('a synonym at the end of a longer header: %p → %p', (text, field) => {
    expect(matchHeaderText(text).field).toBe(field);
  });

  test.each([['Mã hồ sơ'], ['TT văn hóa'], ['Kinh phí %']])(
    'a two-letter synonym (Mã, TT) or "%%" counts only as the whole header: %p',
    (text) => {
      expect(matchHeaderText(text)).toEqual({ field: null, confidence: 0 });
    },
  );

  test('a phrase must be whole: its first word alone is not it', () => {
    // "nội dung" and "người …" phrases start here, but none runs on.
    expect(matchHeaderText('Người dân')).toEqual({ field: null, confidence: 0 });
    expect(matchHeaderText('Thời tiết')).toEqual({ field: null, confidence: 0 });
    expect(matchHeaderText('Tiến triển')).toEqual({ field: null, confidence: 0 });
  });

  test('the longest synonym wins, wherever it stands in the header', () => {
    // "tình trạng" (status) is longer than "tiến độ" (progress).
    expect(matchHeaderText('Tình trạng tiến độ').field).toBe('status');
    expect(matchHeaderText('Tiến độ, tình trạng').field).toBe('status');
    // "nhiệm vụ UBND tỉnh giao" over "nhiệm vụ" and "UBND tỉnh giao".
    expect(matchHeaderText('Nhiệm vụ UBND tỉnh giao').field).toBe('provincialTask');
  });

  test('of two synonyms as long, the one covering more words of the header wins', () => {
    // "số thứ tự" (3 words) against "công việc" (2), both 9 letters.
    expect(matchHeaderText('Số thứ tự công việc').field).toBe('number');
    // "tiến độ %" (3 words) against "công việc" (2).
    expect(matchHeaderText('Khối lượng công việc - tiến độ %').field).toBe('progress');
    // "kết quả dự kiến" (4 words) against "người thực hiện" (3), both 15 letters.
    expect(matchHeaderText('Người thực hiện, kết quả dự kiến').field).toBe('target');
  });

  test('of two synonyms alike in length and words, the field listed first wins, in either order', () => {
    // "tiến độ" (progress) and "kết quả" (status): 7 letters, 2 words each.
    expect(matchHeaderText('Tiến độ và kết quả').field).toBe('progress');
    expect(matchHeaderText('Kết quả và tiến độ').field).toBe('progress');
  });

  test('headers that differ are told apart (each read on its own)', () => {
    expect(matchHeaderText('Thời hạn').field).toBe('deadline');
    expect(matchHeaderText('Ghi chú').field).toBe('notes');
    expect(matchHeaderText('Thời hạn').field).toBe('deadline');
  });
});

describe('matchHeader: the parent and the child', () => {
  test('no header at all matches nothing; a missing or empty child reads the parent alone', () => {
    expect(matchHeader(null, null)).toEqual({ field: null, confidence: 0 });
    expect(matchHeader(null, '')).toEqual({ field: null, confidence: 0 });
    expect(matchHeader('Ghi chú', null)).toEqual({ field: 'notes', confidence: 1 });
    expect(matchHeader('Ghi chú', '')).toEqual({ field: 'notes', confidence: 1 });
    expect(matchHeader('Kinh phí', null)).toEqual({ field: null, confidence: 0 });
  });

  test('a header merged down over two rows is one header', () => {
    expect(matchHeader('Tiến độ (%)', 'Tiến độ (%)')).toEqual({ field: 'progress', confidence: 1 });
  });

  test('a child with no parent, or a parent of brackets only, is read alone', () => {
    expect(matchHeader(null, 'Ghi chú')).toEqual({ field: 'notes', confidence: 1 });
    expect(matchHeader('', 'Tình trạng')).toEqual({ field: 'status', confidence: 1 });
    expect(matchHeader(null, 'Đợt 1')).toEqual({ field: null, confidence: 0 });
    expect(matchHeader(null, 'Hạn nộp báo cáo về Văn phòng Sở').field).toBe('deadline');
  });

  test.each([
    ['Kế hoạch', 'Từ', 'start'],
    ['Kế hoạch', 'Khởi công', 'start'],
    ['Kế hoạch', 'Đến ngày', 'deadline'],
    ['Thời hạn', 'Từ ngày', 'start'],
    ['Thời hạn', 'Đến', 'deadline'],
    ['Thời gian thực hiện dự kiến', 'Từ', 'start'],
    ['Tiến độ thời gian', 'Hoàn thành', 'deadline'],
    // A parent that is itself a deadline header, though not one of the time parents.
    ['Hạn hoàn thành', 'Bắt đầu', 'start'],
    ['Hạn hoàn thành', 'Đến ngày', 'deadline'],
  ])('%p › %p → %p', (parent, child, field) => {
    expect(matchHeader(parent, child)).toEqual({ field, confidence: 0.95 });
  });

  test('"Từ" and "Đến" under a parent that is no time say nothing', () => {
    expect(matchHeader('Kinh phí', 'Từ')).toEqual({ field: null, confidence: 0 });
    expect(matchHeader('Kinh phí', 'Đến')).toEqual({ field: null, confidence: 0 });
    expect(matchHeader('Thời gian thực hiện', 'Ghi chú')).toEqual({ field: 'notes', confidence: 1 });
  });

  test.each([
    ['Tình trạng', 'Đã hoàn thành', 'done'],
    ['Trạng thái', 'Đang thực hiện', 'in_progress'],
    ['Đánh giá', 'Chưa thực hiện', 'not_started'],
    ['Tiến độ', 'Đã hoàn thành', 'done'],
    ['Tỷ lệ hoàn thành', 'Chưa hoàn thành', 'not_started'],
    ['Kết quả thực hiện năm 2024', 'Hoàn thành', 'done'],
  ])('%p › %p is a status-mark column (%p)', (parent, child, word) => {
    expect(matchHeader(parent, child)).toEqual({ field: 'status', confidence: 0.9, statusWord: word });
  });

  test('a status word under a parent that is no status or progress is no status mark', () => {
    expect(matchHeader('Kinh phí', 'Đã hoàn thành').statusWord).toBeUndefined();
    // "tiền đóng góp" begins with the letters of "tiến độ", not with its words.
    expect(matchHeader('Tiền đóng góp', 'Đã hoàn thành')).toEqual({ field: null, confidence: 0 });
  });

  test('under a status parent, a child that is no status word is read for itself', () => {
    expect(matchHeader('Tình trạng', 'Ghi chú')).toEqual({ field: 'notes', confidence: 1 });
    expect(matchHeader('Tiến độ', 'Ghi chú')).toEqual({ field: 'notes', confidence: 1 });
  });

  test('a month under any parent is a month', () => {
    expect(matchHeader('Kế hoạch', 'T1')).toEqual({ field: 'month', confidence: 0.9, month: 1 });
    expect(matchHeader('Ghi chú', 'Tháng 12')).toEqual({ field: 'month', confidence: 0.9, month: 12 });
  });

  test("a child that only mentions a synonym in passing takes its parent's field, less surely", () => {
    // The child's own "hạn" covers one word in eight.
    const child = 'Hạn nộp báo cáo về Văn phòng Sở';
    const m = matchHeader('Ghi chú', child);
    expect(m.field).toBe('notes');
    expect(m.confidence).toBeLessThan(1);
    expect(m.confidence).toBeGreaterThan(matchHeaderText(child).confidence);
    // Under a parent with no field of its own, the child's weak match stands.
    expect(matchHeader('Kinh phí', child)).toEqual(matchHeaderText(child));
    // A child with no field at all under a status parent: the parent's field.
    expect(matchHeader('Kết quả thực hiện', 'Khối lượng').field).toBe('status');
  });

  test('a child that is a sure synonym keeps its own field under any parent', () => {
    expect(matchHeader('Kinh phí', 'Người phụ trách')).toEqual({ field: 'owner', confidence: 1 });
    expect(matchHeader('Ghi chú', 'Tiến độ thực hiện dự án').field).toBe('progress');
  });
});
