// The department file's JSON Schema, generated from the zod schema the merge checks with, so an
// editor (VS Code) completes and checks the file with the same rules. Descriptions are added here,
// Vietnamese first, because a clerk reads them in the editor's tooltip.
import { z } from 'zod';
import { departmentSchema } from '../core/department';

type JsonObject = { [key: string]: unknown };

const DESCRIPTIONS: Record<string, string> = {
  '': 'Tệp cấu hình của Sở cho camket: các khối, đơn vị, số đầu việc đăng ký, nhiệm vụ UBND tỉnh giao. (The department file.)',
  $schema: 'Đường dẫn tới tệp schema này, để trình soạn thảo gợi ý và kiểm tra. (Path to this schema.)',
  name: 'Tên Sở, ví dụ "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre". (Department name.)',
  year: 'Năm kế hoạch; năm mặc định cho thời hạn ghi thiếu năm. (Plan year.)',
  blocks: 'Các khối: Ban Giám đốc, khối quản lý nhà nước, khối đơn vị sự nghiệp… (Blocks.)',
  'blocks.code': 'Mã khối, ví dụ "BGD", "QLNN", "SN"; không trùng nhau. (Block code, unique.)',
  'blocks.name': 'Tên khối. (Block name.)',
  'blocks.registered': 'Số đầu việc khối đã đăng ký; khác số tìm thấy thì báo count-mismatch. (Registered count.)',
  units: 'Các đơn vị gửi tệp đầu việc. (Units.)',
  'units.code': 'Mã đơn vị, ví dụ "VP"; không trùng nhau. (Unit code, unique.)',
  'units.name': 'Tên đơn vị; cũng dùng để nhận tệp theo phần tiêu đề. (Unit name, also matched in title rows.)',
  'units.block': 'Mã khối của đơn vị (một mã trong "blocks"). (The unit\'s block code.)',
  'units.registered': 'Số đầu việc đơn vị đã đăng ký. (Registered count.)',
  'units.files':
    'Mẫu tên tệp của đơn vị, không phân biệt hoa thường, dùng * và ?, ví dụ "van-phong*.xlsx". (File name patterns.)',
  'units.aliases': 'Tên khác của đơn vị có thể ghi ở phần tiêu đề, ví dụ "VP Sở". (Other names in title rows.)',
  provincialTasks: 'Nhiệm vụ UBND tỉnh giao mà Sở đăng ký. (Provincial tasks.)',
  'provincialTasks.code': 'Mã nhiệm vụ, ví dụ "UBT-012"; đơn vị ghi mã này ở cột Mã nhiệm vụ tỉnh. (Task code.)',
  'provincialTasks.title': 'Tên nhiệm vụ. (Task title.)',
  emulation: 'Thi đua: mức xếp loại theo tỷ lệ hoàn thành đúng hạn. (Emulation grading.)',
  'emulation.grades': 'Các mức, mỗi mức một tên và tỷ lệ tối thiểu (0–1). (Grades.)',
  'emulation.grades.grade': 'Tên mức xếp loại, ví dụ "Hoàn thành tốt nhiệm vụ". (Grade name.)',
  'emulation.grades.minRate': 'Tỷ lệ đúng hạn tối thiểu để đạt mức, từ 0 đến 1 (0,8 = 80%). (Minimum on-time rate.)',
  letterhead:
    'Phần đầu và phần ký của văn bản camket soạn sẵn (báo cáo tháng --docx, bản cam kết camket forms) theo Nghị định 30/2020/NĐ-CP; mục nào bỏ trống thì văn bản để dòng chấm để điền tay. (Letterhead of the drafted documents.)',
  'letterhead.parent': 'Tên cơ quan chủ quản, in hoa, ví dụ "UBND TỈNH BẾN TRE". (Parent body.)',
  'letterhead.agency': 'Tên cơ quan ban hành, in hoa, ví dụ "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". (Issuing agency.)',
  'letterhead.symbol':
    'Chữ viết tắt tên cơ quan trong ký hiệu văn bản, ví dụ "SVHTTDL" (Số: …/BC-SVHTTDL). (Agency symbol.)',
  'letterhead.place': 'Địa danh ghi trước ngày tháng, ví dụ "Bến Tre". (Place name of the date line.)',
  'letterhead.signer': 'Người ký văn bản: chức vụ và họ tên. (Signer.)',
  'letterhead.signer.title': 'Chức vụ người ký, in hoa, ví dụ "GIÁM ĐỐC". (Signer\'s title.)',
  'letterhead.signer.name':
    'Họ và tên người ký, ví dụ "Nguyễn Văn A"; bản cam kết của chính người này do Chủ tịch UBND tỉnh ký nhận. (Signer\'s name.)',
};

/** Walk object properties (and array items) adding the descriptions above by dotted key. */
function describe(node: JsonObject, key: string): void {
  const text = DESCRIPTIONS[key];
  if (text) node.description = text;
  const props = node.properties as Record<string, JsonObject> | undefined;
  if (props) for (const [name, child] of Object.entries(props)) describe(child, key ? `${key}.${name}` : name);
  const items = node.items as JsonObject | undefined;
  if (items && typeof items === 'object' && items.properties) {
    const own = items.description;
    describe(items, key);
    // The description belongs to the list, not repeated on each item.
    if (own === undefined) delete items.description;
  }
}

export function departmentJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(departmentSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  describe(schema, '');
  return { $schema: schema.$schema, title: 'camket — tệp cấu hình của Sở', ...schema };
}

/** The committed file's exact text. */
export function departmentJsonSchemaText(): string {
  return JSON.stringify(departmentJsonSchema(), null, 2) + '\n';
}
