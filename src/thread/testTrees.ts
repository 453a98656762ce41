// Comment trees for the src/thread tests: small hand-built ones, huge generated ones and a
// fast-check arbitrary for random ones. Used by tests only.

import fc from 'fast-check';
import type { Comment } from '../parser/types';

export function makeComment(
  id: string,
  score: number,
  postedAt: string | null,
  children: Comment[] = [],
): Comment {
  return {
    id,
    line: 0,
    endLine: 0,
    score,
    postedAt,
    author: null,
    quote: null,
    paragraphs: [`Comment ${id}`],
    children,
  };
}

/** Gives every comment its path id ('1', '1.2', …) and a line in preorder, without recursion. */
export function numberComments(topLevel: Comment[]): Comment[] {
  const pending: { comment: Comment; id: string }[] = [];
  topLevel.forEach((comment, k) => pending.push({ comment, id: String(k + 1) }));
  pending.reverse();
  let line = 1;
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const { comment, id } = entry;
    comment.id = id;
    comment.line = line;
    line += 2 + comment.paragraphs.length;
    for (let k = comment.children.length - 1; k >= 0; k--) {
      const child = comment.children[k];
      if (child !== undefined) pending.push({ comment: child, id: `${id}.${k + 1}` });
    }
  }
  return topLevel;
}

/** One top-level comment with a reply, which has a reply, … `depth` comments in all. */
export function makeChain(depth: number): Comment[] {
  const root = makeComment('', 0, null);
  let tip = root;
  for (let level = 1; level < depth; level++) {
    const reply = makeComment('', level % 7, null);
    tip.children.push(reply);
    tip = reply;
  }
  return numberComments([root]);
}

/** `count` top-level comments and no replies. */
export function makeFlat(count: number): Comment[] {
  const comments: Comment[] = [];
  for (let k = 0; k < count; k++) {
    comments.push(
      makeComment('', (k % 41) - 20, `2022-01-${String((k % 28) + 1).padStart(2, '0')}`),
    );
  }
  return numberComments(comments);
}

/** Few distinct values, so that ties (and their source-order fallback) are common. */
const POSTED_AT_CHOICES = [
  null,
  '2022-01-22T09:32',
  '2022-01-22T09:33',
  '2022-01-22',
  '2021-12-31T23:59',
  '2023-06-01T00:00',
] as const;

type NodeSpec = {
  /** Where the comment goes, relative to the one created just before it. */
  attach: 'reply' | 'sibling' | 'top-level' | number;
  score: number;
  postedAt: string | null;
  quote?: QuoteSpec;
};

/**
 * A quote of the comment created that many steps earlier (any comment, not only an ancestor),
 * or one whose comment is unknown ('lost': an id no comment has) or unresolved (null).
 */
type QuoteSpec = number | 'lost' | 'unresolved' | null;

const AUTHORS = [null, 'Ann', 'Bob', 'Mikhaïl L.'] as const;

const quoteSpec: fc.Arbitrary<QuoteSpec> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.nat({ max: 400 }), weight: 3 },
  { arbitrary: fc.constantFrom('lost' as const, 'unresolved' as const), weight: 1 },
);

/** Node specs whose placement favours `reply` (depth), `sibling` (width) or a random parent. */
function nodeSpec(weights: { reply: number; sibling: number; anywhere: number }) {
  return fc.record<NodeSpec>({
    attach: fc.oneof(
      { arbitrary: fc.constant('reply'), weight: weights.reply },
      { arbitrary: fc.constant('sibling'), weight: weights.sibling },
      { arbitrary: fc.constant('top-level'), weight: 1 },
      // Replies to the comment created that many steps earlier, anywhere in the tree.
      { arbitrary: fc.nat({ max: 400 }), weight: weights.anywhere },
    ),
    score: fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -30, max: 30 })),
    postedAt: fc.constantFrom(...POSTED_AT_CHOICES),
  });
}

const NODE_SPEC_STYLES = [
  nodeSpec({ reply: 1, sibling: 1, anywhere: 1 }),
  nodeSpec({ reply: 20, sibling: 1, anywhere: 1 }),
  nodeSpec({ reply: 1, sibling: 20, anywhere: 2 }),
];

function treeFromSpecs(specs: readonly NodeSpec[]): Comment[] {
  const created: Comment[] = [];
  const quoted: [number, QuoteSpec][] = [];
  const parentOf = new Map<Comment, Comment | undefined>();
  const topLevel: Comment[] = [];
  for (const spec of specs) {
    const comment = makeComment('', spec.score, spec.postedAt);
    const previous = created.at(-1);
    let parent: Comment | undefined;
    if (spec.attach === 'reply') parent = previous;
    else if (spec.attach === 'sibling') parent = previous && parentOf.get(previous);
    else if (typeof spec.attach === 'number' && created.length > 0) {
      parent = created[created.length - 1 - (spec.attach % created.length)];
    }
    if (parent === undefined) topLevel.push(comment);
    else parent.children.push(comment);
    parentOf.set(comment, parent);
    if (spec.quote !== undefined && spec.quote !== null) quoted.push([created.length, spec.quote]);
    created.push(comment);
  }
  numberComments(topLevel);
  // Quotes name comments by id, which exist only now.
  for (const [k, [at, quote]] of quoted.entries()) {
    const comment = created[at]!;
    let commentId: string | null = null;
    if (quote === 'lost') commentId = '0.404';
    else if (typeof quote === 'number') commentId = created[Math.max(0, at - 1 - quote)]!.id;
    comment.author = AUTHORS[k % AUTHORS.length]!;
    comment.quote = { author: AUTHORS[(k + 1) % AUTHORS.length] ?? 'Dee', text: 'x', commentId };
  }
  return topLevel;
}

/**
 * Random threads of up to `maxComments` comments, any depth and width; with `quotes`, some
 * comments quote an earlier one (or an id no comment has, or none) and have an author.
 */
export function threadArbitrary(
  maxComments = 300,
  { quotes = false }: { readonly quotes?: boolean } = {},
): fc.Arbitrary<Comment[]> {
  const styles = quotes
    ? NODE_SPEC_STYLES.map((style) =>
        fc.tuple(style, quoteSpec).map(([spec, quote]) => ({ ...spec, quote })),
      )
    : NODE_SPEC_STYLES;
  // Mixed, deep and wide trees; small ones (where shrinking ends up) and any size up to the full one.
  const specs = fc.oneof(
    ...styles.flatMap((style) => [
      fc.array(style, { maxLength: maxComments }),
      fc.array(style, { maxLength: maxComments, size: 'max' }),
    ]),
  );
  return specs.map(treeFromSpecs);
}

/** Runs a stepwise builder (a generator that yields between steps) to its end: its result. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
