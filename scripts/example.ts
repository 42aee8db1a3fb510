// `npm run example`: the clerk's monthly job on the example department, as two real `camket merge` runs —
// May (last month's summary), then June carrying May forward with --previous and writing June's written
// report (--docx) and each unit's feedback workbook (--feedback) — and the year's commitment forms
// (`camket forms`) from June's workbooks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');
// `--out-dir` lets the tests run it without touching the checkout's out/.
const outFlag = process.argv.indexOf('--out-dir');
const outDir = outFlag >= 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'out');
const months = [
  {
    folder: 'examples/previous-month',
    asOf: '2023-05-31',
    name: 'tong-hop-2023-05',
    previous: null,
    docx: null,
    feedback: null,
  },
  {
    folder: 'examples/units',
    asOf: '2023-06-30',
    name: 'tong-hop-2023-06',
    previous: 'tong-hop-2023-05',
    docx: 'bao-cao-2023-06',
    feedback: 'phan-hoi-2023-06',
  },
];

const out = (name: string) => relative(root, join(outDir, name));

mkdirSync(outDir, { recursive: true });
for (const month of months) {
  const args = [
    join(root, 'bin', 'camket.js'),
    'merge',
    month.folder,
    '--config',
    'examples/department.json',
    '--as-of',
    month.asOf,
    '--out',
    out(`${month.name}.xlsx`),
    '--report',
    out(`${month.name}.json`),
    ...(month.previous ? ['--previous', out(`${month.previous}.xlsx`)] : []),
    ...(month.docx ? ['--docx', out(`${month.docx}.docx`)] : []),
    ...(month.feedback ? ['--feedback', out(month.feedback)] : []),
  ];
  process.stdout.write(`\n$ camket ${args.slice(1).join(' ')}\n`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  // Exit 1 means "merged, but the data has errors": expected here, the example units carry planted mistakes.
  const written = existsSync(join(outDir, `${month.name}.xlsx`)) && existsSync(join(outDir, `${month.name}.json`));
  if ((run.status !== 0 && run.status !== 1) || !written) {
    process.stderr.write(`camket merge ${month.folder} thất bại (mã thoát ${run.status}).\n`);
    process.exit(run.status || 2);
  }
}

const formsArgs = [
  join(root, 'bin', 'camket.js'),
  'forms',
  'examples/units',
  '--config',
  'examples/department.json',
  '--as-of',
  '2023-06-30',
  '--out',
  out('ban-cam-ket'),
];
process.stdout.write(`\n$ camket ${formsArgs.slice(1).join(' ')}\n`);
const forms = spawnSync(process.execPath, formsArgs, { cwd: root, stdio: 'inherit' });
// Exit 1 again: the forms read the same workbooks, with the same planted mistakes.
if ((forms.status !== 0 && forms.status !== 1) || !existsSync(join(outDir, 'ban-cam-ket'))) {
  process.stderr.write(`camket forms examples/units thất bại (mã thoát ${forms.status}).\n`);
  process.exit(forms.status || 2);
}
process.stdout.write(
  `\nXong. Mở ${out('tong-hop-2023-06.xlsx')} (bản tổng hợp tháng 6, có lịch sử và thay đổi so với tháng 5);` +
    ` báo cáo JSON: ${out('tong-hop-2023-06.json')}; báo cáo tháng 6 (Word): ${out('bao-cao-2023-06.docx')};` +
    ` bản cam kết của từng người (Word): thư mục ${out('ban-cam-ket')};` +
    ` phản hồi gửi từng đơn vị (lỗi cần sửa, đầu việc đã đọc): thư mục ${out('phan-hoi-2023-06')}.\n` +
    'Mã thoát 1 của camket ở trên là đúng: dữ liệu mẫu có cài sẵn lỗi để camket tìm ra.\n',
);
