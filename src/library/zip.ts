// Zip files for the library's exports and backups. Written with fflate's streaming Zip (each
// member DEFLATE-compressed a slice at a time, the output gathered into Blobs, never one buffer
// of the whole file). Read back by the zip's central directory (PKWARE APPNOTE 6.3.10, §4.3.12
// and §4.3.16), one member at a time from a Blob (a chosen File is read from disk as needed),
// each inflated by fflate's Inflate and checked against its size and CRC-32. fflate's own
// readers do not fit: its streaming Unzip finds the end of a member written with a data
// descriptor — as its streaming Zip writes every member — by scanning the compressed bytes for
// zip signatures, which deflated data holds by chance about once every 1.4 GB, cutting the
// member short (101arrowz/fflate#243, #208), and it checks no CRC; `unzip` and `unzipSync` read
// the central directory but need the whole file in memory.

import { Inflate, Zip, ZipDeflate } from 'fflate';

/** Why a zip could not be written or read: data, worded where it is shown. */
export type ZipProblem =
  /** Neither a zip's first local header nor its end-of-central-directory record: not a zip. */
  | { readonly code: 'not-zip' }
  /**
   * Starts as a zip does (a local file header) but its end-of-central-directory record is
   * missing or unreadable: a zip cut short, as a download or a copy that stopped early leaves.
   */
  | { readonly code: 'truncated' }
  /** Over 4 GiB, or a ZIP64 archive: Fil writes and reads only the classic format. */
  | { readonly code: 'too-large' }
  /**
   * A member that cannot be read whole: bad header, unknown compression, wrong size or CRC.
   * `member` is its name (null for the directory itself); `detail` is in English, for developers.
   */
  | { readonly code: 'damaged'; readonly member: string | null; readonly detail: string };

export class ZipError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super(
      problem.code === 'damaged'
        ? `Zip: damaged ${problem.member ?? 'directory'} (${problem.detail})`
        : `Zip: ${problem.code}`,
    );
    this.name = 'ZipError';
    this.problem = problem;
  }
}

/** The classic zip format's offsets and sizes are 32-bit. */
const ZIP32_LIMIT = 0xffffffff;
/** Bytes handed to the compressor at a time: a few milliseconds of DEFLATE each. */
const SLICE_BYTES = 64 * 1024;
/**
 * fflate's fastest level: on Fil's texts about twice level 6's speed (22 against 10 MB/s on a
 * busy 2-core machine) for a file about a fifth larger (24 % of the text against 20 %). A
 * backup of hundreds of MB is made while the reader waits.
 */
const LEVEL = 1;
/** Output gathered into a Blob this often, so that the JavaScript heap holds at most this much. */
const BLOB_PART_BYTES = 8 * 1024 * 1024;
/** A task runs at most about this long before the reader's browser gets a turn. */
const TASK_MS = 10;

/**
 * A function to await between slices of work: it gives the browser a turn (rendering, input)
 * once `budgetMs` have passed since the last one, and returns at once otherwise.
 */
export function breather(budgetMs = TASK_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToBrowser();
    since = performance.now();
  };
}

type Scheduler = { readonly yield?: () => Promise<void> };

/** scheduler.yield where the browser has it (a continuation runs before other tasks), else a task. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The bytes of `data` a slice of at most SLICE_BYTES at a time. */
async function* slicesOf(data: Blob): AsyncGenerator<Uint8Array> {
  const reader = data.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (let at = 0; at < value.length; at += SLICE_BYTES)
        yield value.subarray(at, Math.min(value.length, at + SLICE_BYTES));
    }
  } finally {
    reader.releaseLock();
  }
}

/** Output chunks gathered into Blobs of about BLOB_PART_BYTES, so the heap holds little of it. */
class BlobSink {
  private readonly parts: Blob[] = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  /** Bytes written so far. */
  size = 0;

  push(chunk: Uint8Array<ArrayBuffer>): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.size += chunk.length;
    if (this.pendingBytes >= BLOB_PART_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }
}

/**
 * A zip file written member by member (fflate's streaming Zip), each DEFLATE-compressed a slice
 * at a time with a turn for the browser between slices. Add members one after another (await
 * each), then `finish`.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly sink = new BlobSink();
  private failure: Error | null = null;
  private readonly pause = breather();
  private readonly mtime: Date;

  /** `mtime`: the time every member is dated with (a backup's creation time). */
  constructor(mtime: Date = new Date()) {
    this.mtime = mtime;
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else this.write(chunk);
    });
  }

  private write(chunk: Uint8Array<ArrayBuffer>): void {
    this.sink.push(chunk);
    // fflate writes 32-bit offsets without checking: past 4 GiB the file would be corrupt.
    if (this.sink.size > ZIP32_LIMIT) this.failure ??= new ZipError({ code: 'too-large' });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /**
   * Adds a member named `name` (forward slashes for folders) holding `data`: a Blob is read a
   * slice at a time, a string is written as UTF-8.
   * @throws {ZipError} `too-large` once the zip passes 4 GiB; what reading `data` throws.
   */
  async add(name: string, data: Blob | string): Promise<void> {
    this.check();
    const member = new ZipDeflate(name, { level: LEVEL });
    member.mtime = this.mtime;
    this.zip.add(member);
    for await (const slice of slicesOf(typeof data === 'string' ? new Blob([data]) : data)) {
      member.push(slice, false);
      this.check();
      await this.pause();
    }
    member.push(new Uint8Array(0), true);
    this.check();
  }

  /**
   * Ends the zip (its central directory) and gives the whole file.
   * @throws {ZipError} `too-large` when it passed 4 GiB.
   */
  finish(type = 'application/zip'): Blob {
    this.zip.end();
    this.check();
    return this.sink.blob(type);
  }
}

/** A member as the central directory describes it. */
export type ZipMember = {
  readonly name: string;
  /** 0 stored, 8 DEFLATE: the two methods read here. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
};

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;

async function bytesOf(file: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await file.slice(start, end).arrayBuffer());
}

const names = new TextDecoder('utf-8');

/**
 * Why a file with no readable end-of-central-directory record cannot be read: `truncated` when
 * it starts with a local file header (every zip that holds a member does, and cutting a zip
 * short removes its end first), `not-zip` otherwise.
 */
async function endMissing(file: Blob): Promise<ZipError> {
  const start = await bytesOf(file, 0, 4);
  const zipStart = start.byteLength === 4 && start.getUint32(0, true) === LOCAL_SIGNATURE;
  return new ZipError({ code: zipStart ? 'truncated' : 'not-zip' });
}

/**
 * The members of the zip `file`, by name, from its central directory: reads only the end of
 * the file.
 * @throws {ZipError} when there is no end-of-central-directory record, `truncated` if the file
 *   starts as a zip does, else `not-zip`; `too-large` for a ZIP64 archive; `damaged` (member
 *   null) when the directory is not where it says.
 */
export async function readZipDirectory(file: Blob): Promise<Map<string, ZipMember>> {
  if (file.size < END_BYTES) throw await endMissing(file);
  const tailStart = Math.max(0, file.size - END_BYTES - MAX_COMMENT);
  const tail = await bytesOf(file, tailStart, file.size);
  // The record ends the file, after a comment of the length it gives: searched from the end.
  let end = -1;
  for (let at = tail.byteLength - END_BYTES; at >= 0; at--) {
    if (
      tail.getUint32(at, true) === END_SIGNATURE &&
      at + END_BYTES + tail.getUint16(at + 20, true) === tail.byteLength
    ) {
      end = at;
      break;
    }
  }
  if (end < 0) throw await endMissing(file);
  const count = tail.getUint16(end + 10, true);
  const directorySize = tail.getUint32(end + 12, true);
  const directoryOffset = tail.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === ZIP32_LIMIT || directoryOffset === ZIP32_LIMIT)
    throw new ZipError({ code: 'too-large' });
  if (directoryOffset + directorySize > tailStart + end)
    throw new ZipError({ code: 'damaged', member: null, detail: 'directory out of bounds' });
  const directory = await bytesOf(file, directoryOffset, directoryOffset + directorySize);
  const members = new Map<string, ZipMember>();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.byteLength || directory.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipError({ code: 'damaged', member: null, detail: `entry ${index} unreadable` });
    const nameLength = directory.getUint16(at + 28, true);
    const extraLength = directory.getUint16(at + 30, true);
    const commentLength = directory.getUint16(at + 32, true);
    const nameStart = directory.byteOffset + at + 46;
    if (at + 46 + nameLength > directory.byteLength)
      throw new ZipError({ code: 'damaged', member: null, detail: `entry ${index} cut short` });
    const name = names.decode(new Uint8Array(directory.buffer, nameStart, nameLength));
    members.set(name, {
      name,
      flags: directory.getUint16(at + 8, true),
      method: directory.getUint16(at + 10, true),
      crc: directory.getUint32(at + 16, true),
      compressedSize: directory.getUint32(at + 20, true),
      size: directory.getUint32(at + 24, true),
      localHeaderOffset: directory.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 (ISO-HDLC, the zip format's: reflected polynomial 0xEDB88320) of `bytes`, continuing
 * from `crc` (0 to start). crc32 of the ASCII "123456789" is 0xCBF43926.
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The bytes of one member, inflated (or as stored) a slice at a time, with a turn for the
 * browser between slices; checked against the size and the CRC-32 the directory gives, and
 * never inflated past that size (a zip bomb stops there). `pause` is awaited between slices
 * (pass one breather to the reads of many small members, so that they share its budget).
 * @throws {ZipError} `damaged` (with the member's name) when any of that does not hold.
 */
export async function readZipMember(
  file: Blob,
  member: ZipMember,
  type = '',
  pause: () => Promise<void> = breather(),
): Promise<Blob> {
  const damaged = (detail: string) =>
    new ZipError({ code: 'damaged', member: member.name, detail });
  if (member.flags & 1) throw damaged('encrypted');
  if (member.method !== 0 && member.method !== 8)
    throw damaged(`compression method ${member.method}`);
  const header = await bytesOf(file, member.localHeaderOffset, member.localHeaderOffset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_SIGNATURE)
    throw damaged('no local header');
  const start =
    member.localHeaderOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  if (start + member.compressedSize > file.size) throw damaged('cut short');
  const data = file.slice(start, start + member.compressedSize);

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  let crc = 0;
  const take = (chunk: Uint8Array<ArrayBuffer>) => {
    size += chunk.length;
    if (size > member.size) throw damaged('longer than its size');
    crc = crc32(chunk, crc);
    chunks.push(chunk);
  };
  try {
    if (member.method === 0) {
      for await (const slice of slicesOf(data)) {
        take(slice.slice());
        await pause();
      }
    } else {
      const inflate = new Inflate(take);
      for await (const slice of slicesOf(data)) {
        inflate.push(slice, false);
        await pause();
      }
      // Throws "unexpected EOF" when the compressed data ends before its last block.
      inflate.push(new Uint8Array(0), true);
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    // fflate's own words ("invalid block type", "unexpected EOF").
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  if (size !== member.size) throw damaged(`${size} bytes instead of ${member.size}`);
  if (crc !== member.crc) throw damaged('CRC-32 does not match');
  return new Blob(chunks, { type });
}
