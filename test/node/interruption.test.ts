// Stopping camket: Ctrl-C (SIGINT), Ctrl+Break (SIGBREAK) and closing the console window (SIGHUP)
// go through one handler. It removes this process's temporary files (a leading dot does not hide
// them on Windows), says so in a line written synchronously (an asynchronous one may be lost at
// exit), to the log too, and exits 130. Here the process is a fake, so every signal can be sent.
import * as fsModule from 'node:fs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type Host, INTERRUPTED, main } from '../../src/node/cli';

type Signal = Parameters<Host['on']>[0];

function fakeHost() {
  const listeners = new Map<Signal, Set<(s: Signal) => void>>();
  const said: string[] = [];
  let exited!: (code: number) => void;
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const host: Host = {
    on: (s, l) => void (listeners.get(s) ?? listeners.set(s, new Set()).get(s)!).add(l),
    off: (s, l) => void listeners.get(s)?.delete(l),
    lastWords: (line) => void said.push(line),
    exit: (code) => exited(code),
  };
  const send = (s: Signal) => {
    for (const l of [...(listeners.get(s) ?? [])]) l(s);
  };
  const listening = () =>
    [...listeners]
      .filter(([, set]) => set.size)
      .map(([s]) => s)
      .sort();
  // Fails fast when nothing listens, rather than at jest's minute.
  const stopped = () =>
    Promise.race([
      exit,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the command did not stop')), 5000).unref()),
    ]);
  return { host, said, stopped, send, listening };
}

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket dừng '));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRows([
    ['THƯ VIỆN TỈNH BẾN TRE'],
    ['STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
    [1, 'Luân chuyển sách về cơ sở', 'Quý II/2023', 100, 'Đã hoàn thành'],
  ]);
  workbook = path.join(dir, 'Thư viện tỉnh.xlsx');
  await wb.xlsx.writeFile(workbook);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

describe('validate --report, stopped while its report is half written', () => {
  test.each([
    ['SIGINT', 'Đã dừng theo yêu cầu (Ctrl-C). Các tệp kết quả cũ giữ nguyên.'],
    ['SIGBREAK', 'Đã dừng theo yêu cầu (Ctrl+Break). Các tệp kết quả cũ giữ nguyên.'],
    ['SIGHUP', 'Đã dừng theo yêu cầu (cửa sổ bị đóng). Các tệp kết quả cũ giữ nguyên.'],
  ] as const)(
    '%s: the temporary file is removed, the old report kept, the line said and logged, exit 130',
    async (signal, line) => {
      const work = path.join(dir, signal);
      await fs.mkdir(work);
      const report = path.join(work, 'bao-cao.json');
      await fs.writeFile(report, '{"old": true}\n');
      const log = path.join(work, 'nhat-ky.txt');
      const fake = fakeHost();
      const writeFile = fs.writeFile.bind(fs);
      let tempSeen: string[] = [];
      jest.spyOn(fsModule.promises, 'writeFile').mockImplementation(async (file, data) => {
        await writeFile(file as string, data as string);
        if (!path.basename(String(file)).startsWith('.bao-cao.json.')) return;
        tempSeen = (await fs.readdir(work)).filter((f) => f.startsWith('.'));
        fake.send(signal);
        // A stopped process goes no further.
        return new Promise<void>(() => {});
      });
      void main(['validate', workbook, '--as-of', '2023-06-30', '--report', report, '--log', log], {
        out: () => {},
        err: () => {},
        isTty: false,
        host: fake.host,
      });
      expect(await fake.stopped()).toBe(INTERRUPTED);
      expect(tempSeen).toHaveLength(1);
      expect((await fs.readdir(work)).sort()).toEqual(['bao-cao.json', 'nhat-ky.txt']);
      expect(await fs.readFile(report, 'utf8')).toBe('{"old": true}\n');
      expect(fake.said).toEqual([line]);
      expect((await fs.readFile(log, 'utf8')).trimEnd().split('\n').at(-1)).toBe(line);
    },
  );

  test('in English with --lang en', async () => {
    const fake = fakeHost();
    const report = path.join(dir, 'report-en.json');
    const writeFile = fs.writeFile.bind(fs);
    jest.spyOn(fsModule.promises, 'writeFile').mockImplementation(async (file, data) => {
      await writeFile(file as string, data as string);
      fake.send('SIGHUP');
      return new Promise<void>(() => {});
    });
    void main(['validate', workbook, '--as-of', '2023-06-30', '--report', report, '--lang', 'en'], {
      out: () => {},
      err: () => {},
      isTty: false,
      host: fake.host,
    });
    expect(await fake.stopped()).toBe(INTERRUPTED);
    expect(fake.said).toEqual(['Stopped on request (the window was closed). The earlier outputs are unchanged.']);
  });
});

test('all three signals are handled while a command runs, and released when it ends', async () => {
  const fake = fakeHost();
  let during: Signal[] = [];
  const code = await main(['validate', workbook, '--as-of', '2023-06-30'], {
    out: () => (during = fake.listening()),
    err: () => {},
    isTty: false,
    host: fake.host,
  });
  expect(code).toBe(0);
  expect(during).toEqual(['SIGBREAK', 'SIGHUP', 'SIGINT']);
  expect(fake.listening()).toEqual([]);
});
