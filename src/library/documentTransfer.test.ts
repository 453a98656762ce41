import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../parser/json.ts';
import { documentOf } from '../parser/testing.ts';
import type { Comment, ParsedDocument } from '../parser/types.ts';
import {
  commentBatches,
  createAssembler,
  documentHead,
  type CommentRecord,
} from './documentTransfer.ts';

function comment(id: string, score: number): Comment {
  const line = Number(id.split('.').at(-1)) || 1;
  return {
    id,
    line,
    endLine: line,
    score,
    postedAt: null,
    author: null,
    quote: null,
    paragraphs: [`text of ${id}`],
    children: [],
  };
}

/** A tree from choices: comment i goes under comment `choice % (i + 1)`, or top level when that is i. */
function treeFromChoices(choices: readonly number[]): Comment[] {
  const top: Comment[] = [];
  const made: Comment[] = [];
  choices.forEach((choice, i) => {
    const under = choice % (i + 1);
    const parent = under === i ? null : made[under]!;
    const siblings = parent ? parent.children : top;
    const made_ = comment(
      `${parent ? `${parent.id}.` : ''}${siblings.length + 1}`,
      (choice % 21) - 10,
    );
    siblings.push(made_);
    made.push(made_);
  });
  return top;
}

function roundTrip(doc: ParsedDocument, size: number): ParsedDocument {
  const assembler = createAssembler(documentHead(doc));
  for (const records of commentBatches(doc, size)) {
    expect(records.length).toBeLessThanOrEqual(size);
    // What crosses postMessage: the batch as JSON text.
    assembler.add(JSON.parse(JSON.stringify(records)) as CommentRecord[]);
  }
  return assembler.finish();
}

describe('a document handed over in batches', () => {
  it('comes back equal, whatever its shape and the batch size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (choices, size) => {
          const doc = documentOf(treeFromChoices(choices));
          expect(writeJson(roundTrip(doc, size))).toBe(writeJson(doc));
        },
      ),
    );
  });

  it('walks a 5,000-deep chain without recursion, in preorder with depths', () => {
    const top = [comment('1', 0)];
    let last = top[0]!;
    for (let depth = 2; depth <= 5000; depth++) {
      const next = comment(`${last.id}.1`, depth);
      last.children.push(next);
      last = next;
    }
    const doc = documentOf(top);
    const depths = [...commentBatches(doc, 1000)].flat().map((record) => record.depth);
    expect(depths).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(writeJson(roundTrip(doc, 1000))).toBe(writeJson(doc));
  });

  it('sends the comments without their replies, and leaves the document as it was', () => {
    const doc = documentOf(treeFromChoices([0, 0, 1, 3]));
    const before = writeJson(doc);
    const [records] = [...commentBatches(doc)];
    expect(
      records!.map((record) => [record.comment.id, record.depth, record.comment.children]),
    ).toEqual([
      ['1', 1, []],
      ['1.1', 2, []],
      ['1.1.1', 3, []],
      ['2', 1, []],
    ]);
    expect(documentHead(doc).comments).toEqual([]);
    expect(writeJson(doc)).toBe(before);
  });

  it('refuses a record that skips a level', () => {
    const assembler = createAssembler(documentHead(documentOf([])));
    expect(() => assembler.add([{ depth: 2, comment: comment('1.1', 0) }])).toThrow(
      /skips a level/,
    );
  });
});
