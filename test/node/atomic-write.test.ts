// Replacing an output on Windows, with the file system injected: a brief hold (Defender, OneDrive)
// is waited out; a lasting one keeps the new result beside the target under a local-time name, and
// says who holds it (Excel only when its ~$ lock file is there); the result is never thrown away.
import * as path from 'node:path';
import {
  LOCK_RETRY,
  type MoveDeps,
  OutputLockedError,
  localStamp,
  lockedMessage,
  moveIntoPlace,
  writeFileAtomic,
} from '../../src/node/atomic-write';

const dir = path.join('D:', 'Cam ket', 'Thang 6');
const target = path.join(dir, 'tong-hop-2023-06.xlsx');
const tmp = path.join(dir, '.tong-hop-2023-06.xlsx.1.2.tmp');
const locked = () => Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });

function fakeFs(opts: { lockedFor?: number; altFails?: boolean; files?: string[] }) {
  const log: string[] = [];
  let clock = 0;
  const deps: MoveDeps = {
    async rename(from, to) {
      log.push(`rename ${path.basename(from)} → ${path.basename(to)} @${clock}`);
      if (to === target && clock < (opts.lockedFor ?? 0)) throw locked();
      if (to !== target && opts.altFails) throw locked();
    },
    async rm(f) {
      log.push(`rm ${path.basename(f)}`);
    },
    exists: (f) => (opts.files ?? []).includes(f),
    async sleep(ms) {
      clock += ms;
    },
    now: () => new Date(Date.UTC(2023, 5, 30, 2, 15, 0)),
  };
  return { deps, log };
}

test('a hold of under two seconds is waited out: the target is replaced, nothing else is written', async () => {
  const { deps, log } = fakeFs({ lockedFor: 1200 });
  await moveIntoPlace(tmp, target, deps);
  expect(log.filter((l) => l.startsWith('rename')).length).toBe(1200 / LOCK_RETRY.everyMs + 1);
  expect(log.at(-1)).toBe('rename .tong-hop-2023-06.xlsx.1.2.tmp → tong-hop-2023-06.xlsx @1200');
});

test('a lasting hold by Excel (its ~$ file beside the target): the new result kept under a local-time name, Excel named', async () => {
  const { deps } = fakeFs({ lockedFor: Infinity, files: [path.join(dir, '~$tong-hop-2023-06.xlsx')] });
  const e = await moveIntoPlace(tmp, target, deps).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(OutputLockedError);
  const err = e as OutputLockedError;
  const stamp = localStamp(deps.now());
  expect(err.keptAs).toBe(path.join(dir, `tong-hop-2023-06 (mới ${stamp}).xlsx`));
  expect(err.holder).toBe('excel');
  expect(lockedMessage(err, 'vi')).toBe(
    `Tệp ${target} đang mở trong Excel nên không ghi đè được; tệp cũ giữ nguyên. Kết quả mới được lưu thành: ${err.keptAs}`,
  );
});

test('held by another program (no ~$ file): OneDrive or an antivirus is named, not Excel', async () => {
  const { deps } = fakeFs({ lockedFor: Infinity });
  const err = (await moveIntoPlace(tmp, target, deps).catch((x: unknown) => x)) as OutputLockedError;
  expect(err.holder).toBe('other');
  expect(lockedMessage(err, 'vi')).toContain('OneDrive, phần mềm diệt virus');
  expect(lockedMessage(err, 'en')).not.toContain('Excel');
});

test('when even the other name cannot be written, the finished result stays in its temporary file, and the clerk is told where', async () => {
  const { deps, log } = fakeFs({ lockedFor: Infinity, altFails: true });
  const err = (await moveIntoPlace(tmp, target, deps).catch((x: unknown) => x)) as OutputLockedError;
  expect(err.keptAs).toBe(tmp);
  expect(log.some((l) => l.startsWith('rm'))).toBe(false);
  expect(lockedMessage(err, 'vi')).toContain(tmp);
});

test('the kept copy is named in local time: a 09:15 run in Vietnam is …-091500, not the UTC 021500', () => {
  const d = new Date(2023, 5, 30, 9, 15, 0);
  expect(localStamp(d)).toBe('20230630-091500');
});

describe.each(['EBUSY', 'EPERM'])("on the real file system, the target's rename refused with %s for good", (code) => {
  test('the old file is untouched, the new one is kept under the local-time name with its content, no temporary file is left', async () => {
    const { promises: fsp, mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(path.join(tmpdir(), 'camket-locked-'));
    const real = path.join(folder, 'tong-hop-2023-06.xlsx');
    writeFileSync(real, 'tháng trước');
    writeFileSync(path.join(folder, '~$tong-hop-2023-06.xlsx'), '');
    const rename = fsp.rename.bind(fsp);
    const spy = jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (to === real) throw Object.assign(new Error(`${code}: resource busy or locked, rename`), { code });
      return rename(from, to);
    });
    const sleeps = jest.spyOn(global, 'setTimeout').mockImplementation(((f: () => void) => {
      f();
      return 0 as unknown as NodeJS.Timeout;
    }) as unknown as typeof setTimeout);
    try {
      const before = new Date();
      const err = (await writeFileAtomic(real, 'tháng này').catch((x: unknown) => x)) as OutputLockedError;
      expect(err).toBeInstanceOf(OutputLockedError);
      expect(err.holder).toBe('excel');
      expect(spy.mock.calls.filter(([, to]) => to === real).length).toBe(LOCK_RETRY.totalMs / LOCK_RETRY.everyMs + 1);
      expect(readFileSync(real, 'utf8')).toBe('tháng trước');
      expect(readFileSync(err.keptAs!, 'utf8')).toBe('tháng này');
      const stamps = [localStamp(before), localStamp(new Date())];
      expect(stamps.map((s) => path.join(folder, `tong-hop-2023-06 (mới ${s}).xlsx`))).toContain(err.keptAs);
      expect(readdirSync(folder).sort()).toEqual(
        [path.basename(err.keptAs!), 'tong-hop-2023-06.xlsx', '~$tong-hop-2023-06.xlsx'].sort(),
      );
    } finally {
      spy.mockRestore();
      sleeps.mockRestore();
      await fsp.rm(folder, { recursive: true, force: true });
    }
  });
});
