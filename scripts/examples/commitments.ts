// The commitments of every unit, as a table per unit. Each row says what the task is, its deadline
// (the text as the clerk wrote it, and the day it means), and its state in June (and in May when it
// differs from the default, see mayOf in model.ts). Planted mistakes are ordinary data here — an
// unreadable deadline, a progress of 120, a status text that names no status… — each marked with a
// comment `// MISTAKE`; the generator finds them again with its own checks and lists them.
import {
  type Task,
  by,
  doing,
  done,
  garbled,
  monthly,
  NO_DEADLINE,
  on,
  ongoing,
  other,
  pct,
  saying,
  stopped,
  todo,
  unreadableCompletion,
  unreadableProgress,
} from './model';

// ---- Ban Giám đốc: one sheet per leader -------------------------------------------------------

export interface Leader {
  name: string;
  position: string;
  /** How the owner is named above the table (null: only the sheet's name says who it is). */
  ownerLine: 'Người cam kết' | 'Người đăng ký' | 'Họ và tên' | null;
  tasks: Task[];
}

export const LEADERS: Leader[] = [
  {
    name: 'Phan Văn Thạnh',
    position: 'Giám đốc Sở',
    ownerLine: 'Người cam kết',
    tasks: [
      {
        title: 'Chỉ đạo tổ chức Lễ kỷ niệm 63 năm Ngày Đồng khởi (17/01/1960 - 17/01/2023)',
        target: 'Tổ chức trang trọng, an toàn, tiết kiệm',
        deadline: by('Tháng 1/2023', '2023-01-31'),
        provincialTask: 'UBT-002',
        jun: done('2023-01-17'),
      },
      {
        title: 'Chỉ đạo tổ chức Lễ hội Dừa lần thứ VI năm 2023',
        target: 'Lễ hội thành công, thu hút trên 200.000 lượt khách',
        deadline: by('Quý II/2023', '2023-06-30'),
        provincialTask: 'UBT-001',
        jun: done('2023-04-16'),
      },
      {
        title: 'Chỉ đạo xây dựng Đề án phát triển du lịch giai đoạn 2023 - 2025, tầm nhìn đến năm 2030',
        target: 'Đề án trình UBND tỉnh phê duyệt',
        deadline: by('Quý III/2023', '2023-09-30'),
        provincialTask: 'UBT-003',
        jun: doing(60),
      },
      {
        title: 'Chỉ đạo giải ngân vốn đầu tư công năm 2023',
        target: 'Giải ngân đạt trên 95% kế hoạch vốn được giao',
        deadline: by('Năm 2023', '2023-12-31'),
        provincialTask: 'UBT-014',
        jun: doing(42),
      },
      {
        title: 'Chỉ đạo nâng cao Chỉ số cải cách hành chính (PAR INDEX) của Sở',
        target: 'Chỉ số PAR INDEX năm 2023 tăng ít nhất 02 bậc',
        deadline: by('Năm 2023', '2023-12-31'),
        provincialTask: 'UBT-011',
        jun: doing(50),
      },
      {
        title: 'Chủ trì sơ kết 6 tháng đầu năm thực hiện nhiệm vụ chính trị của Ngành',
        target: 'Báo cáo sơ kết; Hội nghị sơ kết 6 tháng',
        deadline: by('6 tháng đầu năm', '2023-06-30'),
        // MISTAKE bad-date: the completion date typed with one digit too many (28/6/2023). Done by
        // the deadline as of 30/6, so still on time, with no date asked for.
        jun: unreadableCompletion('28/6/20233', done()),
        may: doing(80),
      },
      {
        title: 'Chỉ đạo công tác chuyển đổi số của Ngành',
        target: '100% văn bản điện tử được ký số; 80% hồ sơ thủ tục hành chính trực tuyến toàn trình',
        deadline: ongoing('Thường xuyên'),
        provincialTask: 'UBT-010',
        jun: doing(55),
      },
      {
        title: 'Chủ trì tổng kết công tác thi đua, khen thưởng năm 2023',
        target: 'Hội nghị tổng kết; hồ sơ đề nghị khen thưởng',
        deadline: by('Tháng 12/2023', '2023-12-31'),
        jun: todo(0),
      },
    ],
  },
  {
    name: 'Lê Thị Mỹ Hạnh',
    position: 'Phó Giám đốc',
    ownerLine: 'Người đăng ký',
    tasks: [
      {
        title: 'Chỉ đạo tu bổ, tôn tạo các di tích lịch sử - văn hóa bị xuống cấp',
        target: 'Hoàn thành tu bổ 03 di tích cấp tỉnh',
        deadline: by('Quý IV/2023', '2023-12-31'),
        provincialTask: 'UBT-004',
        jun: doing(35),
      },
      {
        title: 'Chỉ đạo lập hồ sơ khoa học xếp hạng di tích cấp tỉnh',
        target: '03 hồ sơ khoa học trình UBND tỉnh',
        deadline: garbled('31/6/2023'), // MISTAKE bad-deadline: June has 30 days
        provincialTask: 'UBT-005',
        jun: doing(70),
      },
      {
        title: 'Chỉ đạo thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
        target: '90% hộ gia đình đạt danh hiệu Gia đình văn hóa',
        deadline: by('Năm 2023', '2023-12-31'),
        provincialTask: 'UBT-008',
        jun: doing(50),
      },
      {
        title: 'Chỉ đạo công tác gia đình; phòng, chống bạo lực gia đình',
        target: 'Tổ chức Ngày Gia đình Việt Nam 28/6; giảm 10% số vụ bạo lực gia đình',
        deadline: by('Quý II/2023', '2023-06-30'),
        provincialTask: 'UBT-009',
        jun: done('2023-06-28'),
      },
      {
        title: 'Chỉ đạo tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2',
        target: 'Chuỗi hoạt động hưởng ứng tại 9/9 huyện, thành phố',
        deadline: by('Tháng 4/2023', '2023-04-30'),
        provincialTask: 'UBT-007',
        jun: done('2023-04-21'),
      },
      {
        title: 'Chỉ đạo điều chỉnh Quy hoạch quảng cáo ngoài trời tỉnh',
        target: 'Quy hoạch điều chỉnh trình UBND tỉnh phê duyệt',
        deadline: by('Quý III/2023', '2023-09-30'),
        provincialTask: 'UBT-016',
        jun: doing(40),
      },
      {
        title: 'Chỉ đạo nâng chất hoạt động thiết chế văn hóa cơ sở',
        target: '100% xã có Trung tâm Văn hóa - Thể thao hoạt động thường xuyên',
        deadline: by('Trong năm', '2023-12-31'),
        provincialTask: 'UBT-017',
        jun: doing(45),
      },
      {
        title: 'Chỉ đạo tổ chức Liên hoan Đờn ca tài tử tỉnh Bến Tre năm 2023',
        target: 'Liên hoan có 9/9 huyện, thành phố tham gia',
        deadline: by('Tháng 9/2023', '2023-09-30'),
        jun: todo(0),
      },
    ],
  },
  {
    name: 'Huỳnh Minh Trí',
    position: 'Phó Giám đốc',
    ownerLine: 'Họ và tên',
    tasks: [
      {
        title: 'Chỉ đạo Đoàn vận động viên tỉnh tham gia các giải thể thao quốc gia',
        target: 'Đạt từ 40 huy chương các loại trở lên',
        deadline: by('Năm 2023', '2023-12-31'),
        provincialTask: 'UBT-006',
        jun: doing(45),
      },
      {
        title: 'Chỉ đạo tổ chức Giải Việt dã chào mừng Ngày Đồng khởi',
        target: '01 giải, trên 600 vận động viên tham gia',
        deadline: by('Quý I/2023', '2023-03-31'),
        provincialTask: 'UBT-015',
        jun: done('2023-01-12'),
      },
      {
        title: 'Chỉ đạo tổ chức các giải thể thao cấp tỉnh năm 2023',
        target: '12 giải thể thao cấp tỉnh',
        deadline: by('Từ tháng 3 đến tháng 11/2023', '2023-11-30'),
        provincialTask: 'UBT-015',
        jun: doing(50),
      },
      {
        title: 'Chỉ đạo phát triển phong trào thể dục thể thao quần chúng',
        target: '34% dân số luyện tập thể dục thể thao thường xuyên',
        deadline: by('Năm 2023', '2023-12-31'),
        jun: done(undefined, 60), // MISTAKE status-progress-mismatch: "Đã hoàn thành" at 60 %
        may: doing(50),
      },
      {
        title: 'Chỉ đạo công tác tuyển chọn, đào tạo vận động viên năng khiếu',
        target: 'Tuyển chọn 40 vận động viên năng khiếu mới',
        deadline: by('Tháng 8/2023', '2023-08-31'),
        jun: doing(70),
      },
      {
        title: 'Chỉ đạo kiểm tra cơ sở kinh doanh hoạt động thể thao',
        target: 'Kiểm tra 30 cơ sở',
        deadline: by('9 tháng', '2023-09-30'),
        provincialTask: 'UBT-013',
        jun: doing(55),
      },
      {
        title: 'Chỉ đạo tổ chức Hội thao công chức, viên chức, người lao động của Ngành',
        target: '01 Hội thao, 8 môn thi đấu',
        deadline: by('Quý II/2023', '2023-06-30'),
        jun: saying('Hoàn thành', done('2023-05-19')),
      },
      {
        title: 'Chỉ đạo xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao các cấp',
        target: 'Kế hoạch trình UBND tỉnh ban hành',
        deadline: by('Quý IV/2023', '2023-12-31'),
        jun: todo(0),
      },
    ],
  },
  {
    name: 'Võ Thị Kim Loan',
    position: 'Phó Giám đốc',
    ownerLine: null, // only the sheet's name says whose tasks these are
    tasks: [
      {
        title: 'Chỉ đạo hoạt động xúc tiến, quảng bá du lịch năm 2023',
        target: 'Tham gia 05 hội chợ, sự kiện du lịch trong và ngoài nước',
        deadline: by('Năm 2023', '2023-12-31'),
        provincialTask: 'UBT-012',
        jun: doing(50),
      },
      {
        title: 'Chỉ đạo tổ chức Tuần lễ Văn hóa - Du lịch Bến Tre gắn với Lễ hội Dừa',
        target: 'Tuần lễ với 20 hoạt động văn hóa, du lịch',
        deadline: by('Tháng 4/2023', '2023-04-30'),
        provincialTask: 'UBT-001',
        jun: done('2023-04-16'),
      },
      {
        title: 'Chỉ đạo phát triển sản phẩm du lịch cộng đồng, du lịch nông thôn',
        target: 'Công nhận 02 điểm du lịch mới',
        deadline: by('Quý III/2023', '2023-09-30'),
        jun: doing(40),
      },
      {
        title: 'Chỉ đạo nâng cao chất lượng dịch vụ lưu trú, lữ hành',
        target: 'Tập huấn nghiệp vụ cho 200 lượt người lao động du lịch',
        deadline: by('Tháng 10/2023', '2023-10-31'),
        jun: doing(30),
      },
      {
        title: 'Chỉ đạo số hóa dữ liệu du lịch, vận hành ứng dụng du lịch thông minh',
        target: '100% cơ sở lưu trú được cập nhật lên Cổng thông tin du lịch',
        deadline: by('Quý IV/2023', '2023-12-31'),
        provincialTask: 'UBT-010',
        jun: doing(25),
      },
      {
        title: 'Chỉ đạo kiểm tra hoạt động kinh doanh lữ hành, lưu trú dịp cao điểm',
        target: 'Kiểm tra 20 cơ sở',
        deadline: ongoing('Hằng quý'),
        provincialTask: 'UBT-013',
        jun: doing(50),
      },
      {
        title: 'Chỉ đạo công tác thống kê du lịch',
        target: 'Báo cáo số liệu khách, doanh thu du lịch định kỳ',
        deadline: ongoing('Hằng tháng'),
        jun: doing(null),
      },
      {
        title: 'Chỉ đạo khảo sát, đánh giá tài nguyên du lịch các cù lao',
        target: 'Báo cáo đánh giá tài nguyên du lịch',
        deadline: by('Quý I/2023', '2023-03-31'),
        jun: doing(80),
        may: doing(70),
      },
    ],
  },
];

// ---- Phòng Quản lý Văn hóa và Gia đình (national header, two-row header, Roman sections) --------

const VH = 'LĨNH VỰC VĂN HÓA';
const GD = 'LĨNH VỰC GIA ĐÌNH';
const QC = 'LĨNH VỰC QUẢNG CÁO';

export const QLVHGD_TASKS: Task[] = [
  {
    section: VH,
    title: 'Tham mưu tổ chức Liên hoan Đờn ca tài tử tỉnh năm 2023',
    target: 'Kế hoạch tổ chức; Liên hoan có 9 đội tham gia',
    start: '01/6/2023',
    deadline: by('Tháng 9/2023', '2023-09-30'),
    owner: 'Trần Quốc Việt',
    jun: doing(20),
    may: todo(0),
  },
  {
    section: VH,
    title: 'Thẩm định hồ sơ công nhận danh hiệu văn hóa năm 2023',
    target: 'Công nhận 95% ấp, khu phố văn hóa',
    start: '02/01/2023',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Lâm Văn Tài',
    provincialTask: 'UBT-008',
    jun: doing(40),
  },
  {
    section: VH,
    title: 'Hướng dẫn, kiểm tra tổ chức lễ hội truyền thống năm 2023',
    target: '100% lễ hội được hướng dẫn, kiểm tra',
    start: '02/01/2023',
    deadline: garbled('Sau Tết'), // MISTAKE bad-deadline
    owner: 'Nguyễn Thị Ngọc Hân',
    jun: doing(80),
  },
  {
    section: VH,
    title: 'Tham mưu Kế hoạch thực hiện Chương trình phát triển văn hóa đọc',
    target: 'Kế hoạch được UBND tỉnh ban hành',
    start: '01/3/2023',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Đặng Thị Thu Thảo',
    provincialTask: 'UBT-007',
    jun: done(),
  },
  {
    section: GD,
    title: 'Tham mưu tổ chức Ngày Gia đình Việt Nam 28/6/2023',
    target: 'Hội thi "Gia đình hạnh phúc" cấp tỉnh',
    start: '02/5/2023',
    deadline: by('30/6/2023', '2023-06-30'),
    owner: 'Đặng Thị Thu Thảo',
    provincialTask: 'UBT-009',
    jun: done(),
    may: doing(60),
  },
  {
    section: GD,
    title: 'Duy trì, nhân rộng mô hình phòng, chống bạo lực gia đình',
    target: 'Duy trì 164 mô hình; xây dựng mới 10 mô hình',
    start: '01/02/2023',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Trần Quốc Việt',
    provincialTask: 'UBT-009',
    jun: unreadableProgress(120, doing(null)), // MISTAKE bad-progress: 120 %
    may: doing(45),
  },
  {
    section: GD,
    title: 'Tổng hợp số liệu thống kê về gia đình và phòng, chống bạo lực gia đình',
    target: 'Báo cáo định kỳ đúng hạn',
    start: '02/01/2023',
    deadline: ongoing('Thường xuyên'),
    owner: 'Lâm Văn Tài',
    jun: doing(null),
  },
  {
    section: QC,
    title: 'Tham mưu điều chỉnh Quy hoạch quảng cáo ngoài trời tỉnh Bến Tre',
    target: 'Dự thảo Quy hoạch điều chỉnh trình UBND tỉnh',
    start: '01/3/2023',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Nguyễn Thị Ngọc Hân',
    provincialTask: 'UBT-016',
    jun: doing(45),
  },
  {
    section: QC,
    title: 'Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn',
    target: '100% hồ sơ giải quyết đúng hạn',
    start: '02/01/2023',
    deadline: ongoing('Hằng tháng'),
    owner: 'Lâm Văn Tài',
    provincialTask: 'UBT-011',
    jun: doing(null),
    notes: 'Thực hiện trên Cổng dịch vụ công',
  },
  {
    section: QC,
    title: 'Phối hợp kiểm tra, xử lý quảng cáo sai quy định trên Quốc lộ 60 và Quốc lộ 57',
    target: 'Kiểm tra 100% tuyến quốc lộ qua địa bàn tỉnh',
    start: '01/3/2023',
    deadline: by('Từ tháng 3 đến tháng 9/2023', '2023-09-30'),
    owner: 'Trần Quốc Việt',
    jun: doing(60),
    notes: 'Phối hợp Thanh tra Sở',
  },
];

// ---- Trung tâm Văn hóa - Điện ảnh (national header, letter sections, progress as text) ----------

const VN = 'HOẠT ĐỘNG VĂN HÓA - VĂN NGHỆ';
const DA = 'ĐIỆN ẢNH - CHIẾU PHIM LƯU ĐỘNG';
const TT = 'TUYÊN TRUYỀN CỔ ĐỘNG TRỰC QUAN';

export const TTVHDA_TASKS: Task[] = [
  {
    section: VN,
    title: 'Dàn dựng chương trình nghệ thuật phục vụ Lễ kỷ niệm 63 năm Ngày Đồng khởi',
    target: '01 chương trình nghệ thuật tổng hợp',
    deadline: by('Tháng 1/2023', '2023-01-31'),
    owner: 'Lý Minh Tâm',
    provincialTask: 'UBT-002',
    // Done, with no completion date, deadline long past: done_late by PRODUCT.md's rule (see README).
    jun: done(),
  },
  {
    section: VN,
    title: 'Tổ chức Hội diễn văn nghệ quần chúng tỉnh Bến Tre năm 2023',
    target: '01 Hội diễn, 9 đơn vị tham gia',
    deadline: by('Tháng 8/2023', '2023-08-31'),
    owner: 'Nguyễn Thị Bảo Trân',
    jun: doing(30),
  },
  {
    section: VN,
    title: 'Tổ chức chương trình nghệ thuật phục vụ Lễ hội Dừa lần thứ VI',
    target: '03 đêm biểu diễn nghệ thuật',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Lý Minh Tâm',
    provincialTask: 'UBT-001',
    jun: done(),
  },
  {
    section: VN,
    title: 'Tổ chức các đêm văn nghệ phục vụ nhân dân dịp lễ, Tết',
    target: '24 buổi biểu diễn',
    deadline: ongoing('Thường xuyên'),
    owner: 'Nguyễn Thị Bảo Trân',
    jun: doing(50),
  },
  {
    section: DA,
    title: 'Chiếu phim lưu động phục vụ vùng sâu, vùng xa',
    target: '480 buổi chiếu phim',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Lý Minh Tâm',
    provincialTask: 'UBT-017',
    jun: doing(62.5),
    may: doing(45),
  },
  {
    section: DA,
    title: 'Tổ chức Tuần phim kỷ niệm Ngày Thương binh - Liệt sĩ 27/7',
    target: '01 Tuần phim tại 9 huyện, thành phố',
    deadline: by('Tháng 7/2023', '2023-07-31'),
    owner: 'Nguyễn Thị Bảo Trân',
    jun: todo(0),
  },
  {
    section: DA,
    title: 'Sửa chữa, nâng cấp trang thiết bị chiếu phim lưu động',
    target: '02 bộ máy chiếu kỹ thuật số',
    deadline: garbled('Tháng 13/2023'), // MISTAKE bad-deadline: there is no 13th month
    owner: 'Lý Minh Tâm',
    jun: doing(40),
  },
  {
    section: DA,
    // MISTAKE duplicate-commitment: the same title as above, copied and pasted
    title: 'Chiếu phim lưu động phục vụ vùng sâu, vùng xa',
    target: 'Phục vụ 30 xã vùng sâu, vùng xa',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Lý Minh Tâm',
    jun: doing(50),
  },
  {
    section: TT,
    title: 'Thực hiện tuyên truyền cổ động trực quan các ngày lễ lớn',
    target: '100% sự kiện có pa-nô, băng-rôn, cờ phướn',
    deadline: ongoing('Hằng quý'),
    owner: 'Nguyễn Thị Bảo Trân',
    jun: doing(null),
  },
  {
    section: TT,
    title: 'Tổ chức triển lãm ảnh nghệ thuật "Bến Tre - Xứ Dừa hôm nay"',
    target: '01 triển lãm, 120 tác phẩm',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Lý Minh Tâm',
    jun: doing(15),
  },
];

// ---- Văn phòng Sở (plain list, typed without diacritics, date cells) ---------------------------
// Written here with diacritics for readability; the renderer strips them, as the clerk typed them.

export const VP_TASKS: Task[] = [
  {
    title: 'Tham mưu tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023',
    target: 'Báo cáo sơ kết; Hội nghị sơ kết',
    deadline: on('2023-06-30'),
    owner: 'Trần Thị Thu Hà',
    jun: done(),
    may: doing(60),
  },
  {
    title: 'Vận hành hệ thống quản lý văn bản và điều hành, chữ ký số',
    target: '100% văn bản đi được ký số',
    deadline: on('2023-12-31'),
    owner: 'Nguyễn Văn Lộc',
    jun: doing(100), // MISTAKE status-progress-mismatch: 100 % but "Dang thuc hien"
    may: doing(90),
  },
  {
    title: 'Giải quyết thủ tục hành chính tại Bộ phận Một cửa',
    target: '100% hồ sơ giải quyết đúng hạn',
    deadline: on('2023-12-31'),
    owner: 'Phạm Minh Khoa',
    jun: doing(50),
  },
  {
    title: 'Tham mưu công tác thi đua, khen thưởng năm 2023',
    target: 'Kế hoạch phát động thi đua; hồ sơ khen thưởng',
    deadline: on('2023-11-30'),
    owner: 'Trần Thị Thu Hà',
    jun: doing(40),
  },
  {
    title: 'Rà soát, sửa đổi Quy chế làm việc và Quy chế chi tiêu nội bộ',
    target: 'Quy chế sửa đổi được ban hành',
    deadline: on('2023-06-15'), // newly overdue in June: under way in May, past its day in June
    owner: 'Nguyễn Văn Lộc',
    jun: doing(70),
    may: doing(50),
  },
  {
    title: 'Nâng cấp Trang thông tin điện tử của Sở',
    target: 'Trang thông tin đạt yêu cầu theo Nghị định 42/2022/NĐ-CP',
    deadline: on('2023-09-30'),
    owner: 'Phạm Minh Khoa',
    jun: doing(35),
  },
  {
    title: 'Thực hiện công tác văn thư, lưu trữ; số hóa tài liệu lưu trữ',
    target: 'Số hóa 5.000 trang tài liệu',
    deadline: on('2023-12-29'),
    owner: 'Nguyễn Văn Lộc',
    jun: todo(0),
  },
  {
    title: 'Tham mưu báo cáo tổng kết năm 2023 và phương hướng năm 2024',
    target: 'Báo cáo tổng kết năm',
    deadline: on('2023-12-15'),
    owner: 'Trần Thị Thu Hà',
    jun: todo(0),
  },
];

// ---- Thanh tra Sở (legacy TCVN3 workbook) ------------------------------------------------------
// In TCVN3's normal fonts most capitals with diacritics do not exist; titles avoid them, as clerks did.

export const TTRA_TASKS: Task[] = [
  {
    title: 'Thanh tra việc chấp hành pháp luật trong kinh doanh karaoke, vũ trường',
    target: '01 cuộc thanh tra, 15 cơ sở',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Bùi Văn Dũng',
    jun: doing(30),
  },
  {
    title: 'Kiểm tra hoạt động quảng cáo ngoài trời trên địa bàn thành phố Bến Tre',
    target: 'Kiểm tra 40 bảng quảng cáo',
    deadline: by('Tháng 8/2023', '2023-08-31'),
    owner: 'Ngô Thị Thanh Tuyền',
    jun: doing(25),
  },
  {
    title: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
    target: '100% đơn thư được xử lý đúng hạn',
    deadline: ongoing('Thường xuyên'),
    owner: 'Bùi Văn Dũng',
    jun: doing(null),
  },
  {
    title: 'Thanh tra công tác quản lý tài chính tại 01 đơn vị sự nghiệp trực thuộc',
    target: 'Kết luận thanh tra',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Ngô Thị Thanh Tuyền',
    jun: done(),
    may: doing(75),
  },
  {
    title: 'Kiểm tra việc thực hiện kết luận thanh tra năm 2022',
    target: 'Báo cáo kết quả kiểm tra',
    deadline: by('30/4/2023', '2023-04-30'),
    owner: 'Bùi Văn Dũng',
    jun: saying('Chưa hoàn thành', todo(null)), // "Chưa hoàn thành" is NOT done: overdue
  },
  {
    title: 'Công tác phòng, chống tham nhũng, tiêu cực',
    target: 'Báo cáo định kỳ hằng quý',
    deadline: ongoing('Hằng quý'),
    owner: 'Ngô Thị Thanh Tuyền',
    jun: doing(null),
  },
  {
    title: 'Kiểm tra cơ sở lưu trú du lịch dịp lễ 30/4 - 1/5 và hè 2023',
    target: 'Kiểm tra 20 cơ sở lưu trú',
    deadline: by('Tháng 7/2023', '2023-07-31'),
    owner: 'Bùi Văn Dũng',
    jun: doing(60),
  },
];

// ---- Phòng Kế hoạch - Tài chính (formulas, a comment, completion dates) -------------------------

export const KHTC_TASKS: Task[] = [
  {
    title: 'Tham mưu giao dự toán ngân sách năm 2023 cho các đơn vị trực thuộc',
    target: 'Quyết định giao dự toán',
    deadline: by('31/01/2023', '2023-01-31'),
    owner: 'Trương Công Danh',
    jun: saying('Hoàn thành', done('2023-01-20')),
    budget: 0,
  },
  {
    title: 'Theo dõi, đôn đốc giải ngân vốn đầu tư công năm 2023',
    target: 'Giải ngân đạt 95% kế hoạch vốn',
    deadline: by('31-12-2023', '2023-12-31'),
    owner: 'Trương Công Danh',
    provincialTask: 'UBT-014',
    jun: doing(42),
    may: doing(30),
    progressFormula: 'ROUND(14.2/33.8*100,0)', // 14,2 of 33,8 tỷ đồng disbursed
    budget: 33800,
  },
  {
    title: 'Thẩm định quyết toán dự án tu bổ di tích hoàn thành năm 2022',
    target: '02 hồ sơ quyết toán',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Mai Thị Hồng Nhung',
    jun: saying('Hoàn thành', done('2023-06-16')),
    budget: 120,
  },
  {
    title: 'Xây dựng dự toán ngân sách năm 2024 của Sở',
    target: 'Hồ sơ dự toán gửi Sở Tài chính',
    deadline: by('Tháng 7/2023', '2023-07-31'),
    owner: 'Phạm Thị Yến',
    jun: doing(60), // progress gone backwards: 70 % in May
    may: doing(70),
    progressNote: 'Điều chỉnh giảm tiến độ do phải cập nhật số liệu theo hướng dẫn mới của Sở Tài chính.',
    budget: 15,
  },
  {
    title: 'Tham mưu phân bổ kinh phí tổ chức Lễ hội Dừa lần thứ VI',
    target: 'Phương án kinh phí được phê duyệt',
    deadline: by('Tháng 3/2023', '2023-03-31'),
    owner: 'Trương Công Danh',
    provincialTask: 'UBT-001',
    jun: saying('Hoàn thành', done('2023-03-10')),
    budget: 4500,
  },
  {
    title: 'Kiểm tra công tác tài chính, kế toán tại các đơn vị sự nghiệp',
    target: 'Kiểm tra 06 đơn vị sự nghiệp',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Mai Thị Hồng Nhung',
    provincialTask: 'UBT-099', // MISTAKE unknown-provincial-task: no such code in the department file
    jun: doing(30),
    budget: 20,
  },
  {
    title: 'Tham mưu phương án tự chủ tài chính của đơn vị sự nghiệp giai đoạn 2023 - 2025',
    target: 'Phương án tự chủ trình UBND tỉnh',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Phạm Thị Yến',
    jun: doing(45),
    budget: 0,
  },
  {
    title: 'Tổng hợp báo cáo thống kê ngành, báo cáo kế hoạch định kỳ',
    target: 'Báo cáo gửi đúng hạn',
    deadline: ongoing('Hằng tháng'),
    owner: 'Phạm Thị Yến',
    jun: doing(null),
    budget: 0,
  },
];

// ---- Phòng Quản lý Thể dục thể thao (Thời gian thực hiện › Từ ngày / Đến ngày, completion date) --

export const QLTDTT_TASKS: Task[] = [
  {
    title: 'Tham mưu Kế hoạch tham gia thi đấu các giải thể thao quốc gia năm 2023',
    target: 'Kế hoạch được phê duyệt',
    start: '2023-01-02',
    deadline: on('2023-02-28'),
    owner: 'Đoàn Văn Kiệt',
    provincialTask: 'UBT-006',
    jun: done('2023-02-15'),
  },
  {
    title: 'Tổ chức Giải Việt dã truyền thống chào mừng Ngày Đồng khởi',
    target: '01 giải, 600 vận động viên',
    start: '2023-01-03',
    deadline: on('2023-01-15'),
    owner: 'Châu Minh Luân',
    provincialTask: 'UBT-015',
    jun: done('2023-01-08'),
  },
  {
    title: 'Hướng dẫn phát triển phong trào thể dục thể thao quần chúng tại cơ sở',
    target: '34% dân số tập luyện thường xuyên',
    start: '2023-01-02',
    deadline: on('2023-12-31'),
    owner: 'Hồ Thị Mộng Tuyền',
    jun: doing(50),
  },
  {
    title: 'Tổ chức Giải Bóng chuyền nam, nữ tỉnh Bến Tre năm 2023',
    target: '01 giải, 16 đội tham gia',
    start: '2023-05-01',
    deadline: on('2023-05-20'),
    owner: 'Châu Minh Luân',
    provincialTask: 'UBT-015',
    jun: done('2023-05-25'), // finished five days late
  },
  {
    title: 'Thẩm định, cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao',
    target: '100% hồ sơ giải quyết đúng hạn',
    start: '2023-01-02',
    deadline: ongoing('Thường xuyên'),
    owner: 'Hồ Thị Mộng Tuyền',
    jun: doing(null),
  },
  {
    title: 'Tổ chức Hội thao người cao tuổi tỉnh Bến Tre năm 2023',
    target: '01 Hội thao, 5 môn thi đấu',
    start: '2023-08-01',
    deadline: on('2023-09-30'),
    owner: 'Hồ Thị Mộng Tuyền',
    jun: todo(0),
  },
  {
    title: 'Kiểm tra cơ sở kinh doanh hồ bơi, phòng tập thể hình dịp hè',
    target: 'Kiểm tra 25 cơ sở',
    start: '2023-06-01',
    deadline: on('2023-08-31'),
    owner: 'Đoàn Văn Kiệt',
    provincialTask: 'UBT-013',
    jun: doing(20),
    may: todo(0),
  },
  {
    title: 'Xây dựng Đề án phát triển thể thao thành tích cao giai đoạn 2023 - 2030',
    target: 'Đề án trình UBND tỉnh',
    start: '2023-03-01',
    deadline: on('2023-11-30'),
    owner: 'Đoàn Văn Kiệt',
    jun: saying('Đang triển khai', doing(35)),
  },
];

// ---- Phòng Quản lý Du lịch (section rows spanning the table, a chart) ----------------------------

const LH = 'Quản lý lữ hành, lưu trú du lịch';
const SP = 'Phát triển sản phẩm và xúc tiến du lịch';

export const QLDL_TASKS: Task[] = [
  {
    section: LH,
    title: 'Thẩm định, công nhận cơ sở lưu trú du lịch đạt tiêu chuẩn',
    target: 'Công nhận 10 cơ sở lưu trú',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Lê Hoàng Nam',
    jun: doing(40),
  },
  {
    section: LH,
    title: 'Cấp, cấp đổi thẻ hướng dẫn viên du lịch',
    target: '100% hồ sơ giải quyết đúng hạn',
    deadline: ongoing('Liên tục'),
    owner: 'Lê Hoàng Nam',
    provincialTask: 'UBT-011',
    jun: doing(null),
  },
  {
    section: LH,
    title: 'Tập huấn nghiệp vụ cho người làm du lịch cộng đồng',
    target: '02 lớp, 150 học viên',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Dương Thị Kim Phượng',
    jun: doing(25),
  },
  {
    section: SP,
    title: 'Tham mưu xây dựng Đề án phát triển du lịch giai đoạn 2023 - 2025',
    target: 'Dự thảo Đề án',
    deadline: by('Tháng 9/2023', '2023-09-30'),
    owner: 'Dương Thị Kim Phượng',
    provincialTask: 'UBT-003',
    jun: doing(60),
  },
  {
    section: SP,
    title: 'Phát triển sản phẩm du lịch đêm tại thành phố Bến Tre',
    target: '01 sản phẩm du lịch mới',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Lê Hoàng Nam',
    jun: stopped(),
    notes: 'Chuyển sang thực hiện năm 2024',
  },
  {
    section: SP,
    title: '', // MISTAKE missing-title: number, owner and deadline, but no title
    target: 'Báo cáo kết quả khảo sát',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Lê Hoàng Nam',
    jun: doing(20),
  },
  {
    section: SP,
    title: 'Phối hợp tổ chức Hội nghị kết nối cung cầu du lịch Bến Tre - Thành phố Hồ Chí Minh',
    target: '01 hội nghị, 100 doanh nghiệp tham dự',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Dương Thị Kim Phượng',
    provincialTask: 'UBT-012',
    jun: done(),
  },
];

// ---- Bảo tàng tỉnh (status as a mark under "Kết quả thực hiện", completion dates) ----------------

export const BT_TASKS: Task[] = [
  {
    title: 'Tổ chức trưng bày chuyên đề "Bến Tre - 63 năm Đồng khởi"',
    target: '01 chuyên đề, 150 hiện vật',
    deadline: by('Tháng 1/2023', '2023-01-31'),
    owner: 'Tô Văn Hiếu',
    jun: done('2023-01-14'),
  },
  {
    title: 'Số hóa hiện vật, tài liệu hiện vật của Bảo tàng',
    target: '500 hiện vật có hồ sơ số',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Lê Thị Cẩm Tú',
    jun: doing(null),
  },
  {
    title: 'Sưu tầm hiện vật về phong trào Đồng khởi',
    target: '50 hiện vật',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Tô Văn Hiếu',
    jun: doing(null),
  },
  {
    title: 'Tổ chức trưng bày lưu động phục vụ Lễ hội Dừa lần thứ VI',
    target: '01 cuộc trưng bày lưu động',
    deadline: by('Tháng 4/2023', '2023-04-30'),
    owner: 'Tô Văn Hiếu',
    jun: done('2023-04-12'),
  },
  {
    title: 'Kiểm kê, bảo quản hiện vật trong kho cơ sở',
    target: '100% hiện vật được kiểm kê',
    deadline: by('Tháng 6/2023', '2023-06-30'),
    owner: 'Lê Thị Cẩm Tú',
    jun: done('2023-06-29'),
  },
  {
    title: 'Giáo dục truyền thống cho học sinh tại Bảo tàng',
    target: 'Đón 8.000 lượt học sinh',
    deadline: ongoing('Thường xuyên'),
    owner: 'Nguyễn Thị Diễm My',
    jun: doing(null),
  },
  {
    title: 'Sửa chữa hệ thống chiếu sáng phòng trưng bày',
    target: 'Hoàn thành sửa chữa, đưa vào sử dụng',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Nguyễn Thị Diễm My',
    jun: todo(null),
  },
  {
    title: 'Xây dựng hệ thống thuyết minh tự động song ngữ Việt - Anh',
    target: '01 hệ thống thuyết minh tự động',
    deadline: by('Tháng 4/2023', '2023-04-30'),
    owner: 'Lê Thị Cẩm Tú',
    jun: doing(null),
  },
];

// ---- Thư viện tỉnh (progress as percent-formatted fractions, no status column) -----------------

export const TV_TASKS: Task[] = [
  {
    title: 'Phục vụ bạn đọc tại thư viện và thư viện lưu động',
    target: '180.000 lượt bạn đọc',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Phan Thanh Tùng',
    jun: pct(52),
  },
  {
    title: 'Bổ sung sách, báo, tài liệu mới cho kho sách',
    target: '1.800 bản sách mới', // target changed: 1.500 in May
    mayTarget: '1.500 bản sách mới',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Ngô Thị Ánh Tuyết',
    jun: pct(35),
  },
  {
    title: 'Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4',
    target: 'Chuỗi hoạt động hưởng ứng, 5.000 lượt người tham gia',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Trịnh Thị Bích Liên',
    jun: pct(100),
  },
  {
    title: 'Số hóa tài liệu địa chí Bến Tre',
    target: 'Số hóa 80,5% tài liệu địa chí hiện có',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Phan Thanh Tùng',
    jun: pct(40),
  },
  {
    title: 'Luân chuyển sách về thư viện cơ sở, trường học',
    target: '12.000 bản sách luân chuyển',
    deadline: by('9 tháng', '2023-09-30'),
    owner: 'Ngô Thị Ánh Tuyết',
    jun: pct(62.5),
    may: pct(45),
  },
  {
    title: 'Xây dựng mô hình thư viện thân thiện tại trường học',
    target: '05 thư viện trường học',
    deadline: NO_DEADLINE, // MISTAKE missing-deadline
    owner: 'Trịnh Thị Bích Liên',
    jun: pct(20),
  },
  {
    title: 'Tổ chức Cuộc thi Đại sứ Văn hóa đọc tỉnh Bến Tre năm 2023',
    target: '01 cuộc thi, 15.000 học sinh tham gia',
    deadline: by('Tháng 8/2023', '2023-08-31'),
    owner: 'Phan Thanh Tùng',
    jun: pct(75),
  },
  {
    title: 'Tập huấn nghiệp vụ thư viện cho cán bộ cơ sở',
    target: '01 lớp, 80 học viên',
    deadline: by('Tháng 11/2023', '2023-11-30'),
    owner: 'Ngô Thị Ánh Tuyết',
    jun: pct(0),
  },
  {
    // Gone in June: folded into "Phục vụ bạn đọc…" after the Sở asked for registered tasks only.
    title: 'Tổ chức trưng bày sách chuyên đề chào mừng các ngày lễ lớn',
    target: '06 chuyên đề trưng bày',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Ngô Thị Ánh Tuyết',
    jun: null,
    may: pct(30),
  },
];

// ---- Trung tâm Huấn luyện và Thi đấu TDTT (cumulative progress in month columns) ----------------

export const TTHLTD_TASKS: Task[] = [
  {
    title: 'Đào tạo vận động viên các đội tuyển tỉnh',
    target: 'Duy trì 180 vận động viên tập trung',
    deadline: by('Năm 2023', '2023-12-31'),
    owner: 'Võ Thành Công',
    jun: monthly(8, 16, 25, 33, 41, 50),
  },
  {
    title: 'Tham dự giải vô địch quốc gia các môn thế mạnh (điền kinh, vovinam, bơi)',
    target: 'Đạt 15 huy chương',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Trần Văn Phát',
    jun: monthly(0, 0, 10, 25, 40, 55),
  },
  {
    title: 'Tổ chức Giải Bóng đá thanh niên tỉnh Bến Tre năm 2023',
    target: '01 giải, 9 đội bóng',
    deadline: by('Quý II/2023', '2023-06-30'),
    owner: 'Huỳnh Thị Thu Sương',
    jun: monthly(0, 10, 40, 80, 100, 100),
  },
  {
    title: 'Tuyển chọn vận động viên năng khiếu năm 2023',
    target: '40 vận động viên năng khiếu',
    deadline: by('Tháng 8/2023', '2023-08-31'),
    owner: 'Trần Văn Phát',
    jun: monthly(0, 0, 0, 20, 35), // June not filled in yet: May's figure counts
  },
  {
    title: 'Tập huấn chuyên môn cho huấn luyện viên, trọng tài',
    target: '02 lớp tập huấn',
    deadline: by('Quý I/2023', '2023-03-31'),
    owner: 'Huỳnh Thị Thu Sương',
    jun: monthly(0, 0, 0, 0, 0, 0),
  },
  {
    title: 'Sửa chữa, bảo dưỡng sân vận động tỉnh và nhà thi đấu',
    target: 'Hoàn thành sửa chữa mái che khán đài',
    deadline: by('Quý II-III/2023', '2023-09-30'),
    owner: 'Võ Thành Công',
    jun: monthly(0, 0, 5, 15, 30, 45),
  },
  {
    title: 'Mở lớp dạy bơi phòng, chống đuối nước cho trẻ em dịp hè',
    target: '10 lớp, 500 trẻ em',
    deadline: by('Tháng 6-8/2023', '2023-08-31'),
    owner: 'Huỳnh Thị Thu Sương',
    jun: monthly(null, null, null, null, 10, 30),
  },
  {
    title: 'Tổ chức Giải Vovinam các câu lạc bộ tỉnh',
    target: '01 giải, 250 võ sinh',
    deadline: by('T6/2023', '2023-06-30'),
    owner: 'Trần Văn Phát',
    jun: monthly(0, 0, 0, 30, 60, 100), // done in June
  },
  {
    title: 'Hỗ trợ chuyên môn các giải thể thao quần chúng tại cơ sở',
    target: 'Hỗ trợ trọng tài, cơ sở vật chất theo đề nghị',
    deadline: ongoing('Thường xuyên'),
    owner: 'Võ Thành Công',
    jun: monthly(10, 20, 30, 40, 50, 60),
  },
];

// ---- Trung tâm Thông tin Xúc tiến Du lịch (offset table, progress as text) ---------------------

export const TTXTDL_TASKS: Task[] = [
  {
    title: 'Tham gia Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh năm 2023',
    target: '01 gian hàng quảng bá',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Lương Thị Kim Ngân',
    provincialTask: 'UBT-012',
    jun: doing(30),
  },
  {
    title: 'Biên soạn, phát hành ấn phẩm quảng bá du lịch Bến Tre năm 2023',
    target: '10.000 tờ gấp, 2.000 cẩm nang du lịch',
    deadline: by('Trước ngày 30/6/2023', '2023-06-30'),
    owner: 'Nguyễn Hữu Phước',
    jun: done(),
  },
  {
    title: 'Vận hành Cổng thông tin du lịch và trang mạng xã hội "Bến Tre Travel"',
    target: '200 tin, bài được đăng tải',
    deadline: ongoing('Hằng tháng'),
    owner: 'Lương Thị Kim Ngân',
    provincialTask: 'UBT-010',
    jun: doing(50),
  },
  {
    title: 'Khảo sát, xây dựng tour "Về miền Dừa" kết nối Thành phố Hồ Chí Minh',
    target: '01 đoàn khảo sát, 30 doanh nghiệp lữ hành',
    deadline: by('Chậm nhất 15/4/2023', '2023-04-15'),
    owner: 'Nguyễn Hữu Phước',
    jun: doing(70),
    may: doing(65),
  },
  {
    title: 'Sản xuất video clip quảng bá điểm đến Bến Tre',
    target: '05 video clip',
    deadline: by('Quý III/2023', '2023-09-30'),
    owner: 'Nguyễn Hữu Phước',
    jun: unreadableProgress('khoảng một nửa', doing(null)), // MISTAKE bad-progress
    may: doing(30),
  },
  {
    title: 'Lắp đặt bảng thông tin du lịch tại các điểm đến',
    target: '15 bảng thông tin',
    deadline: by('Quý IV/2023', '2023-12-31'),
    owner: 'Lương Thị Kim Ngân',
    jun: todo(0),
  },
  {
    title: 'Tổ chức chương trình giới thiệu điểm đến Bến Tre tại Hà Nội',
    target: '01 chương trình',
    deadline: by('Tháng 11/2023', '2023-11-30'),
    owner: 'Nguyễn Hữu Phước',
    jun: todo(null),
  },
  {
    // New in June, not registered: 8 found against 7 registered (count-mismatch, with the department file).
    title: 'Phối hợp đón đoàn khảo sát doanh nghiệp lữ hành Thái Lan',
    target: '01 đoàn, 15 doanh nghiệp',
    deadline: by('Tháng 7/2023', '2023-07-31'),
    owner: 'Lương Thị Kim Ngân',
    provincialTask: 'UBT-012',
    jun: saying('Đang triển khai', doing(62.5)),
    may: null,
  },
];

// ---- Ban Quản lý Di tích (offset table, NFD text, hidden row and column, extension, dates) ------

export const BQLDT_TASKS: Task[] = [
  {
    title: 'Tu bổ, chống xuống cấp Di tích Đình Phú An',
    target: 'Hoàn thành giai đoạn 1',
    deadline: on('2023-09-30'),
    owner: 'Trần Hữu Nghĩa',
    provincialTask: 'UBT-004',
    jun: doing(40),
    budget: 2500,
    coordinating: 'UBND thành phố Bến Tre',
  },
  {
    title: 'Lập hồ sơ khoa học xếp hạng 03 di tích cấp tỉnh',
    target: '03 hồ sơ khoa học',
    deadline: on('2023-06-30'),
    extended: '2023-09-30', // deadline moved: the extension is written in June
    extendedIn: 'jun',
    owner: 'Võ Văn Toàn',
    provincialTask: 'UBT-005',
    jun: doing(70),
    may: doing(50),
    budget: 350,
    coordinating: 'Bảo tàng tỉnh',
  },
  {
    title: 'Tổ chức Lễ giỗ lần thứ 135 Nhà thơ Nguyễn Đình Chiểu',
    target: 'Lễ giỗ trang trọng, an toàn',
    deadline: on('2023-08-31'),
    owner: 'Lâm Thị Ngọc Bích',
    jun: doing(20),
    may: doing(10),
    budget: 800,
    coordinating: 'UBND huyện Ba Tri',
  },
  {
    title: 'Tổ chức Lễ kỷ niệm 63 năm Ngày Đồng khởi tại Khu di tích Đồng Khởi',
    target: 'Lễ kỷ niệm trang trọng',
    deadline: on('2023-01-17'),
    owner: 'Lâm Thị Ngọc Bích',
    provincialTask: 'UBT-002',
    jun: done('2023-01-17'),
    budget: 1200,
    coordinating: 'UBND huyện Mỏ Cày Nam',
  },
  {
    title: 'Sửa chữa nhà bia ghi danh liệt sĩ tại Khu di tích',
    target: 'Hoàn thành sửa chữa',
    deadline: on('2023-04-30'),
    owner: 'Trần Hữu Nghĩa',
    jun: saying('Hoàn thành', done('2023-05-12')), // finished twelve days late
    budget: 450,
  },
  {
    title: 'Kiểm kê di sản văn hóa phi vật thể trên địa bàn tỉnh',
    target: 'Danh mục kiểm kê của 9 huyện, thành phố',
    deadline: on('2023-12-31'),
    owner: 'Trần Hữu Nghĩa',
    jun: other('Chờ bố trí kinh phí'), // MISTAKE unknown-status: names no status
    budget: 600,
    coordinating: 'Phòng Văn hóa và Thông tin các huyện, thành phố',
  },
  {
    title: 'Trồng cây xanh, chỉnh trang cảnh quan khu di tích',
    target: '200 cây xanh',
    deadline: on('2023-07-31'),
    owner: 'Võ Văn Toàn',
    jun: doing(60),
    hiddenRow: true, // hidden in the workbook, read all the same
    budget: 150,
  },
  {
    title: 'Tổ chức các hoạt động hưởng ứng Ngày Di sản văn hóa Việt Nam 23/11',
    target: 'Chuỗi hoạt động tuyên truyền',
    deadline: on('2023-11-23'),
    owner: 'Lâm Thị Ngọc Bích',
    jun: todo(0),
    budget: 100,
  },
];
