// The package as a zip, streamed to its output: fflate's Zip lays out the archive (local headers,
// data descriptors, central directory), and each part is deflated by Node's zlib, which compresses
// on another thread while the rows of the next piece are built (measured on the 100,000-row
// commitments sheet, 91 MB of XML: zlib level 1 took 1.2 s, fflate's JavaScript deflate 4.7 s).
// A part is given to fflate through its documented ZipInputFile interface (size, crc, compression
// and ondata), as a custom compression stream.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import * as zlib from 'node:zlib';
import { finished } from 'node:stream/promises';
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';

// ---- CRC-32 ---------------------------------------------------------------------------------------

let table: Int32Array | null = null;

/** CRC-32 (the zip one) in JavaScript, for Node releases before 20.15 that lack zlib.crc32. */
export function crc32js(data: Uint8Array, previous = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  const t = table;
  let crc = ~previous;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** zlib.crc32 where this Node has it (20.15 and later), else the JavaScript one. */
export const crc32: (data: Uint8Array, previous?: number) => number =
  typeof zlib.crc32 === 'function' ? (data, previous = 0) => zlib.crc32(data, previous) : crc32js;

// ---- Output -----------------------------------------------------------------------------------

/** How much deflated or uncompressed data may wait before the writer is held back. */
export interface ZipLimits {
  /** Bytes of part data waiting for zlib. */
  pendingInput: number;
  /** Bytes of zip waiting for the output. */
  pendingOutput: number;
}

/** 1 MB each: measured on 100,000 commitments, 8 MB of backlog cost 50–60 MB more peak memory
 *  and more time (garbage collection) than 1 MB, for no gain. */
const DEFAULT_LIMITS: ZipLimits = { pendingInput: 1 << 20, pendingOutput: 1 << 20 };

const EMPTY = new Uint8Array(0);

/** One part, deflated by zlib, as a ZipInputFile for fflate. */
class DeflatedPart implements ZipInputFile {
  readonly compression = 8;
  /** Bits 1–2 of the general purpose flag: "super fast" for level 1, "fast" below 6. */
  readonly flag: number;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  readonly deflate: zlib.DeflateRaw;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
    level: number,
    onError: (e: Error) => void,
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
    this.deflate = zlib.createDeflateRaw({ level, chunkSize: 64 << 10 });
    this.deflate.on('data', (chunk: Buffer<ArrayBuffer>) => this.ondata?.(null, chunk, false));
    this.deflate.on('end', () => this.ondata?.(null, EMPTY, true));
    this.deflate.on('error', onError);
  }

  write(bytes: Uint8Array): void {
    if (!bytes.length) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.write(bytes);
  }

  terminate(): void {
    this.deflate.destroy();
  }
}

/** A part being written: text or bytes in, deflated into the package in order. */
export interface ZipPart {
  readonly name: string;
  write(data: string | Uint8Array): void;
  /** Resolves when the writer may go on: at once (after a turn of the event loop, so zlib gets
   *  the next piece), or when the waiting data has gone below the limits. */
  drain(): Promise<void>;
  /** No more data; the next part may be opened. */
  end(): void;
}

/**
 * A zip streamed into `out` (a file). Parts are written one after another; `finish()` writes
 * the central directory and resolves once `out` has closed. Any error of zlib or of the output
 * makes every later call reject with it.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private open: DeflatedPart | null = null;
  private error: Error | null = null;
  private readonly failed: Promise<never>;
  private fail!: (e: Error) => void;
  private finished = false;
  private readonly done: Promise<void>;
  private resolveDone!: () => void;
  private readonly names = new Set<string>();

  constructor(
    private readonly out: Writable,
    private readonly options: { level?: number; mtime?: Date; limits?: Partial<ZipLimits> } = {},
  ) {
    this.failed = new Promise<never>((_, reject) => {
      this.fail = (e) => {
        if (this.error) return;
        this.error = e;
        reject(e);
      };
    });
    // Nobody may be waiting when it fails; the error is given to the next caller instead.
    this.failed.catch(() => {});
    this.done = new Promise<void>((resolve) => (this.resolveDone = resolve));
    out.on('error', (e: Error) => this.fail(e));
    this.zip = new Zip((err, data, final) => {
      if (err) return this.fail(err);
      if (data.length) out.write(data);
      if (final) this.resolveDone();
    });
  }

  private get limits(): ZipLimits {
    return { ...DEFAULT_LIMITS, ...this.options.limits };
  }

  private check(): void {
    if (this.error) throw this.error;
  }

  /** Open the part `name` (a path inside the zip, no leading slash). */
  part(name: string): ZipPart {
    this.check();
    if (this.finished) throw new Error(`zip: ${name} added after the end`);
    if (this.open) throw new Error(`zip: ${name} opened before ${this.open.filename} was ended`);
    if (this.names.has(name)) throw new Error(`zip: ${name} written twice`);
    this.names.add(name);
    const file = new DeflatedPart(name, this.options.mtime ?? new Date(), this.options.level ?? 1, (e) => this.fail(e));
    this.zip.add(file);
    this.open = file;
    let ended = false;
    const writer = this;
    return {
      name,
      write(data: string | Uint8Array): void {
        writer.check();
        if (ended) throw new Error(`zip: ${name} written after its end`);
        file.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      },
      drain: () => this.drain(file),
      end(): void {
        writer.check();
        if (ended) return;
        ended = true;
        file.deflate.end();
        writer.open = null;
      },
    };
  }

  /** A whole part at once. */
  add(name: string, data: string | Uint8Array): void {
    const p = this.part(name);
    p.write(data);
    p.end();
  }

  private async drain(file: DeflatedPart): Promise<void> {
    this.check();
    const { pendingInput, pendingOutput } = this.limits;
    if (file.deflate.writableLength > pendingInput) await Promise.race([once(file.deflate, 'drain'), this.failed]);
    else await Promise.race([new Promise((resolve) => setImmediate(resolve)), this.failed]);
    if (this.out.writableLength > pendingOutput) await Promise.race([once(this.out, 'drain'), this.failed]);
    this.check();
  }

  /** Write the central directory and close the output. */
  async finish(): Promise<void> {
    this.check();
    if (this.open) throw new Error(`zip: finished before ${this.open.filename} was ended`);
    this.finished = true;
    this.zip.end();
    await Promise.race([this.done, this.failed]);
    this.out.end();
    // Resolves once the output has finished, and closed where it closes (a file).
    await Promise.race([finished(this.out), this.failed]);
  }

  /** Stop: zlib streams and the output are destroyed; resolves once the output is closed (a
   *  file that is still open cannot be deleted on Windows). */
  async abort(): Promise<void> {
    this.finished = true;
    try {
      this.zip.terminate();
    } catch {
      // Already stopped.
    }
    this.open?.terminate();
    this.open = null;
    const out = this.out;
    if (out.closed) return;
    const closed = finished(out).catch(() => undefined);
    out.destroy();
    await closed;
  }
}
