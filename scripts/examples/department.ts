// The example department file (examples/department.json): Sở Văn hóa, Thể thao và Du lịch tỉnh
// Bến Tre, 2023. Registered counts sum to the block counts (32 + 48 + 50 = 130).

export interface UnitDef {
  code: string;
  name: string;
  block: 'BGD' | 'QLNN' | 'SN';
  registered: number;
  files?: string[];
  aliases?: string[];
}

export const DEPARTMENT_NAME = 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre';

export const BLOCKS = [
  { code: 'BGD', name: 'Ban Giám đốc Sở', registered: 32 },
  { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 48 },
  { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 50 },
] as const;

export const UNITS: UnitDef[] = [
  { code: 'BGD-SO', name: 'Ban Giám đốc Sở', block: 'BGD', registered: 32, files: ['ban-giam-doc*.xlsx'], aliases: ['Lãnh đạo Sở'] },

  { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 8, files: ['vanphong*.xlsx'], aliases: ['VP Sở'] },
  { code: 'TTRA', name: 'Thanh tra Sở', block: 'QLNN', registered: 7, files: ['thanh-tra*.xlsx'] },
  { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', block: 'QLNN', registered: 8, files: ['khtc*.xlsx'], aliases: ['Phòng KH-TC'] },
  {
    code: 'QLVHGD',
    name: 'Phòng Quản lý Văn hóa và Gia đình',
    block: 'QLNN',
    registered: 10,
    files: ['Phòng QLVHGĐ*.xlsx'],
    aliases: ['Phòng QLVH&GĐ'],
  },
  { code: 'QLTDTT', name: 'Phòng Quản lý Thể dục thể thao', block: 'QLNN', registered: 8, files: ['qltdtt*.xlsx'], aliases: ['Phòng QL TDTT'] },
  { code: 'QLDL', name: 'Phòng Quản lý Du lịch', block: 'QLNN', registered: 7, files: ['phong-du-lich*.xlsx'] },

  { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 8, files: ['Bảo tàng*.xlsx'], aliases: ['Bảo tàng Bến Tre'] },
  { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 8, files: ['thu-vien*.xlsx'], aliases: ['Thư viện tỉnh Bến Tre'] },
  // No `files`: found by its name in the workbook's title rows.
  { code: 'TTVHDA', name: 'Trung tâm Văn hóa - Điện ảnh', block: 'SN', registered: 10, aliases: ['TT Văn hóa - Điện ảnh'] },
  {
    code: 'TTHLTD',
    name: 'Trung tâm Huấn luyện và Thi đấu TDTT',
    block: 'SN',
    registered: 9,
    files: ['tt_huanluyen*.xlsx'],
    aliases: ['Trung tâm Huấn luyện và Thi đấu Thể dục thể thao'],
  },
  // No `files` either.
  { code: 'TTXTDL', name: 'Trung tâm Thông tin Xúc tiến Du lịch', block: 'SN', registered: 7, aliases: ['TT Thông tin Xúc tiến Du lịch'] },
  { code: 'BQLDT', name: 'Ban Quản lý Di tích', block: 'SN', registered: 8, files: ['bql_di_tich*.xlsx'], aliases: ['BQL Di tích'] },
];

export const PROVINCIAL_TASKS: { code: string; title: string }[] = [
  { code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa lần thứ VI năm 2023 gắn với Tuần lễ Văn hóa - Du lịch Bến Tre' },
  { code: 'UBT-002', title: 'Tổ chức Lễ kỷ niệm 63 năm Ngày Đồng khởi (17/01/1960 - 17/01/2023)' },
  { code: 'UBT-003', title: 'Xây dựng Đề án phát triển du lịch tỉnh Bến Tre giai đoạn 2023 - 2025, tầm nhìn đến năm 2030' },
  { code: 'UBT-004', title: 'Tu bổ, tôn tạo các di tích lịch sử - văn hóa bị xuống cấp' },
  { code: 'UBT-005', title: 'Lập hồ sơ khoa học đề nghị xếp hạng di tích cấp tỉnh năm 2023' },
  { code: 'UBT-006', title: 'Tham gia thi đấu các giải thể thao quốc gia, phấn đấu đạt từ 40 huy chương trở lên' },
  { code: 'UBT-007', title: 'Triển khai Chương trình phát triển văn hóa đọc trong cộng đồng' },
  { code: 'UBT-008', title: 'Thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2023' },
  { code: 'UBT-009', title: 'Triển khai Chiến lược phát triển gia đình Việt Nam; phòng, chống bạo lực gia đình' },
  { code: 'UBT-010', title: 'Chuyển đổi số trong lĩnh vực văn hóa, thể thao và du lịch' },
  { code: 'UBT-011', title: 'Nâng cao Chỉ số cải cách hành chính; giải quyết hồ sơ thủ tục hành chính đúng hạn' },
  { code: 'UBT-012', title: 'Xúc tiến, quảng bá du lịch trong và ngoài nước năm 2023' },
  { code: 'UBT-013', title: 'Thanh tra, kiểm tra hoạt động kinh doanh dịch vụ văn hóa, thể thao, du lịch và quảng cáo' },
  { code: 'UBT-014', title: 'Giải ngân vốn đầu tư công năm 2023 đạt trên 95% kế hoạch' },
  { code: 'UBT-015', title: 'Tổ chức các giải thể thao truyền thống chào mừng các ngày lễ lớn của tỉnh' },
  { code: 'UBT-016', title: 'Điều chỉnh Quy hoạch quảng cáo ngoài trời trên địa bàn tỉnh' },
  { code: 'UBT-017', title: 'Nâng cao hiệu quả hoạt động thiết chế văn hóa cơ sở; chiếu phim lưu động vùng sâu, vùng xa' },
];

export const EMULATION_GRADES = [
  { grade: 'Hoàn thành xuất sắc nhiệm vụ', minRate: 0.95 },
  { grade: 'Hoàn thành tốt nhiệm vụ', minRate: 0.85 },
  { grade: 'Hoàn thành nhiệm vụ', minRate: 0.7 },
  { grade: 'Không hoàn thành nhiệm vụ', minRate: 0 },
];

/** The letterhead of the written report and the commitment forms; the signer is the Director, whose
 *  own commitments are on the sheet "Phan Văn Thạnh" of ban-giam-doc-2023.xlsx. */
export const LETTERHEAD = {
  parent: 'UBND TỈNH BẾN TRE',
  agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  symbol: 'SVHTTDL',
  place: 'Bến Tre',
  signer: { title: 'GIÁM ĐỐC', name: 'Phan Văn Thạnh' },
};

export function departmentJson(): object {
  return {
    // For editors: completion and checking against the published schema (npm run schema).
    $schema: '../schema/department.schema.json',
    name: DEPARTMENT_NAME,
    year: 2023,
    blocks: BLOCKS.map((b) => ({ ...b })),
    units: UNITS.map((u) => ({ ...u })),
    provincialTasks: PROVINCIAL_TASKS,
    emulation: { grades: EMULATION_GRADES },
    letterhead: LETTERHEAD,
  };
}

export function unitByCode(code: string): UnitDef {
  const u = UNITS.find((x) => x.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
}
