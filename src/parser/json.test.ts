import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson, writeJsonTo } from './json.ts';

/** writeJsonTo's output, in one string. */
function written(value: unknown, indent = 0, maxIndentLevels?: number): string {
  const chunks: string[] = [];
  writeJsonTo(value, (chunk) => chunks.push(chunk), {
    indent,
    ...(maxIndentLevels === undefined ? {} : { maxIndentLevels }),
  });
  return chunks.join('');
}

/** [[[…0…]]]: `depth` arrays, built without recursion. */
function nestedArrays(depth: number): unknown[] {
  const root: unknown[] = [];
  let current = root;
  for (let level = 1; level < depth; level++) {
    const next: unknown[] = [];
    current.push(next);
    current = next;
  }
  current.push(0);
  return root;
}

/** {"a":{"a":…{"a":"end"}}}: `depth` objects, built without recursion. */
function nestedObjects(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let level = 1; level < depth; level++) {
    const next: Record<string, unknown> = {};
    current.a = next;
    current = next;
  }
  current.a = 'end';
  return root;
}

describe('writeJson and writeJsonTo', () => {
  it('write the same text as JSON.stringify for any JSON value, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const expected = JSON.stringify(value, null, indent);
        expect(written(value, indent)).toBe(expected);
        expect(writeJson(value, { indent })).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('write the same text as JSON.stringify for strings that need escaping', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })),
        (value) => {
          expect(written(value, 2)).toBe(JSON.stringify(value, null, 2));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('skip undefined, functions and symbols in objects and write them as null in arrays', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: Symbol('c'),
      d: [undefined, () => 1, Symbol('d'), 1],
      e: 'kept',
    };
    expect(written(value)).toBe('{"d":[null,null,null,1],"e":"kept"}');
    expect(written(value)).toBe(JSON.stringify(value));
    expect(written(value, 2)).toBe(JSON.stringify(value, null, 2));
    // An object whose every property is skipped is written as {} on one line, as JSON.stringify does.
    expect(written({ x: [{ a: undefined }] }, 2)).toBe(
      JSON.stringify({ x: [{ a: undefined }] }, null, 2),
    );
  });

  it('write nothing for a value JSON.stringify gives undefined for', () => {
    for (const value of [undefined, () => 1, Symbol('s')]) {
      expect(writeJson(value)).toBeUndefined();
      expect(written(value)).toBe('');
    }
  });

  it('write non-finite numbers as null, as JSON.stringify does', () => {
    const value = [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21];
    expect(written(value)).toBe(JSON.stringify(value));
  });

  it('write 100,000 nested arrays and objects that JSON.parse reads back', () => {
    const depth = 100_000;
    expect(() => JSON.stringify(nestedArrays(depth))).toThrow(RangeError);

    const arrays = writeJson(nestedArrays(depth))!;
    expect(arrays).toBe('['.repeat(depth) + '0' + ']'.repeat(depth));
    let back: unknown = JSON.parse(arrays);
    let levels = 0;
    while (Array.isArray(back)) {
      levels++;
      back = back[0];
    }
    expect([levels, back]).toEqual([depth, 0]);

    const objects = writeJson(nestedObjects(depth), { indent: 2 })!;
    let node: unknown = JSON.parse(objects);
    levels = 0;
    while (typeof node === 'object' && node !== null && 'a' in node) {
      levels++;
      node = node.a;
    }
    expect([levels, node]).toEqual([depth, 'end']);
  });

  it('stop indenting at maxIndentLevels (32 by default), so deep text stays small', () => {
    const depth = 1000;
    const text = writeJson(nestedArrays(depth), { indent: 2 })!;
    const widest = Math.max(
      ...text.split('\n').map((line) => line.length - line.trimStart().length),
    );
    expect(widest).toBe(2 * 32);
    // Every level still has its own line, and the text still reads back.
    expect(text.split('\n')).toHaveLength(2 * depth + 1);
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(nestedArrays(depth)));

    const capped = written(nestedArrays(10), 4, 3);
    // Ten arrays then the 0: levels 0…10 down and 9…0 back up, each capped at 3 levels of 4.
    const levels = [
      ...Array.from({ length: 11 }, (_, i) => i),
      ...Array.from({ length: 10 }, (_, i) => 9 - i),
    ];
    expect(capped.split('\n').map((line) => line.length - line.trimStart().length)).toEqual(
      levels.map((level) => 4 * Math.min(level, 3)),
    );
  });

  it('give JSON.stringify’s text within the cap, indented or not', () => {
    const shallow = nestedObjects(32);
    expect(writeJson(shallow, { indent: 2 })).toBe(JSON.stringify(shallow, null, 2));
    expect(written(shallow, 2)).toBe(JSON.stringify(shallow, null, 2));
  });

  it('hands the text to the sink in more than one chunk when it is long', () => {
    const chunks: string[] = [];
    const value = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    writeJsonTo(value, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify(value));
  });
});
