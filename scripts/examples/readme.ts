// examples/README.md, written from the same data as the workbooks so the two never disagree.
import type { ExpectedCommitment, MergeIssue, Mistake } from '../make-examples';
import { BLOCKS, DEPARTMENT_NAME, UNITS } from './department';
import type { RenderedWorkbook } from './written';

const LAYOUT_VI: Record<string, string> = {
  'sheet-per-leader':
    'Mỗi lãnh đạo một sheet mang tên mình; không có cột người chịu trách nhiệm — tên ghi một lần phía trên bảng (`Người cam kết:`, `Người đăng ký:`, `Họ và tên:`) hoặc chỉ có ở tên sheet; sheet `Hướng dẫn` không có bảng; cột `Thời điểm hoàn thành` ghi ngày dạng chữ.',
  'plain-list-no-diacritics':
    'Danh sách đơn giản từ ô A1, gõ không dấu, tiêu đề cột in hoa (`NOI DUNG CONG VIEC`, `THOI HAN`…), thời hạn là ô ngày thật (dd/mm/yyyy).',
  'legacy-tcvn3': 'Bảng mã cũ TCVN3: chữ trong phông `.VnTime`, tiêu đề in hoa trong phông `.VnTimeH`.',
  'formulas-comment':
    'Dòng `Tổng cộng` có công thức SUM, một ô tiến độ là công thức (đã lưu kết quả), một ghi chú (comment) ở ô tiến độ, cột `Ngày HT` là ô ngày, cột thêm `Kinh phí (triệu đồng)`.',
  'national-header-two-row':
    'Quốc hiệu - tiêu ngữ, tiêu đề nhiều dòng, tiêu đề cột hai tầng gộp ô (`Thời gian thực hiện › Bắt đầu / Hoàn thành`), dòng số thứ tự cột `(1) (2)…`, mục La Mã (`I`, `II`, `III`), dòng `Tổng cộng`, phần ký tên (`NGƯỜI LẬP BIỂU`, `THỦ TRƯỞNG ĐƠN VỊ`); thời hạn ghi bằng chữ nhiều kiểu.',
  'offset-upper-case-from-to-dates':
    'Bảng bắt đầu từ cột B, tiêu đề in hoa có dấu, `THỜI GIAN THỰC HIỆN › TỪ NGÀY / ĐẾN NGÀY` là ô ngày, cột riêng `THỜI ĐIỂM HOÀN THÀNH` (ngày hoàn thành thực tế).',
  'national-header-spanning-sections-chart':
    'Quốc hiệu - tiêu ngữ, mục là một ô gộp trải hết dòng (không số La Mã), một dòng `Dừng thực hiện`, và một biểu đồ cột (DrawingML) ghi theo kiểu openpyxl: phần drawing không có tiền tố `xdr:`.',
  'status-marks':
    'Tình trạng đánh dấu (`x`, `X`, `✓`) vào một trong ba cột con dưới ô gộp `Kết quả thực hiện`: `Đã hoàn thành | Đang thực hiện | Chưa thực hiện`; không có cột tiến độ; cột `Ngày hoàn thành` là ô ngày.',
  'percent-fractions-no-status':
    'Tiến độ là phân số trong ô định dạng phần trăm (0,75 hiện 75%), không có cột tình trạng; chỉ tiêu ghi số kiểu Việt Nam (`1.800 bản`, `80,5%`).',
  'national-header-letter-sections':
    'Quốc hiệu - tiêu ngữ, mục đánh chữ cái (`A`, `B`, `C`), tiến độ gõ dạng chữ (`62,5%`), tình trạng `Hoàn thành / Đang triển khai / Chưa triển khai`, ký tên `GIÁM ĐỐC`. Không có mẫu tên tệp: nhận đơn vị theo tên ở phần tiêu đề.',
  'month-columns':
    'Tiến độ lũy kế theo tháng ở các cột `Tháng 1 … Tháng 12` dưới ô gộp `Tiến độ thực hiện lũy kế đến cuối tháng (%)`, điền đến tháng báo cáo (một dòng chỉ điền đến tháng 5); không có cột tiến độ, không có cột tình trạng.',
  'offset-text-progress':
    'Bảng bắt đầu từ ô B7 trên `Sheet1`, tiến độ gõ dạng chữ (`30%`, `62,5%`), `HT` là đã hoàn thành. Không có mẫu tên tệp: nhận đơn vị theo tên ở phần tiêu đề.',
  'offset-nfd-extra-hidden':
    'Bảng bắt đầu từ ô C7, chữ gõ trên máy Mac (Unicode dựng sẵn NFD), tiêu đề cột có xuống dòng và khoảng trắng thừa, cột thêm `Kinh phí (triệu đồng)` và `Đơn vị phối hợp`, cột mã nhiệm vụ tỉnh bị ẩn, một dòng bị ẩn, cột `Thời hạn điều chỉnh` và `Ngày hoàn thành`, ngày là số sê-ri Excel trong ô định dạng ngày.',
};

const RULE_VI: Record<string, string> = {
  'bad-deadline': 'thời hạn không đọc được',
  'bad-date': 'ngày hoàn thành không đọc được',
  'missing-deadline': 'thiếu thời hạn',
  'bad-progress': 'tiến độ không hợp lệ',
  'missing-title': 'thiếu nội dung đầu việc',
  'status-progress-mismatch': 'tình trạng và tiến độ không khớp',
  'unknown-status': 'tình trạng không rõ',
  'missing-completion-date': 'đã hoàn thành, quá hạn, không ghi ngày hoàn thành',
  'unknown-provincial-task': 'mã nhiệm vụ tỉnh không có',
  'duplicate-commitment': 'đầu việc trùng',
  'legacy-encoding': 'phông chữ cũ (TCVN3)',
  'count-mismatch': 'số đầu việc khác số đăng ký',
};

interface MonthLike {
  rendered: { unit: string; wb: RenderedWorkbook; unitBy: 'files' | 'title' }[];
  commitments: ExpectedCommitment[];
  mistakes: Mistake[];
  mergeIssues: MergeIssue[];
}

function cell(s: string | null | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|');
}

function mistakeTable(mistakes: Mistake[]): string {
  const lines = ['| # | Tệp | Sheet | Ô | Mã lỗi (rule) | Nội dung | Cần `--config`? |', '|---|---|---|---|---|---|---|'];
  mistakes.forEach((m, i) => {
    const where = m.file;
    const what = m.value !== undefined ? `${RULE_VI[m.rule]}: \`${m.value || '(trống)'}\`` : RULE_VI[m.rule];
    lines.push(`| ${i + 1} | ${cell(where)} | ${cell(m.sheet)} | ${cell(m.cell)} | \`${m.rule}\` | ${cell(what)} | ${m.needsDepartment ? 'có' : 'không'} |`);
  });
  return lines.join('\n');
}

function mergeLine(m: MonthLike): string {
  const blocks = m.mergeIssues.map((i) => `khối \`${i.block}\` đăng ký ${i.registered}, tìm thấy ${i.found}`).join('; ');
  return `Khi tổng hợp (\`camket merge\`), số đầu việc của đơn vị lệch kéo theo lỗi \`count-mismatch\` của khối: ${blocks}
(ghi trong \`mergeIssues\` của expected.json; \`camket validate\` không báo lỗi cấp khối).`;
}

export function writeReadme(data: { jun: MonthLike; may: MonthLike; changes: Record<string, object[]> }): string {
  const { jun, may, changes } = data;
  const unitRows = UNITS.map((u) => {
    const r = jun.rendered.find((x) => x.unit === u.code)!;
    const found = jun.commitments.filter((c) => c.unit === u.code).length;
    const foundMay = may.commitments.filter((c) => c.unit === u.code).length;
    const by = r.unitBy === 'files' ? `tên tệp (\`${u.files!.join('`, `')}\`)` : 'tên đơn vị trong phần tiêu đề';
    return `| \`${r.wb.file}\` | ${u.name} (\`${u.code}\`) | ${u.block} | ${u.registered} | ${found} | ${foundMay} | ${by} |`;
  });
  const layoutRows = UNITS.map((u) => {
    const r = jun.rendered.find((x) => x.unit === u.code)!;
    return `- **${u.name}** — \`${r.wb.file}\`: ${LAYOUT_VI[r.wb.layout]}`;
  });
  const changeVi: Record<string, string> = {
    new: 'mới trong tháng 6',
    gone: 'không còn trong tháng 6',
    deadlineMoved: 'đổi thời hạn (thêm thời hạn điều chỉnh)',
    targetChanged: 'đổi chỉ tiêu',
    progressBackwards: 'tiến độ giảm so với tháng 5',
    newlyOverdue: 'mới quá hạn',
    newlyDone: 'mới hoàn thành',
  };
  const changeLines = Object.entries(changes).map(([k, list]) => {
    const items = (list as { unit: string; title: string }[]).map((c) => `${c.unit}: “${c.title}”`).join('; ');
    return `- ${changeVi[k]} (${list.length}): ${items}`;
  });
  const blockLine = BLOCKS.map((b) => `${b.name} (\`${b.code}\`) ${b.registered}`).join(', ');

  return `# Dữ liệu mẫu: ${DEPARTMENT_NAME}, năm 2023

Bộ dữ liệu mẫu để chạy thử camket: tệp cấu hình của Sở, tệp đầu việc của 13 đơn vị — mỗi đơn vị một
cách trình bày riêng như ngoài thực tế — cho hai tháng, và kết quả đúng mà chương trình phải tìm ra.
Mọi tệp được tạo tự động, lần nào cũng giống hệt nhau, bằng \`npx tsx scripts/make-examples.ts\`;
đừng sửa tay (sửa dữ liệu trong \`scripts/examples/commitments.ts\` rồi chạy lại). Tên người là hư cấu.

## Các tệp

| Tệp | Nội dung |
|---|---|
| \`department.json\` | Tệp cấu hình của Sở: 3 khối — ${blockLine} (tổng 130) —, 13 đơn vị với số đăng ký, mẫu tên tệp (\`files\`), tên khác (\`aliases\`), 17 nhiệm vụ UBND tỉnh giao (\`UBT-001\` … \`UBT-017\`), mức xếp loại thi đua, phần đầu và phần ký của văn bản (\`letterhead\`: UBND tỉnh Bến Tre, Sở, ký hiệu \`SVHTTDL\`, người ký là Giám đốc Sở Phan Văn Thạnh). |
| \`units/*.xlsx\` | Tệp của các đơn vị tháng 6/2023 (số liệu đến ngày 30/6/2023). |
| \`previous-month/*.xlsx\` | Cùng các đơn vị, cùng cách trình bày, tháng 5/2023 (đến ngày 31/5/2023). |
| \`expected.json\` | Kết quả đúng cho tháng 6: từng đầu việc (tệp, sheet, dòng, các trường, tình trạng phải tính ra), các lỗi cài sẵn (tệp, sheet, ô, mã lỗi), tổng hợp theo khối, đơn vị, nhiệm vụ tỉnh, và các thay đổi so với tháng 5 (\`changesSincePrevious\`). |
| \`expected-previous.json\` | Như trên, cho tháng 5. |

\`npm run example\` chạy camket trên bộ dữ liệu này và ghi kết quả vào thư mục \`out/\` của mã nguồn: bản tổng hợp và báo
cáo JSON tháng 5 và tháng 6 (\`tong-hop-2023-05.xlsx\`, \`tong-hop-2023-06.xlsx\`, \`….json\`), báo cáo tháng 6 bằng Word
(\`bao-cao-2023-06.docx\`, \`camket merge … --docx\`) và bản cam kết của từng người trong năm, mỗi người một tệp Word
(\`ban-cam-ket/cam-ket-<họ tên không dấu>.docx\`, \`camket forms\`, đọc từ \`units/\`: 37 người), và phản hồi tháng 6 gửi
từng đơn vị (\`phan-hoi-2023-06/phan-hoi-<mã đơn vị>.xlsx\`, \`camket merge … --feedback\`: sheet *Lỗi cần sửa* với liên kết tới
đúng ô trong tệp của đơn vị ở \`units/\`, và sheet *Đầu việc đã đọc*).

## Đơn vị, số đăng ký, số tìm thấy

| Tệp | Đơn vị | Khối | Đăng ký | Tìm thấy T6 | Tìm thấy T5 | Nhận đơn vị theo |
|---|---|---|---|---|---|---|
${unitRows.join('\n')}

Tháng 6 tìm thấy ${jun.commitments.length} đầu việc (đăng ký 130): Trung tâm Thông tin Xúc tiến Du lịch có thêm một
đầu việc chưa đăng ký. Tháng 5 tìm thấy ${may.commitments.length}: Thư viện tỉnh còn một đầu việc về sau bỏ đi.

## Cách trình bày của từng đơn vị

${layoutRows.join('\n')}

## Lỗi cài sẵn — tháng 6 (\`units/\`)

\`npx camket validate examples/units/*.xlsx\` phải báo đúng các lỗi dưới đây (các dòng "Cần \`--config\`: có" chỉ
xuất hiện khi có \`--config examples/department.json\`), và không báo gì khác.

${mistakeTable(jun.mistakes)}

${mergeLine(jun)}

## Lỗi còn lại trong tháng 5 (\`previous-month/\`)

Tháng 5 giữ những lỗi "tự nhiên" còn đó từ trước (thời hạn ghi sai, tệp TCVN3, đầu việc trùng…); các lỗi về
tiến độ, tình trạng và ngày hoàn thành chỉ xuất hiện trong tháng 6.

${mistakeTable(may.mistakes)}

${mergeLine(may)}

## Thay đổi từ tháng 5 sang tháng 6

${changeLines.join('\n')}

## Những điểm người đọc tệp cần lưu ý

- Tình trạng tính theo bảng "Status, as of a date" của PRODUCT.md. Đầu việc ghi *Hoàn thành* mà không có ngày
  hoàn thành và đã quá thời hạn là \`done_late\` (chỉ có một dòng như vậy: Trung tâm Văn hóa - Điện ảnh, dòng
  "Dàn dựng chương trình nghệ thuật… 63 năm Ngày Đồng khởi", thời hạn Tháng 1/2023).
- *Chưa hoàn thành* là chưa xong (Thanh tra Sở: quá hạn).
- Người chịu trách nhiệm ghi phía trên bảng kèm chức vụ (\`Người đăng ký: Lê Thị Mỹ Hạnh - Phó Giám đốc\`) thì
  \`owner\` là tên người, bỏ phần chức vụ. Sheet \`Võ Thị Kim Loan\` không ghi tên phía trên bảng: lấy tên sheet.
- Bảo tàng tỉnh đánh dấu tình trạng: \`statusText\` là tên cột con được đánh dấu (\`Đã hoàn thành\`…).
- Ban Quản lý Di tích: \`deadline\` là hạn ghi ở cột \`Hạn hoàn thành\`, \`extendedDeadline\` là thời hạn điều chỉnh;
  tình trạng tính theo \`effectiveDeadline\` (= thời hạn điều chỉnh nếu có).
- Đầu việc trùng (Trung tâm Văn hóa - Điện ảnh) trùng cả nội dung lẫn người phụ trách với dòng phía trên; cả hai
  dòng đều được đếm.
- Dòng thiếu nội dung (Phòng Quản lý Du lịch) vẫn là một đầu việc và được đếm, với \`title\` rỗng.
- Trong \`expected.json\`, chữ đều ở dạng Unicode NFC (dù tệp gõ NFD hay TCVN3); \`row\` là số dòng Excel (từ 1).
- Tệp \`phong-du-lich-2023.xlsx\` có biểu đồ ghi không có tiền tố \`xdr:\`: exceljs 4.4.0 đọc tệp này sẽ báo lỗi
  (exceljs#2591); camket vẫn phải đọc được.

## English

Example data for camket: the department file of the Culture, Sports and Tourism Department of Bến Tre
province (2023), the commitment workbooks of its 13 units for June 2023 (\`units/\`) and May 2023
(\`previous-month/\`) — each unit in its own layout (one sheet per leader, a plain list without diacritics,
legacy TCVN3 text, formulas and a comment, a national header with a two-row merged header, upper-case
headers with from/to date cells, spanning section rows and an openpyxl-style chart, status marks, percent
fractions, month columns, an offset NFD table with hidden row and column) — and the truth the generator
knows (\`expected.json\`, \`expected-previous.json\`): every commitment with its cell and expected status,
every planted mistake with its cell and rule code, totals, and the month-to-month changes. Everything is
generated deterministically by \`scripts/make-examples.ts\`; people's names are invented. The planted
mistakes are listed above: \`camket validate examples/units/*.xlsx\` must report exactly those (the
count and provincial-task ones only with \`--config examples/department.json\`) and nothing else.
\`npm run example\` writes, into the checkout's \`out/\`, May's and June's summaries and JSON reports, June's
written report (\`bao-cao-2023-06.docx\`), the 37 commitment forms (\`ban-cam-ket/cam-ket-<name>.docx\`) and June's
feedback to each unit (\`phan-hoi-2023-06/phan-hoi-<unit code>.xlsx\`, \`--feedback\`: the issues to fix, each linked to
its cell in the unit's workbook, and the commitments as read).
`;
}
