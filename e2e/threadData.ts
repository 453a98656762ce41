// The parsed documents the built site serves (dist/seeds), read by the specs that need to know
// what a thread holds: ids deep inside the 100,000-comment sample, how often a phrase occurs.
// Deliberately written apart from src/thread, so that the specs check the app against an
// independent count.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type DataComment = {
  id: string;
  score: number;
  author: string | null;
  quote: { author: string; text: string; commentId: string | null } | null;
  paragraphs: string[];
  children: DataComment[];
};

export type FlatComment = { comment: DataComment; depth: number; ancestors: DataComment[] };

const cache = new Map<string, DataComment[]>();

// The folder the site under test was built into, as playwright.config.ts names it: a run on
// E2E_PORT builds into its own folder, and dist/ may then be missing or hold an older build.
const builtFolder = process.env.E2E_PORT
  ? `dist-e2e-${Number(process.env.E2E_PORT) || 4173}`
  : 'dist';

/** The top-level comments of a built document, by the start of its file name. */
export function builtComments(prefix: string): DataComment[] {
  let comments = cache.get(prefix);
  if (!comments) {
    const folder = join(import.meta.dirname, '..', builtFolder, 'seeds');
    const file = readdirSync(folder).find((name) => name.startsWith(`${prefix}.`));
    if (!file) throw new Error(`no ${prefix} in ${folder}: build the site first`);
    comments = (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { comments: DataComment[] })
      .comments;
    cache.set(prefix, comments);
  }
  return comments;
}

/** Every comment in source order with its depth (1 for top level) and ancestors. */
export function flatten(topLevel: DataComment[]): FlatComment[] {
  const result: FlatComment[] = [];
  const pending: FlatComment[] = topLevel
    .map((comment) => ({ comment, depth: 1, ancestors: [] as DataComment[] }))
    .reverse();
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    result.push(entry);
    const { comment, depth, ancestors } = entry;
    for (let k = comment.children.length - 1; k >= 0; k--)
      pending.push({
        comment: comment.children[k]!,
        depth: depth + 1,
        ancestors: [...ancestors, comment],
      });
  }
  return result;
}

/** Lower case, Latin letters without accents, 'ё' as 'е', any white space as a space. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/\p{Script=Latin}|ё/gu, (letter) =>
      letter.length === 1 ? letter.normalize('NFD').replace(/\p{M}+$/u, '') : letter,
    )
    .replace(/\s/g, ' ');

/** Case- and accent-insensitive occurrences of a phrase in a comment's author, quote and paragraphs. */
export function occurrences(comment: DataComment, phrase: string): number {
  const needle = fold(phrase);
  const fields = [
    comment.author ?? '',
    comment.quote?.author ?? '',
    comment.quote?.text ?? '',
    ...comment.paragraphs,
  ];
  return fields.reduce((sum, field) => sum + fold(field).split(needle).length - 1, 0);
}
