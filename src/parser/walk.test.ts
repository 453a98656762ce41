import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import type { Comment } from './types.ts';
import { walkComments } from './walk.ts';

const seed = readFileSync(
  fileURLToPath(new URL('../../seeds/000_78ca0d792cd5fe59.txt', import.meta.url)),
  'utf8',
);

describe('walkComments', () => {
  it('visits comments in source order, with depth and the number of the parent visit', () => {
    const doc = parseDocument(seed, { id: '000' });
    const visits: string[] = [];
    const ids: string[] = [];
    walkComments(doc.comments, (comment, depth, parent) => {
      visits.push(`${comment.id}@${depth}<${parent < 0 ? '-' : ids[parent]}`);
      ids.push(comment.id);
    });
    expect(visits.slice(0, 8)).toEqual([
      '1@1<-',
      '1.1@2<1',
      '1.1.1@3<1.1',
      '1.1.1.1@4<1.1.1',
      '1.1.1.1.1@5<1.1.1.1',
      '1.1.1.1.1.1@6<1.1.1.1.1',
      '1.1.1.1.2@5<1.1.1.1',
      '1.2@2<1',
    ]);
    expect(visits).toHaveLength(20);
  });

  it('walks a 100,000-deep chain without recursion', () => {
    const make = (): Comment => ({
      id: '1',
      line: 1,
      endLine: 1,
      score: 0,
      postedAt: null,
      author: null,
      quote: null,
      paragraphs: [],
      children: [],
    });
    const root = make();
    let tip = root;
    for (let level = 1; level < 100_000; level++) {
      const reply = make();
      tip.children.push(reply);
      tip = reply;
    }
    let deepest = 0;
    let lastParent = -2;
    walkComments([root], (_comment, depth, parent) => {
      deepest = depth;
      lastParent = parent;
    });
    expect(deepest).toBe(100_000);
    expect(lastParent).toBe(99_998);
  });
});
