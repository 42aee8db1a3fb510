// Progress while reading a folder: a bar on a terminal (on stderr, so stdout stays clean for
// redirection), plain lines otherwise (a log file, a CI job, a scheduled task).
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  /** One file done; `line` is what a plain log shows for it. */
  tick(file: string, line: string): void;
  stop(): void;
}

export function barProgress(label: string, stream: NodeJS.WritableStream = process.stderr): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {value}/{total} | {file}`,
      stream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  return {
    start(total) {
      bar.start(total, 0, { file: '' });
      active = true;
    },
    tick(file) {
      // Long names would wrap and break the bar's redraw.
      bar.increment(1, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}

export function lineProgress(print: (line: string) => void): Progress {
  let total = 0;
  let done = 0;
  return {
    start(n) {
      total = n;
      done = 0;
    },
    tick(_file, line) {
      done++;
      const width = String(total).length;
      print(`[${String(done).padStart(width)}/${total}] ${line}`);
    },
    stop() {},
  };
}
