// JSON without recursion. V8's JSON.stringify and structured clone recurse on nesting and
// throw "Maximum call stack size exceeded" near depth 5,000, while a reply chain in a 100 MB page
// can nest 8,000 comments (16,000 JSON levels: an object and its `children` array each).
// JSON.parse is iterative in V8 (since 7.6) and reads any depth, so only the writer is here.

export type JsonWriteOptions = {
  /**
   * Spaces per nesting level, as JSON.stringify's third argument; 0 (the default) writes
   * compact JSON. Indentation stops growing at `maxIndentLevels` levels, so a 5,000-deep
   * thread printed with 2 spaces stays near the size of its compact form (whitespace between
   * tokens means nothing to a JSON reader).
   */
  readonly indent?: number;
  readonly maxIndentLevels?: number;
};

const DEFAULT_MAX_INDENT_LEVELS = 32;
/** Deeper than any JSON.stringify in V8 can go, so a tree that it writes needs no capping. */
const NATIVE_DEPTH_LIMIT = 20_000;

type Frame =
  | { readonly kind: 'array'; readonly items: readonly unknown[]; next: number }
  | {
      readonly kind: 'object';
      readonly record: Readonly<Record<string, unknown>>;
      readonly keys: readonly string[];
      next: number;
      written: number;
    };

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const isSkipped = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Writes the JSON text of `value` to `sink` in chunks (a few thousand tokens each), with an
 * explicit stack: any depth, constant call stack. Same output as JSON.stringify(value, null,
 * indent) for plain data (objects, arrays, strings, finite numbers, booleans, null) when the
 * nesting stays within maxIndentLevels. Not handled: toJSON methods, Map and Set (written as
 * `{}` like JSON.stringify does), cycles (a cycle never ends: the input must be a tree).
 * Writes nothing where JSON.stringify returns undefined (undefined, a function, a symbol).
 */
export function writeJsonTo(
  value: unknown,
  sink: (chunk: string) => void,
  options: JsonWriteOptions = {},
): void {
  const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 0)));
  const maxLevels = options.maxIndentLevels ?? DEFAULT_MAX_INDENT_LEVELS;
  const breaks: string[] = [];
  const lineBreak = (level: number): string => {
    if (indent === 0) return '';
    const capped = Math.min(level, maxLevels);
    return (breaks[capped] ??= '\n' + ' '.repeat(indent * capped));
  };
  const colon = indent === 0 ? ':' : ': ';
  // A document repeats a handful of keys 100,000 times: each is quoted once.
  const keyTexts: Record<string, string> = Object.create(null) as Record<string, string>;
  const stack: Frame[] = [];
  // Pieces joined a few thousand at a time: a rope built with += costs one object per piece,
  // which measured ten times slower than JSON.stringify on a 100,000-comment thread.
  let parts: string[] = [];

  // The text that starts `item`: a whole scalar, or the bracket of a container whose frame
  // is pushed to be written next.
  const open = (item: unknown): string => {
    if (item === null || typeof item !== 'object') return JSON.stringify(item) ?? 'null';
    if (Array.isArray(item)) {
      if (item.length === 0) return '[]';
      stack.push({ kind: 'array', items: item, next: 0 });
      return '[';
    }
    const record = item as Readonly<Record<string, unknown>>;
    stack.push({ kind: 'object', record, keys: Object.keys(record), next: 0, written: 0 });
    return '{';
  };

  if (isSkipped(value)) return;
  parts.push(open(value));
  while (stack.length > 0) {
    if (parts.length >= 16_384) {
      sink(parts.join(''));
      parts = [];
    }
    const frame = stack[stack.length - 1]!;
    const level = stack.length;
    if (frame.kind === 'array') {
      if (frame.next === frame.items.length) {
        stack.pop();
        if (indent > 0) parts.push(lineBreak(level - 1));
        parts.push(']');
        continue;
      }
      const item = frame.items[frame.next];
      if (frame.next > 0) parts.push(',');
      if (indent > 0) parts.push(lineBreak(level));
      frame.next++;
      parts.push(open(isSkipped(item) ? null : item));
      continue;
    }
    let key: string | undefined;
    while (frame.next < frame.keys.length) {
      const candidate = frame.keys[frame.next++]!;
      if (!isSkipped(frame.record[candidate])) {
        key = candidate;
        break;
      }
    }
    if (key === undefined) {
      stack.pop();
      if (frame.written > 0 && indent > 0) parts.push(lineBreak(level - 1));
      parts.push('}');
      continue;
    }
    if (frame.written > 0) parts.push(',');
    if (indent > 0) parts.push(lineBreak(level));
    parts.push((keyTexts[key] ??= JSON.stringify(key) + colon));
    frame.written++;
    parts.push(open(frame.record[key]));
  }
  sink(parts.join(''));
}

/**
 * JSON.stringify(value, null, indent) for trees of any depth (see writeJsonTo for what is and
 * is not handled). Returns undefined where JSON.stringify would (undefined, a function).
 * Throws RangeError when the text would exceed the engine's longest string (~512 MB in V8):
 * write to a stream with writeJsonTo for output that large.
 */
export function writeJson(value: unknown, options: JsonWriteOptions = {}): string | undefined {
  if (isSkipped(value)) return undefined;
  // The engine's writer is two to three times faster and handles every shallow tree; it throws
  // a RangeError (stack overflow) on the deep ones, which the iterative writer then takes.
  // Only indentation within maxIndentLevels gives the same text both ways.
  if (
    (options.maxIndentLevels ?? DEFAULT_MAX_INDENT_LEVELS) >= NATIVE_DEPTH_LIMIT ||
    !options.indent
  ) {
    try {
      return JSON.stringify(value, null, options.indent);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const chunks: string[] = [];
  writeJsonTo(value, (chunk) => chunks.push(chunk), options);
  return chunks.join('');
}
