// Zips as exports and backups write and read them: fflate's own reader reads what ZipWriter
// writes, ZipWriter's output (and a zip fflate writes in one go) reads back member by member,
// and every kind of damage is refused with the member it is in.

import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZipDirectory, readZipMember, ZipError, ZipWriter } from './zip';

const encode = (text: string) => new TextEncoder().encode(text);

/** 600 KB of text that does not repeat in short runs, so that it spans several deflate slices. */
function longText(): string {
  const words: string[] = [];
  let state = 7;
  for (let i = 0; i < 100_000; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    words.push(state.toString(36));
  }
  return words.join(' ');
}

async function written(members: Record<string, Blob | string>): Promise<Blob> {
  const writer = new ZipWriter(new Date(2024, 4, 1, 12, 0, 0));
  for (const [name, data] of Object.entries(members)) await writer.add(name, data);
  return writer.finish();
}

async function bytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ZipError)) throw new Error(`expected a ZipError, got ${String(error)}`);
  return error.problem;
}

describe('crc32', () => {
  it('gives the standard check value, and the same in pieces as whole', () => {
    expect(crc32(encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const whole = encode('Le texte de l’article, avec « guillemets ».');
    expect(crc32(whole.subarray(10), crc32(whole.subarray(0, 10)))).toBe(crc32(whole));
  });
});

describe('ZipWriter', () => {
  it('writes members that fflate’s unzipSync reads back byte for byte', async () => {
    const long = longText();
    const zip = await written({
      'a/source.txt': new Blob([encode('Première ligne\r\nDeuxième')]),
      'a/long.txt': long,
      'empty.txt': new Blob([]),
      'manifest.json': '{"format":"x"}',
    });
    expect(zip.type).toBe('application/zip');
    const files = unzipSync(await bytes(zip));
    expect(Object.keys(files)).toEqual([
      'a/source.txt',
      'a/long.txt',
      'empty.txt',
      'manifest.json',
    ]);
    expect(strFromU8(files['a/source.txt']!)).toBe('Première ligne\r\nDeuxième');
    expect(strFromU8(files['a/long.txt']!)).toBe(long);
    expect(files['empty.txt']!.length).toBe(0);
    // Compressed: the long text's words come from 36 characters.
    expect(zip.size).toBeLessThan(long.length * 0.8);
  });
});

describe('reading a zip member by member', () => {
  it('reads back what ZipWriter wrote, by the central directory', async () => {
    const long = longText();
    const zip = await written({ 'x/é.txt': 'accentué', 'x/long.txt': long, 'empty.txt': '' });
    const members = await readZipDirectory(zip);
    expect([...members.keys()]).toEqual(['x/é.txt', 'x/long.txt', 'empty.txt']);
    expect(members.get('x/long.txt')).toMatchObject({ method: 8, size: encode(long).length });
    expect(await (await readZipMember(zip, members.get('x/é.txt')!)).text()).toBe('accentué');
    expect(await (await readZipMember(zip, members.get('x/long.txt')!)).text()).toBe(long);
    const json = await readZipMember(zip, members.get('empty.txt')!, 'application/json');
    expect([json.size, json.type]).toEqual([0, 'application/json']);
  });

  it('reads stored (uncompressed) members and a zip with a comment after its directory', async () => {
    const zip = zipSync(
      {
        'plain.txt': [encode('as it is'), { level: 0 }],
        'packed.txt': encode('packed '.repeat(50)),
      },
      { comment: 'made elsewhere' },
    );
    const members = await readZipDirectory(new Blob([zip]));
    expect(members.get('plain.txt')?.method).toBe(0);
    expect(await (await readZipMember(new Blob([zip]), members.get('plain.txt')!)).text()).toBe(
      'as it is',
    );
    expect(await (await readZipMember(new Blob([zip]), members.get('packed.txt')!)).text()).toBe(
      'packed '.repeat(50),
    );
  });

  it('a file that does not start as a zip and has no end record is not-zip', async () => {
    expect(await problemOf(readZipDirectory(new Blob(['Un fil importé – Le Site\n'])))).toEqual({
      code: 'not-zip',
    });
    expect(await problemOf(readZipDirectory(new Blob([])))).toEqual({ code: 'not-zip' });
    expect(await problemOf(readZipDirectory(new Blob(['PK'])))).toEqual({ code: 'not-zip' });
    // A PDF (or any file) that happens to hold "PK" further in is not a zip either.
    const pdf = new Blob([`%PDF-1.7\n${'x'.repeat(100)}PK\x03\x04${'y'.repeat(100)}`]);
    expect(await problemOf(readZipDirectory(pdf))).toEqual({ code: 'not-zip' });
  });

  it('a zip cut short anywhere before its end is truncated, not not-zip', async () => {
    const zip = await bytes(
      await written({ 'manifest.json': '{"format":"x"}', 'a.txt': longText() }),
    );
    const end = zip.length - 22;
    expect(new DataView(zip.buffer).getUint32(end, true)).toBe(0x06054b50);
    const cuts = {
      'its first bytes': 4,
      'its first local header': 20,
      half: Math.floor(zip.length / 2),
      'just before the end record': end,
      'inside the end record': end + 10,
      'one byte short': zip.length - 1,
    };
    for (const [where, length] of Object.entries(cuts)) {
      const problem = await problemOf(readZipDirectory(new Blob([zip.subarray(0, length)])));
      expect({ where, problem }).toEqual({ where, problem: { code: 'truncated' } });
    }
    // Whole, it reads.
    expect((await readZipDirectory(new Blob([zip]))).size).toBe(2);
  });

  it('a ZIP64 archive is too-large', async () => {
    const zip = await bytes(await written({ 'a.txt': 'text' }));
    const end = zip.length - 22;
    // The end record's entry count 0xFFFF: "look in the ZIP64 record".
    zip[end + 10] = 0xff;
    zip[end + 11] = 0xff;
    expect(await problemOf(readZipDirectory(new Blob([zip])))).toEqual({ code: 'too-large' });
  });

  it('a changed byte in a member’s data is found: damaged, naming the member', async () => {
    const zip = await bytes(await written({ 'first.txt': 'intact', 'second.txt': longText() }));
    const members = await readZipDirectory(new Blob([zip]));
    const second = members.get('second.txt')!;
    // In the middle of its compressed data (past its 30-byte header and name).
    const at = second.localHeaderOffset + 30 + 'second.txt'.length + 1000;
    zip[at] = zip[at]! ^ 0x55;
    const blob = new Blob([zip]);
    expect(await (await readZipMember(blob, members.get('first.txt')!)).text()).toBe('intact');
    expect(await problemOf(readZipMember(blob, second))).toMatchObject({
      code: 'damaged',
      member: 'second.txt',
    });
  });

  it('a stored member with a wrong CRC, or longer than the directory says, is damaged', async () => {
    const zip = zipSync({ 'plain.txt': [encode('as it is'), { level: 0 }] });
    const blob = new Blob([zip]);
    const member = (await readZipDirectory(blob)).get('plain.txt')!;
    expect(await problemOf(readZipMember(blob, { ...member, crc: member.crc ^ 1 }))).toEqual({
      code: 'damaged',
      member: 'plain.txt',
      detail: 'CRC-32 does not match',
    });
    // A zip bomb says little and inflates to much: reading stops at the size it gave.
    expect(await problemOf(readZipMember(blob, { ...member, size: 3 }))).toEqual({
      code: 'damaged',
      member: 'plain.txt',
      detail: 'longer than its size',
    });
    expect(await problemOf(readZipMember(blob, { ...member, localHeaderOffset: 5 }))).toEqual({
      code: 'damaged',
      member: 'plain.txt',
      detail: 'no local header',
    });
    expect(await problemOf(readZipMember(blob, { ...member, method: 14 }))).toMatchObject({
      code: 'damaged',
      detail: 'compression method 14',
    });
  });

  it('a deflated member cut short is damaged', async () => {
    const zip = await bytes(await written({ 'long.txt': longText() }));
    const blob = new Blob([zip]);
    const member = (await readZipDirectory(blob)).get('long.txt')!;
    const short = { ...member, compressedSize: member.compressedSize - 100 };
    expect(await problemOf(readZipMember(blob, short))).toMatchObject({
      code: 'damaged',
      member: 'long.txt',
    });
  });
});
