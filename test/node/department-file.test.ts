// The department file as Notepad saves it on the clerk's Windows: "UTF-8" (with or without a BOM),
// "Unicode" (UTF-16 LE with a BOM), "Unicode big endian", and "ANSI" (Windows-1258/1252), which must
// be refused plainly rather than read with U+FFFD in place of its Vietnamese letters.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DepartmentFileError, decodeDepartmentBytes, loadDepartment } from '../../src/node/department-file';
import { main } from '../../src/node/cli';
import { smallDepartment } from '../helpers/merge-fixtures';

const json = JSON.stringify(smallDepartment(), null, 2);
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

/** Line 3 says "Văn phòng" as Windows-1258 writes it: ă is 0xE3; ò is o and the combining grave 0xCC. */
const ansi = Buffer.concat([
  Buffer.from('{\n  "name": "So VHTTDL",\n  "note": "V'),
  Buffer.from([0xe3]),
  Buffer.from('n pho'),
  Buffer.from([0xcc]),
  Buffer.from('ng"\n}\n'),
]);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket cấu hình '));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const problems = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DepartmentFileError) return e.problems;
    throw e;
  }
  throw new Error('no DepartmentFileError');
};

describe('the encodings Notepad saves in', () => {
  test.each([
    ['UTF-8', Buffer.from(json)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
    ['UTF-16 LE with a BOM ("Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['UTF-16 BE with a BOM ("Unicode big endian")', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(json)])],
  ])('%s: read with its Vietnamese letters', async (_name, bytes) => {
    expect(decodeDepartmentBytes(bytes, 'so.json')).toBe(json);
    const file = path.join(dir, `so-${bytes[0].toString(16)}.json`);
    await fs.writeFile(file, bytes);
    const d = await loadDepartment(file);
    expect(d.name).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre');
    expect(d.units.map((u) => u.name)).toContain('Phòng Kế hoạch - Tài chính');
  });

  test('the ANSI fixture is what Windows-1258 writes (a check on the test itself)', () => {
    expect(new TextDecoder('windows-1258').decode(ansi).normalize('NFC')).toContain('"note": "Văn phòng"');
  });

  test('ANSI (Windows-1258): refused, naming the file and the line of the first bad byte, and how to fix it, in both languages', () => {
    expect(problems(() => decodeDepartmentBytes(ansi, 'D:\\So\\so.json', 'vi'))).toEqual([
      'Tệp cấu hình D:\\So\\so.json không phải UTF-8: dòng 3 có chữ không đọc được theo UTF-8 (thường do tệp được lưu theo bảng mã ANSI hoặc Windows-1258), nên chữ tiếng Việt sẽ sai. Hãy mở tệp bằng Notepad, chọn File > Save As (Tệp > Lưu như), ở ô Encoding (Mã hóa) chọn UTF-8 rồi lưu đè lên tệp cũ.',
    ]);
    expect(problems(() => decodeDepartmentBytes(ansi, 'so.json', 'en'))).toEqual([
      'The department file so.json is not UTF-8: line 3 holds bytes that are not UTF-8 (usually the file was saved as ANSI or Windows-1258), so its Vietnamese letters would be wrong. Open it in Notepad, choose File > Save As, set Encoding to UTF-8 and save over the old file.',
    ]);
  });

  test("the line is the first bad byte's: on line 1, after a valid Vietnamese letter, and a sequence cut off at the end", () => {
    const line = (bytes: Buffer) =>
      /(?:dòng|line) (\d+)/.exec(problems(() => decodeDepartmentBytes(bytes, 'x.json'))[0])![1];
    expect(line(Buffer.from([0x7b, 0xe3, 0x7d]))).toBe('1');
    // "ở" in UTF-8 on line 2 is fine; the lone 0xF2 on line 4 is not.
    expect(
      line(Buffer.concat([Buffer.from('{\n"ở": 1,\n"a": 2,\n"'), Buffer.from([0xf2]), Buffer.from('": 3\n}')])),
    ).toBe('4');
    // A three-byte letter (ở = E1 BB 9F) cut after two bytes, at the very end.
    expect(line(Buffer.concat([Buffer.from('{}\n\n'), Buffer.from([0xe1, 0xbb])]))).toBe('3');
  });

  test('camket merge with an ANSI department file: the message, exit 2, nothing written', async () => {
    const cfg = path.join(dir, 'ansi.json');
    await fs.writeFile(cfg, ansi);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['merge', dir, '--config', cfg, '--lang', 'en'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      isTty: false,
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringContaining(`The department file ${cfg} is not UTF-8: line 3`)]);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });
});
