// The argument vectors cmd.exe and PowerShell hand camket for a path with spaces typed without
// quotes, and for a quoted path ending in "\" (the C runtime reads `\"` as a literal quote).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathProblem, pathProblemMessage } from '../../src/node/arg-paths';
import { main } from '../../src/node/cli';

const windowsFolder = 'D:\\Cam ket\\Thang 6';
const exists = (p: string) => [windowsFolder, 'D:\\Cam ket\\Thang 6\\Văn phòng.xlsx', 'so.json'].includes(p);

test('merge D:\\Cam ket\\Thang 6 --config so.json: the pieces are joined back and the clerk told to quote the path', () => {
  const p = pathProblem(['merge', 'D:\\Cam', 'ket\\Thang', '6', '--config', 'so.json'], exists);
  expect(p).toEqual({ kind: 'split', joined: windowsFolder });
  expect(pathProblemMessage(p!, 'vi')).toBe(
    `Đường dẫn có dấu cách bị tách thành nhiều phần. Hãy đặt cả đường dẫn trong ngoặc kép, không có dấu \\ ở cuối, ví dụ: "${windowsFolder}"`,
  );
});

test('"D:\\Cam ket\\Thang 6\\" --config so.json arrives as one argument: the final backslash is named', () => {
  // What Windows passes for: camket merge "D:\Cam ket\Thang 6\" --config so.json
  const p = pathProblem(['merge', 'D:\\Cam ket\\Thang 6" --config so.json'], exists);
  expect(p?.kind).toBe('final-backslash');
  expect(pathProblemMessage(p!, 'en')).toContain('Leave out the final \\, e.g. "D:\\Cam ket\\Thang 6"');
});

test('validate with a workbook path split in two, among good ones', () => {
  expect(
    pathProblem(
      ['validate', 'so.json', 'D:\\Cam', 'ket\\Thang', '6\\Văn', 'phòng.xlsx', '--as-of', '2023-06-30'],
      exists,
    ),
  ).toEqual({ kind: 'split', joined: 'D:\\Cam ket\\Thang 6\\Văn phòng.xlsx' });
  expect(pathProblem(['validate', 'so.json', '--as-of', '2023-06-30'], exists)).toBeNull();
  expect(pathProblem(['merge', windowsFolder, '--config', 'so.json', '--out', 'D:\\out put.xlsx'], exists)).toBeNull();
});

test('through the command: exit 2, one line, no "too many arguments"', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket path '));
  const folder = path.join(dir, 'Thang 6');
  await fs.mkdir(folder);
  const err: string[] = [];
  const code = await main(['merge', ...folder.split(' '), '--config', 'so.json'], {
    out: () => undefined,
    err: (l) => err.push(l),
    isTty: false,
  });
  expect(code).toBe(2);
  expect(err).toEqual([expect.stringContaining(`"${folder}"`)]);
  await fs.rm(dir, { recursive: true, force: true });
});
