// Everything camket says to a person, in Vietnamese (the default language). en.ts says the same in
// English, key for key: its type is this object's. Vietnamese administrative documents (the report,
// the forms, the feedback files) are written in Vietnamese whatever the language and are not here.
import { displayIso } from '../dates';
import { OLD_WEBVIEW } from './old-webview';
import type { FileEntry } from '../report';
import type { RuleCode } from '../rules';

/** What the terminal says of one commitment form (a CommitmentGroup of forms.ts is one). Declared here,
 *  so that the pane, which shares the catalogue, does not compile the forms. */
export interface FormLine {
  kind: 'person' | 'unit';
  name: string;
  position: string | null;
  unitName: string | null;
  director: boolean;
  commitments: readonly unknown[];
  fileName: string;
}

export const vi = {
  where: {
    wholeFile: '(cả tệp)',
    wholeSheet: '(cả sheet)',
    /** A key path of the department file that is the whole file. */
    root: '(gốc)',
  },
  status: {
    done_on_time: 'Hoàn thành đúng hạn',
    done_late: 'Hoàn thành trễ hạn',
    overdue: 'Quá hạn chưa hoàn thành',
    in_progress: 'Đang thực hiện trong hạn',
    not_started: 'Chưa thực hiện',
    recurring: 'Thường xuyên',
    cancelled: 'Dừng thực hiện',
    unknown: 'Không xác định (thời hạn không đọc được)',
  },
  field: {
    number: 'Số thứ tự (STT)',
    code: 'Mã đầu việc',
    title: 'Nội dung đầu việc',
    target: 'Chỉ tiêu / Sản phẩm',
    owner: 'Người chịu trách nhiệm',
    start: 'Bắt đầu',
    deadline: 'Thời hạn',
    extendedDeadline: 'Thời hạn điều chỉnh / gia hạn',
    completedOn: 'Ngày hoàn thành',
    progress: 'Tiến độ (%)',
    status: 'Tình trạng',
    provincialTask: 'Nhiệm vụ UBND tỉnh giao',
    coordinating: 'Đơn vị phối hợp',
    notes: 'Ghi chú',
    unit: 'Đơn vị',
  },
  change: {
    new: 'Mới',
    gone: 'Không còn',
    'deadline-moved': 'Dời thời hạn',
    'target-changed': 'Đổi chỉ tiêu',
    'progress-back': 'Tiến độ giảm',
    'newly-overdue': 'Mới quá hạn',
    'newly-done': 'Mới hoàn thành',
  },
  severity: {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
  },
  scope: {
    department: 'Toàn Sở',
    block: 'Khối',
    unit: 'Đơn vị',
  },
  skipReason: {
    'lock-file': 'tệp khóa tạm của Excel (~$), không phải tệp dữ liệu',
    'system-file': 'tệp hệ thống của Windows/macOS',
    hidden: 'tệp hoặc thư mục ẩn',
    'not-spreadsheet': 'không phải tệp bảng tính',
    'camket-output': 'bản tổng hợp hoặc báo cáo do camket ghi ra',
    'no-access': 'không có quyền mở thư mục',
    'broken-link': 'lối tắt trỏ tới tệp không còn',
    'cloud-only':
      'chưa được tải về từ OneDrive nên không biết là tệp hay thư mục; nếu là thư mục chứa tệp của đơn vị, hãy bấm chuột phải › Luôn giữ trên thiết bị này',
  },
  summary: {
    sheets: {
      dashboard: 'Tổng quan',
      commitments: 'Đầu việc',
      attention: 'Quá hạn - sắp đến hạn',
      provincial: 'Nhiệm vụ UBND tỉnh',
      history: 'Lịch sử',
      changes: 'Thay đổi',
      issues: 'Lỗi dữ liệu',
      files: 'Tệp dữ liệu',
    },
    dashboard: {
      title: (year: number | null) => (year ? `TỔNG HỢP ĐẦU VIỆC CAM KẾT NĂM ${year}` : 'TỔNG HỢP ĐẦU VIỆC CAM KẾT'),
      asOf: 'Số liệu tính đến ngày:',
      filesLine: (merged: number, failed: number, skipped: number) =>
        `Đã tổng hợp ${merged} tệp; ${failed} tệp không đọc được; ${skipped} tệp bỏ qua (xem sheet "Tệp dữ liệu").`,
      keySection: 'I. SỐ LIỆU CHUNG',
      keyHeader: ['Chỉ tiêu', 'Số lượng'],
      registered: 'Số đầu việc đăng ký',
      found: 'Số đầu việc tìm thấy trong các tệp',
      difference: 'Chênh lệch (tìm thấy − đăng ký)',
      due: 'Số đầu việc đến hạn (đúng hạn + trễ hạn + quá hạn)',
      onTime: 'Hoàn thành đúng hạn',
      onTimeRate: 'Tỷ lệ hoàn thành đúng hạn (đúng hạn ÷ đến hạn)',
      overdue: 'Quá hạn chưa hoàn thành',
      dueSoon: 'Sắp đến hạn (trong 7 ngày tới)',
      missingUnits: 'Số đơn vị chưa gửi báo cáo',
      statusSection: 'II. TÌNH TRẠNG THỰC HIỆN',
      statusHeader: ['STT', 'Tình trạng', 'Số đầu việc', 'Tỷ lệ'],
      total: 'Tổng cộng',
      chartsSection: 'III. BIỂU ĐỒ',
      blockSection: 'IV. THEO KHỐI',
      unitSection: 'V. THEO ĐƠN VỊ',
      groupHeader: (kind: 'block' | 'unit') => [
        kind === 'block' ? 'Mã khối' : 'Mã đơn vị',
        kind === 'block' ? 'Tên khối' : 'Tên đơn vị',
        'Đăng ký',
        'Tìm thấy',
        'Chênh lệch',
      ],
      dueHeader: 'Đến hạn',
      rateHeader: 'Tỷ lệ đúng hạn',
      blockHeader: 'Khối',
      noUnit: 'Chưa xác định đơn vị',
      emulationSection: 'VI. XẾP HẠNG THI ĐUA "ĐỒNG KHỞI MỚI"',
      emulationNote:
        'Xếp theo tỷ lệ hoàn thành đúng hạn, rồi theo số đầu việc đúng hạn. Đơn vị chưa có đầu việc đến hạn thì chưa xếp hạng.',
      emulationHeader: ['Hạng', 'Đơn vị', 'Mã đơn vị', 'Tìm thấy', 'Đến hạn', 'Đúng hạn', 'Tỷ lệ đúng hạn', 'Xếp loại'],
      missingSection: 'VII. ĐƠN VỊ CHƯA GỬI BÁO CÁO',
      missingHeader: ['Mã đơn vị', 'Tên đơn vị', 'Khối'],
      noneMissing: 'Tất cả đơn vị đã gửi báo cáo.',
      trendSection: 'VIII. DIỄN BIẾN THEO THÁNG (TOÀN SỞ)',
      trendHeader: ['Tháng', 'Số liệu đến ngày', 'Tìm thấy', 'Đến hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn'],
    },
    charts: {
      status: 'Tình trạng thực hiện',
      blocks: 'Đăng ký và tìm thấy theo khối',
      units: 'Đăng ký và tìm thấy theo đơn vị',
      rate: 'Tỷ lệ hoàn thành đúng hạn theo đơn vị',
      trend: 'Tỷ lệ hoàn thành đúng hạn theo tháng',
      registered: 'Đăng ký',
      found: 'Tìm thấy',
      count: 'Số đầu việc',
      rateSeries: 'Tỷ lệ đúng hạn',
    },
    commitments: {
      no: 'STT',
      unit: 'Mã đơn vị',
      unitName: 'Đơn vị',
      block: 'Khối',
      field: 'Lĩnh vực',
      code: 'Mã đầu việc',
      title: 'Nội dung đầu việc',
      target: 'Chỉ tiêu / Sản phẩm',
      owner: 'Người chịu trách nhiệm',
      start: 'Ngày bắt đầu',
      deadline: 'Thời hạn',
      originalDeadline: 'Thời hạn ban đầu',
      deadlineText: 'Thời hạn (như ghi trong tệp)',
      status: 'Tình trạng',
      statusCode: 'Mã tình trạng',
      progress: 'Tiến độ (%)',
      completedOn: 'Ngày hoàn thành',
      provincialTask: 'Nhiệm vụ UBND tỉnh giao',
      statusText: 'Tình trạng (như ghi trong tệp)',
      coordinating: 'Đơn vị phối hợp',
      notes: 'Ghi chú',
      sourceFile: 'Tệp nguồn',
      sourceSheet: 'Sheet nguồn',
      sourceRow: 'Dòng nguồn',
      id: 'Mã định danh',
      recurring: 'Thường xuyên',
    },
    attention: {
      kind: 'Loại',
      overdue: 'Quá hạn',
      dueSoon: 'Sắp đến hạn',
      days: 'Số ngày quá hạn / còn lại',
      none: 'Không có đầu việc quá hạn hoặc sắp đến hạn.',
    },
    provincial: {
      code: 'Mã nhiệm vụ',
      title: 'Nội dung nhiệm vụ UBND tỉnh giao',
      commitments: 'Số đầu việc',
      none: 'Tệp cấu hình của Sở chưa có danh mục nhiệm vụ UBND tỉnh giao.',
    },
    history: {
      month: 'Tháng',
      asOf: 'Số liệu đến ngày',
      scope: 'Phạm vi',
      code: 'Mã',
      name: 'Tên',
      registered: 'Đăng ký',
      found: 'Tìm thấy',
    },
    changes: {
      kind: 'Thay đổi',
      unit: 'Mã đơn vị',
      title: 'Nội dung đầu việc',
      before: 'Tháng trước',
      after: 'Tháng này',
      id: 'Mã định danh',
      none: 'Không có thay đổi so với tháng trước (hoặc chưa có bảng tổng hợp tháng trước để so sánh).',
    },
    issues: {
      severity: 'Mức độ',
      rule: 'Mã lỗi',
      ruleTitle: 'Loại lỗi',
      message: 'Nội dung',
      file: 'Tệp',
      sheet: 'Sheet',
      cell: 'Ô',
      unit: 'Mã đơn vị',
      none: 'Không phát hiện lỗi dữ liệu.',
      skipped: 'Tệp bị bỏ qua',
      failed: 'Tệp không đọc được',
    },
    files: {
      file: 'Tệp',
      unit: 'Mã đơn vị',
      state: 'Kết quả',
      commitments: 'Số đầu việc',
      sheets: 'Sheet đã đọc',
      note: 'Ghi chú',
      merged: 'Đã tổng hợp',
      skipped: 'Bỏ qua',
      failed: 'Không đọc được',
    },
  },
  pane: {
    appTitle: 'camket',
    appSubtitle: 'Kiểm tra đầu việc cam kết',
    loading: 'Đang tải…',
    tabCheck: 'Kiểm tra',
    tabRollup: 'Tổng hợp',
    tabMapping: 'Cột dữ liệu',
    asOf: 'Tính đến ngày',
    check: 'Kiểm tra',
    checking: 'Đang đọc sổ làm việc…',
    clearMarks: 'Xóa đánh dấu',
    marksCleared: (n: number) => (n ? `Đã xóa ${n} vùng đánh dấu.` : 'Không có đánh dấu nào để xóa.'),
    marked: (n: number) =>
      `Đã đánh dấu ${n} ô có vấn đề (tô màu bằng định dạng có điều kiện, không đổi định dạng của bạn).`,
    markCells: 'Tô màu các ô có vấn đề trong sổ làm việc',
    markHint:
      'Ô tô màu là một phần của tệp: được lưu cùng tệp (cả khi Tự động lưu) và người nhận tệp cũng thấy. Bỏ bằng nút "Xóa đánh dấu", hoặc Trang đầu › Định dạng có điều kiện › Quản lý quy tắc.',
    notMarked: 'Không tô màu ô nào (đã tắt): tệp không bị thay đổi.',
    readOnlyChecked:
      'Sổ làm việc đang mở ở chế độ chỉ đọc, nên camket chỉ kiểm tra, không tô màu ô. Muốn tô màu hoặc ghi sheet: bật chỉnh sửa (nút "Bật Chỉnh sửa" trên thanh vàng, hoặc "Chỉnh sửa" trên web) rồi nhấn Kiểm tra lại.',
    markingFailed: (detail: string) => `Đã kiểm tra xong (danh sách lỗi ở dưới), nhưng không tô màu được ô: ${detail}`,
    skippedProtected: (sheets: string[]) => `Không đánh dấu được sheet đang bảo vệ: ${sheets.join(', ')}.`,
    notChecked: 'Nhấn "Kiểm tra" để đọc sổ làm việc đang mở.',
    summary: (commitments: number, sheets: number) => `${commitments} đầu việc trong ${sheets} sheet.`,
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    infos: 'Thông tin',
    /** A share, in the clerk's notation: 66,7%. */
    percent: (x: number) => `${String(Math.round(x * 1000) / 10).replace('.', ',')}%`,
    /** The chosen day spelled day first, whatever the PC shows in the date box. */
    asOfEcho: (d: string, m: string, y: string) => `Ngày ${d}/${m}/${y}`,
    helpLink: 'Hướng dẫn sử dụng',
    stillBusy: (doing: string) => `Vẫn đang làm việc với Excel (${doing}). Hãy chờ xong rồi thử lại.`,
    noIssues: 'Không phát hiện vấn đề nào. Tốt lắm!',
    wholeFile: 'Cả tệp',
    goTo: (where: string) => `Chọn ô ${where}`,
    mergesMissing:
      'Phiên bản Excel này chưa cho đọc ô gộp (cần ExcelApi 1.13): tiêu đề gộp có thể bị đọc sai và kết quả có thể khác tổng hợp của Sở. Hãy cập nhật Office.',
    syncs: (n: number) => `${n} lượt trao đổi với Excel`,
    rollupIntro:
      'Ghi (hoặc cập nhật) một sheet tổng hợp trong sổ làm việc này: số đầu việc theo tình trạng, theo người chịu trách nhiệm, theo lĩnh vực, số đăng ký và tìm thấy, danh sách quá hạn, kèm biểu đồ.',
    writeRollup: 'Ghi sheet Tổng hợp',
    rollupWritten: (name: string, replaced: boolean) =>
      replaced ? `Đã cập nhật sheet "${name}".` : `Đã tạo sheet "${name}".`,
    totalLabel: 'Tổng số đầu việc',
    dueLabel: 'Đến hạn',
    onTimeLabel: 'Đúng hạn',
    dueSoonLabel: 'Sắp đến hạn',
    department: 'Tệp cấu hình của Sở (không bắt buộc)',
    departmentHint: 'Chọn tệp .json của Sở để so số đầu việc đăng ký với số tìm thấy.',
    departmentLoaded: (name: string, unit: string | null) =>
      `Đã nạp: ${name}.${unit ? ` Đơn vị của tệp này: ${unit}.` : ''}`,
    departmentBad: (detail: string) => `Tệp cấu hình không hợp lệ: ${detail}`,
    departmentRemove: 'Bỏ tệp cấu hình',
    departmentChoose: 'Chọn tệp…',
    mappingIntro:
      'Cột nào được lấy cho trường nào, và độ chắc chắn. Nếu camket nhận sai, hãy chọn lại rồi nhấn "Lưu và kiểm tra lại": lựa chọn được lưu trong sổ làm việc (sheet ẩn) và camket merge của Sở cũng dùng.',
    noTable: 'Không thấy bảng đầu việc trong sheet này.',
    noTableShort: 'không có bảng đầu việc',
    noTableAsk: 'Nếu sheet này có bảng đầu việc, nhập số dòng tiêu đề:',
    mappingSummary: (commitments: number, columns: number) => `${commitments} đầu việc · ${columns} cột`,
    headerRow: 'Dòng tiêu đề',
    headerRows: 'Số dòng tiêu đề',
    column: 'Cột',
    header: 'Tiêu đề cột',
    field: 'Trường',
    confidence: 'Độ chắc',
    saved: 'đã chọn',
    ignore: '(Bỏ qua — dữ liệu thêm)',
    monthColumn: (m: number) => `Tiến độ tháng ${m}`,
    statusMark: (label: string) => `Đánh dấu tình trạng: ${label}`,
    saveMapping: 'Lưu và kiểm tra lại',
    mappingSaved: 'Đã lưu cách đọc cột vào sổ làm việc.',
    mappingUnchanged: 'Chưa có thay đổi nào để lưu.',
    installLists: 'Cài danh sách chọn',
    installListsHint:
      'Cài danh sách chọn tình trạng (Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện) vào cột Tình trạng, để tránh ghi sai về sau.',
    listsInstalled: (where: string[]) => `Đã cài danh sách chọn: ${where.join(', ')}.`,
    listPromptTitle: 'Tình trạng',
    listPrompt: 'Chọn một tình trạng trong danh sách.',
    listErrorTitle: 'Tình trạng không hợp lệ',
    listError: 'Hãy chọn: Đã hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Dừng thực hiện.',
    needCheck: 'Hãy nhấn "Kiểm tra" trước.',
    busy: 'Đang làm việc với Excel…',
    // Errors a clerk can act on.
    errEmpty: 'Sổ làm việc đang trống: chưa có dữ liệu nào để kiểm tra.',
    errProtected: (sheet: string) =>
      `Sheet "${sheet}" đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
    errWorkbookProtected:
      'Excel không cho camket ghi vào sổ làm việc này. Nếu tệp đang mở chỉ đọc (thanh vàng "Chỉ đọc" hoặc "Dạng xem được bảo vệ", hay chế độ Xem trên web), hãy bật chỉnh sửa; nếu sổ làm việc được bảo vệ, hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc). Rồi thử lại.',
    errReadOnly:
      'Sổ làm việc đang mở ở chế độ chỉ đọc, nên camket không ghi được gì vào đó. Hãy bật chỉnh sửa (nút "Bật Chỉnh sửa" trên thanh vàng, hoặc "Chỉnh sửa" trên web), nhấn Kiểm tra rồi thử lại.',
    errSheetMissing: (sheet: string) =>
      `Không thấy sheet "${sheet}" nữa (có thể đã bị đổi tên hoặc xóa). Hãy nhấn "Kiểm tra" lại.`,
    errSheetHidden: (sheet: string) =>
      `Sheet "${sheet}" đang bị ẩn. Hãy bỏ ẩn sheet (chuột phải vào tên sheet › Bỏ ẩn) để đến ô này.`,
    errNoStatusColumn:
      'Không thấy cột Tình trạng nào (bảng dùng ô đánh dấu x hoặc chưa có cột này). Hãy chọn cột Tình trạng ở "Cột dữ liệu" trước.',
    errEditMode: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong Excel rồi thử lại.',
    errUnsupported:
      'Phiên bản Excel này chưa đủ cho camket (cần ExcelApi 1.9 trở lên): cần Excel 2021 hoặc 2024, Microsoft 365 (Windows, Mac) hoặc Excel trên web. Excel 2016 và 2019 bản mua một lần không dùng được. Xem phiên bản: Tệp › Tài khoản › Giới thiệu về Excel.',
    errOldWebview: OLD_WEBVIEW.vi,
    errTooLarge: 'Sổ làm việc quá lớn để Excel trên web gửi một lần. Hãy thử lại trong Excel cho máy tính.',
    errNoOffice: 'Không kết nối được với Excel. Hãy mở add-in từ Excel (Trang đầu › camket).',
    errOfficeJs: 'Không tải được thư viện Office.js từ Microsoft. Hãy kiểm tra kết nối mạng rồi mở lại add-in.',
    errGeneric: (detail: string) =>
      `Có lỗi khi làm việc với Excel: ${detail}. Hãy thử lại; nếu vẫn lỗi, hãy gửi nội dung này cho bộ phận hỗ trợ.`,
    dismiss: 'Đóng',
  },
  rollupSheet: {
    title: 'TỔNG HỢP ĐẦU VIỆC CAM KẾT',
    subtitle: (file: string, asOf: string) => `Tệp: ${file} — tính đến ngày ${asOf} — do camket lập`,
    byStatus: 'Theo tình trạng',
    status: 'Tình trạng',
    count: 'Số lượng',
    share: 'Tỷ lệ',
    total: 'Tổng cộng',
    due: 'Đến hạn (đúng hạn + trễ hạn + quá hạn)',
    onTime: 'Tỷ lệ hoàn thành đúng hạn',
    dueSoon: 'Sắp đến hạn (7 ngày tới)',
    registered: 'Đăng ký và tìm thấy',
    scope: 'Phạm vi',
    reg: 'Đăng ký',
    found: 'Tìm thấy',
    diff: 'Chênh lệch',
    noDepartment: 'Chưa nạp tệp cấu hình của Sở: chỉ có số tìm thấy.',
    unitUnknown: 'Không xác định được đơn vị của tệp này trong tệp cấu hình.',
    thisFile: 'Tệp này',
    byOwner: 'Theo người chịu trách nhiệm',
    owner: 'Người chịu trách nhiệm',
    byField: 'Theo lĩnh vực',
    field: 'Lĩnh vực',
    overdue: 'Đầu việc quá hạn, chưa hoàn thành',
    none: 'Không có.',
    titleCol: 'Việc quá hạn',
    deadline: 'Thời hạn',
    progress: 'Tiến độ (%)',
    sheet: 'Sheet',
    row: 'Dòng',
    chart: 'Đầu việc theo tình trạng',
  },
  merge: {
    feedbackNotFolder: (dir: string) =>
      `"${dir}" là một tệp, không phải thư mục: hãy chỉ ra thư mục để ghi các tệp phản hồi (--feedback).`,
    head: (folder: string, asOf: string) => `camket — tổng hợp thư mục "${folder}", tính đến ngày ${displayIso(asOf)}`,
    found: (read: number, skipped: number) =>
      `Tìm thấy ${read} tệp bảng tính${skipped ? `, bỏ qua ${skipped} tệp khác` : ''}.`,
    bar: 'Đang đọc',
    merged: (e: FileEntry) => `${e.file}: ${e.commitments} đầu việc${e.unit ? ` → ${e.unit}` : ' → (không rõ đơn vị)'}`,
    failed: (e: FileEntry) => `${e.file}: KHÔNG ĐỌC ĐƯỢC — ${e.error?.message ?? ''}`,
    noFolder: (f: string) => `Không thấy thư mục "${f}". Hãy kiểm tra lại đường dẫn.`,
    notFolder: (f: string) => `"${f}" là một tệp, không phải thư mục. Hãy chỉ ra thư mục chứa các tệp của đơn vị.`,
    outNotXlsx: (f: string) => `Tệp kết quả "${f}" phải có đuôi .xlsx.`,
    noOutDir: (f: string) => `Không có thư mục "${f}" để ghi kết quả. Hãy tạo thư mục đó hoặc chọn chỗ khác.`,
    previousUnreadable: (f: string, why: string) =>
      `Không đọc được bản tổng hợp tháng trước "${f}" (${why}). Hãy chỉ ra một tệp tong-hop-….xlsx do camket ghi ra.`,
    previousLater: (f: string, prev: string, asOf: string) =>
      `Bản tổng hợp "${f}" tính đến ${displayIso(prev)}, sau ngày ${displayIso(asOf)} đang tổng hợp. Hãy chọn bản của tháng trước.`,
    previousOtherDepartment: (name: string) =>
      `Lưu ý: bản tổng hợp tháng trước là của "${name}", khác tên trong tệp cấu hình.`,
    nothing: (folder: string) =>
      `Không có tệp đầu việc nào đọc được trong "${folder}", nên không ghi bản tổng hợp. Hãy kiểm tra các tệp (.xlsx) trong thư mục.`,
    writing: (f: string) => `Đang ghi bản tổng hợp ${f} …`,
    result: 'Kết quả',
    files: (m: number, s: number, f: number) => `  Tệp: ${m} đã tổng hợp, ${s} bỏ qua, ${f} không đọc được`,
    commitments: (n: number, reg: number | null) => `  Đầu việc: ${n}${reg ? ` (đăng ký ${reg})` : ''}`,
    issues: (e: number, w: number, i: number) => `  Vấn đề: ${e} lỗi, ${w} cảnh báo, ${i} ghi chú`,
    byRule: '  Theo loại:',
    missing: (list: string) => `  Đơn vị chưa có số liệu: ${list}`,
    failedHead: '  Tệp không đọc được:',
    skippedHead: '  Tệp bỏ qua:',
    changes: (month: string, parts: string) =>
      `  So với bản tổng hợp tháng ${Number(month.slice(5))}/${month.slice(0, 4)}: ${parts}`,
    noChanges: 'không có thay đổi',
    more: (n: number) => `  … và ${n} vấn đề khác: xem sheet lỗi của bản tổng hợp hoặc báo cáo JSON.`,
    wroteSummary: (f: string) => `Đã ghi bản tổng hợp: ${f}`,
    wroteReport: (f: string) => `Đã ghi báo cáo JSON: ${f}`,
    wroteFeedback: (n: number, dir: string) => `Đã ghi ${n} tệp phản hồi cho các đơn vị vào thư mục: ${dir}`,
    writeFailed: (t: string, why: string) => `Không ghi được ${t} (${why}); tệp cũ (nếu có) giữ nguyên.`,
    writeDenied: (t: string) =>
      `Không ghi được ${t}: không có quyền ghi vào thư mục này (thư mục chỉ đọc, được bảo vệ, hoặc phần mềm diệt virus chặn). Tệp cũ (nếu có) giữ nguyên. Hãy chọn thư mục khác bằng --out, ví dụ trong Tài liệu (Documents).`,
    openInExcel: (f: string, name: string) =>
      `Bản tổng hợp ${f} đã được ghi, nhưng có vẻ tệp đang mở trong Excel (có tệp ~$${name} bên cạnh). Nếu bấm Lưu trong Excel, bản cũ đang mở sẽ ghi đè lên kết quả mới: hãy đóng tệp trong Excel mà không lưu (chọn Không lưu), rồi mở lại.`,
    longPath: (f: string, n: number, limit: number) =>
      `Đường dẫn của bản tổng hợp dài ${n} ký tự (${f}); Excel không mở được sổ làm việc có đường dẫn đầy đủ dài quá ${limit} ký tự. Hãy chọn thư mục có đường dẫn ngắn hơn bằng --out, hoặc đặt tên thư mục ngắn lại.`,
  },
  validate: {
    head: (n: number, asOf: string) => `camket — kiểm tra ${n} tệp, tính đến ngày ${displayIso(asOf)}`,
    file: (e: FileEntry) =>
      e.state === 'failed'
        ? `${e.file}: KHÔNG ĐỌC ĐƯỢC — ${e.error?.message ?? ''}`
        : `${e.file}: ${e.commitments} đầu việc${e.unit ? `, đơn vị ${e.unit}` : ''}${e.sheets?.length ? ` (sheet: ${e.sheets.join(', ')})` : ''}`,
    total: (c: number, e: number, w: number) => `Tổng: ${c} đầu việc; ${e} lỗi, ${w} cảnh báo.`,
    clean: 'Không phát hiện vấn đề nào.',
    report: (f: string) => `Đã ghi báo cáo JSON: ${f}`,
  },
  cli: {
    folderArgument: '<thư-mục>',
    /** Commander's help headings. */
    helpTitles: {
      'Usage:': 'Cách dùng:',
      'Options:': 'Tùy chọn:',
      'Arguments:': 'Tham số:',
      'Commands:': 'Lệnh:',
    } as Record<string, string>,
    commander: {
      missingArgument: (a: string) => `Lỗi: thiếu tham số bắt buộc '${a}'.`,
      missingOption: (o: string) => `Lỗi: thiếu tùy chọn bắt buộc ${o}.`,
      badChoice: (o: string, v: string, c: string) =>
        `Lỗi: giá trị '${v}' của tùy chọn ${o} không hợp lệ; hãy chọn một trong: ${c}.`,
      missingValue: (o: string) => `Lỗi: tùy chọn ${o} cần một giá trị.`,
      unknownOption: (o: string, s?: string) => `Lỗi: không có tùy chọn '${o}'.${s ? ` Có phải ý bạn là ${s}?` : ''}`,
      tooManyArguments: (c?: string) => `Lỗi: thừa tham số${c ? ` cho lệnh '${c}'` : ''}.`,
      unknownCommand: (c: string) => `Lỗi: không có lệnh '${c}'.`,
    },
    description: 'camket — kiểm tra và tổng hợp đầu việc cam kết của các đơn vị',
    validate: 'Kiểm tra một hoặc nhiều tệp đầu việc của đơn vị (.xlsx) và liệt kê lỗi theo ô',
    workbooks: 'các tệp .xlsx cần kiểm tra',
    config: 'tệp cấu hình của Sở (JSON): đơn vị, số đăng ký, nhiệm vụ UBND tỉnh giao',
    asOf: 'tính tình trạng đến ngày này (YYYY-MM-DD); mặc định là hôm nay',
    report: 'ghi báo cáo JSON vào tệp này',
    lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    badDate: (v: string) => `Ngày "${v}" không hợp lệ: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2023-06-30.`,
    unexpected: (m: string) => `Lỗi ngoài dự kiến: ${m}. Hãy gửi thông báo này cho bộ phận kỹ thuật.`,
    help: 'hiện hướng dẫn',
    version: 'in số phiên bản',
    merge: 'Tổng hợp các tệp đầu việc của đơn vị trong một thư mục thành bản tổng hợp của Sở (.xlsx) và báo cáo JSON',
    folder: 'thư mục chứa các tệp của đơn vị (đọc cả thư mục con)',
    mergeConfig: 'tệp cấu hình của Sở (JSON): đơn vị, số đăng ký, nhiệm vụ UBND tỉnh giao (bắt buộc)',
    out: 'ghi bản tổng hợp vào tệp này; mặc định tong-hop-YYYY-MM.xlsx (tháng của ngày tính) ở thư mục hiện tại',
    previous: 'bản tổng hợp tháng trước (tong-hop-….xlsx): mang lịch sử sang và liệt kê thay đổi từng đầu việc',
    feedback:
      'ghi vào thư mục này mỗi đơn vị một tệp phản hồi phan-hoi-<mã đơn vị>.xlsx: lỗi cần sửa (kèm liên kết tới đúng ô trong tệp của đơn vị) và các đầu việc camket đã đọc',
    docx: 'ghi bản dự thảo báo cáo tháng gửi UBND tỉnh (Word, theo thể thức Nghị định 30/2020/NĐ-CP) vào tệp này: số liệu chung, theo khối và đơn vị, nhiệm vụ UBND tỉnh giao, đầu việc quá hạn, đơn vị chưa báo cáo, thay đổi so với tháng trước (khi có --previous)',
    forms:
      'Soạn bản cam kết thực hiện nhiệm vụ năm (Word) cho từng người có đầu việc, từ các tệp của đơn vị trong một thư mục',
    formsOut: 'thư mục ghi các bản cam kết cam-ket-<họ tên không dấu>.docx (bắt buộc; chưa có thì được tạo)',
    formsUsage: '<thư-mục> --config <department.json> --out <thư-mục-kết-quả> [tùy chọn]',
    formsAfter: `
Mỗi người chịu trách nhiệm (cột người chịu trách nhiệm, dòng "Người đăng ký: …" phía trên bảng, hoặc tên sheet) được một bản cam kết
gồm họ tên, chức vụ, đơn vị, bảng đầu việc (STT, nội dung, chỉ tiêu / sản phẩm, thời gian hoàn thành), lời cam kết và chỗ ký của người
cam kết và Giám đốc Sở (letterhead.signer trong tệp cấu hình); bản của Giám đốc Sở do Chủ tịch UBND tỉnh ký nhận. Đầu việc không ghi
người chịu trách nhiệm được đưa vào bản cam kết của đơn vị, kèm cảnh báo. Tệp của đơn vị được đọc như camket merge đọc.

Mã thoát: 0 không có lỗi; 1 có lỗi trong dữ liệu hoặc có tệp không đọc được; 2 không đọc được tệp nào hoặc sai tham số.

Ví dụ:
  camket forms examples/units --config examples/department.json --out ban-cam-ket
  camket forms "D:\\Cam ket 2023\\Dang ky" --config so-vhttdl.json --out "D:\\Cam ket 2023\\Ban cam ket"`,
    mergeAfter: `
Tệp bị bỏ qua: tệp khóa của Excel (~$…), Thumbs.db, desktop.ini, tệp/thư mục ẩn (tên bắt đầu bằng dấu chấm), tệp không phải bảng tính.
Tệp .xls, .ods, .csv, tệp hỏng hoặc có mật khẩu được liệt kê là không đọc được; các tệp còn lại vẫn được tổng hợp.

Mã thoát: 0 tổng hợp xong, không có lỗi; 1 tổng hợp xong nhưng có tệp không đọc được hoặc có lỗi;
2 không tổng hợp được (sai tham số, sai tệp cấu hình, không có tệp nào đọc được) và không ghi gì.

Ví dụ:
  camket merge examples/units --config examples/department.json --as-of 2023-06-30
  camket merge "D:\\Cam ket 2023\\Thang 6" --config so-vhttdl.json --previous tong-hop-2023-05.xlsx --report bao-cao.json`,
    seeHelp: '(xem hướng dẫn: thêm --help)',
    mergeUsage: '<thư-mục> --config <department.json> [tùy chọn]',
    log: 'ghi thêm mọi dòng hiện trên màn hình vào tệp này (UTF-8), đọc đúng tiếng Việt trong Notepad; dùng thay cho > trong PowerShell',
    logFailed: (f: string, code: string) =>
      `Không ghi được tệp nhật ký ${f} (${{ ENOENT: 'không có thư mục này', EACCES: 'không có quyền ghi', EPERM: 'không có quyền ghi', EISDIR: 'đó là một thư mục', EBUSY: 'tệp đang bị chương trình khác giữ' }[code] ?? code}). Hãy chọn tệp khác cho --log.`,
    interrupted: (how: string) => `Đã dừng theo yêu cầu (${how}). Các tệp kết quả cũ giữ nguyên.`,
    stoppedBy: { SIGINT: 'Ctrl-C', SIGBREAK: 'Ctrl+Break', SIGHUP: 'cửa sổ bị đóng' },
  },
  forms: {
    head: (folder: string, year: number) =>
      `camket — soạn bản cam kết thực hiện nhiệm vụ năm ${year} từ thư mục "${folder}"`,
    outNotFolder: (f: string) => `"${f}" là một tệp: --out phải là một thư mục để ghi các bản cam kết.`,
    outFailed: (f: string, why: string) =>
      `Không tạo được thư mục "${f}" để ghi các bản cam kết (${why}). Hãy chọn chỗ khác bằng --out.`,
    nothing: (folder: string) =>
      `Không có tệp đầu việc nào đọc được trong "${folder}", nên không soạn bản cam kết nào.`,
    forms: 'Bản cam kết:',
    form: (g: FormLine) =>
      `${g.fileName} — ${g.name}${g.kind === 'person' ? ` (${[g.position, g.unitName].filter(Boolean).join(', ')})` : ' (đơn vị)'}: ${g.commitments.length} đầu việc${g.director ? '; Chủ tịch UBND tỉnh ký nhận' : ''}`,
    wrote: (n: number, dir: string) => `Đã ghi ${n} bản cam kết (Word) vào thư mục: ${dir}`,
    total: (c: number, e: number, w: number) => `Tổng: ${c} đầu việc; ${e} lỗi, ${w} cảnh báo.`,
    writeFailed: (f: string, why: string) => `Không ghi được ${f} (${why}); tệp cũ (nếu có) giữ nguyên.`,
  },
  departmentFile: {
    noSuchFile: 'không có tệp này',
    read: (file: string, why: string) => `Không đọc được tệp cấu hình ${file}: ${why}.`,
    notUtf8: (file: string, line: number) =>
      `Tệp cấu hình ${file} không phải UTF-8: dòng ${line} có chữ không đọc được theo UTF-8 (thường do tệp được lưu theo bảng mã ANSI hoặc Windows-1258), nên chữ tiếng Việt sẽ sai. Hãy mở tệp bằng Notepad, chọn File > Save As (Tệp > Lưu như), ở ô Encoding (Mã hóa) chọn UTF-8 rồi lưu đè lên tệp cũ.`,
    syntax: (line: number, what: string) => `dòng ${line}: JSON sai cú pháp (${what}).`,
    at: (line: number | null, key: string, msg: string) => `${line ? `dòng ${line}, ` : ''}khóa "${key}": ${msg}`,
    duplicate: (v: string) => `mã "${v}" bị trùng`,
    unknownBlock: (v: string) => `khối "${v}" không có trong "blocks"`,
    required: 'thiếu (bắt buộc phải có)',
    unknownKey: (k: string) => `khóa "${k}" không được dùng (kiểm tra chính tả)`,
    type: (expected: string) =>
      `sai kiểu dữ liệu, cần ${expected === 'number' ? 'một số' : expected === 'string' ? 'một chuỗi chữ' : expected === 'array' ? 'một danh sách [...]' : expected}`,
    tooSmall: 'giá trị quá nhỏ hoặc danh sách rỗng',
    tooBig: 'giá trị quá lớn',
    other: (m: string) => m,
  },
  argPaths: {
    split: (p: string) =>
      `Đường dẫn có dấu cách bị tách thành nhiều phần. Hãy đặt cả đường dẫn trong ngoặc kép, không có dấu \\ ở cuối, ví dụ: "${p}"`,
    backslash: (a: string) =>
      `Đường dẫn trong ngoặc kép kết thúc bằng dấu \\ nên Windows coi dấu ngoặc đóng là một phần của đường dẫn (nhận được: ${a}). Hãy bỏ dấu \\ ở cuối, ví dụ: "${a.split('"')[0].replace(/\\+$/, '')}"`,
  },
  outputLocked: {
    excel: (t: string) => `Tệp ${t} đang mở trong Excel nên không ghi đè được; tệp cũ giữ nguyên.`,
    other: (t: string) =>
      `Tệp ${t} đang bị một chương trình khác giữ (OneDrive, phần mềm diệt virus hoặc một cửa sổ đang mở tệp) nên không ghi đè được; tệp cũ giữ nguyên.`,
    kept: (alt: string) => `Kết quả mới được lưu thành: ${alt}`,
    none: 'Hãy đóng tệp rồi chạy lại.',
  },
  feedback: {
    sheets: ['Lỗi cần sửa', 'Đầu việc đã đọc'] as readonly [string, string],
    title: 'PHẢN HỒI KẾT QUẢ ĐỌC TỆP ĐẦU VIỆC CAM KẾT',
    unit: (name: string, code: string) => `Đơn vị: ${name} (${code})`,
    noUnit: 'Đơn vị: chưa xác định được tệp này của đơn vị nào',
    files: 'Tệp đã đọc',
    fileMerged: (n: number) => `${n} đầu việc`,
    fileFailed: 'không đọc được',
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    clean: (n: number) => `Không có lỗi nào cần sửa: camket đã đọc ${n} đầu việc, xem sheet "Đầu việc đã đọc".`,
    some: (n: number, e: number, w: number, i: number) =>
      `Có ${n} điểm cần xem (${e} lỗi, ${w} cảnh báo, ${i} ghi chú). Bấm vào địa chỉ ở cột "Ô" để mở đúng ô trong tệp của đơn vị.`,
    read: (n: number) =>
      `camket đã đọc ${n} đầu việc như dưới đây. Đơn vị xem lại: đúng dòng, đúng nội dung, thời hạn, tiến độ, tình trạng.`,
    none: 'camket không đọc được đầu việc nào từ tệp này.',
    issueColumns: ['STT', 'Tệp', 'Sheet', 'Ô', 'Mức độ', 'Nội dung', 'Cách sửa'],
    commitmentColumns: [
      'STT',
      'Tệp',
      'Sheet',
      'Dòng',
      'Nội dung đầu việc',
      'Người chịu trách nhiệm',
      'Thời hạn (như đã ghi)',
      'Thời hạn (camket hiểu là)',
      'Tiến độ (%)',
      'Tình trạng (như đã ghi)',
      'Tình trạng (camket tính)',
    ],
    recurring: 'Thường xuyên',
    unreadable: '(không đọc được)',
    empty: '(trống)',
  },
  /** What a unit does about each rule in its feedback workbook: a few words; the message says why. */
  ruleAction: {
    'bad-deadline': 'Sửa thời hạn ở ô này thành một ngày, tháng, quý hoặc "Thường xuyên".',
    'missing-deadline': 'Ghi thời hạn vào ô này (hoặc "Thường xuyên").',
    'missing-deadline-column': 'Thêm cột thời hạn vào bảng.',
    'bad-date': 'Sửa ngày ở ô này theo dạng ngày/tháng/năm.',
    'bad-progress': 'Ghi tiến độ là một số từ 0 đến 100.',
    'missing-title': 'Ghi nội dung đầu việc, hoặc xóa dòng nếu không phải đầu việc.',
    'status-progress-mismatch': 'Sửa tình trạng hoặc tiến độ cho khớp nhau.',
    'unknown-status': 'Chọn một tình trạng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện.',
    'unknown-provincial-task': 'Sửa mã nhiệm vụ UBND tỉnh theo danh mục của Sở.',
    'duplicate-commitment': 'Xóa dòng trùng hoặc ghi rõ sự khác nhau.',
    'legacy-encoding': 'Chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã).',
    'no-table': 'Đặt dòng tiêu đề có cột nội dung đầu việc và cột thời hạn.',
    'count-mismatch': 'Đối chiếu với danh mục đã đăng ký: bổ sung đầu việc thiếu hoặc bỏ đầu việc thừa.',
    'unknown-unit': 'Ghi tên đơn vị ở phần tiêu đề của tệp, hoặc đặt tên tệp theo mẫu của Sở.',
    'missing-unit': 'Gửi lại tệp đầu việc đọc được (.xlsx).',
    'no-owner': 'Ghi tên người chịu trách nhiệm của đầu việc.',
    'unit-several-files': 'Chỉ giữ một tệp của đơn vị; xóa bản cũ hoặc bản sao.',
    'unreadable-file': 'Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.',
    'encrypted-file': 'Bỏ mật khẩu của tệp rồi gửi lại.',
    'unsupported-format': 'Lưu tệp thành Sổ làm việc Excel (.xlsx) rồi gửi lại.',
    'formula-not-calculated': 'Mở tệp bằng Excel, lưu lại rồi gửi lại.',
    'other-year-sheet': 'Không cần làm gì nếu đúng là sheet của năm khác.',
    'mirror-sheet': 'Không cần làm gì.',
    'missing-completion-date': 'Ghi ngày hoàn thành thực tế.',
  } satisfies Record<RuleCode, string>,
  rollup: {
    noOwner: '(không rõ)',
    noField: '(không phân lĩnh vực)',
  },
  wordDocuments: {
    notDocx: (f: string) => `Tệp báo cáo "${f}" phải có đuôi .docx.`,
    wrote: (f: string) => `Đã ghi báo cáo tháng (Word): ${f}`,
  },
  previousSummary: {
    'not-found': 'Không thấy tệp tổng hợp tháng trước {file}.',
    'not-a-workbook': 'Tệp {file} không phải tệp Excel .xlsx nên không dùng làm bảng tổng hợp tháng trước được.',
    'not-a-summary':
      'Tệp {file} không phải bảng tổng hợp do camket lập (không có phần dữ liệu ẩn của camket). Hãy chỉ ra tệp tong-hop-….xlsx của tháng trước.',
    damaged:
      'Phần dữ liệu ẩn của camket trong tệp {file} bị hỏng ({detail}). Hãy dùng bản tổng hợp tháng trước chưa bị sửa.',
    'newer-version': 'Tệp {file} do phiên bản camket mới hơn lập ({detail}). Hãy cập nhật camket.',
  },
};
