// What the filter bar says about a filter (src/thread/filter.ts), in the interface language.
// The `?show=` syntax is the address's and stays as written; these sentences are the reader's.

import { plural } from '@lingui/core/macro';
import { count, displayScore } from '../../components/formatting';
import { formatWallRange } from '../../components/wallTime';
import type { CommentFilter } from '../../thread/filter';

/**
 * The comments the filter takes, counted, in the active locale: "4 comments scored −14 to −10",
 * "1 comment at depth 6", "2 comments posted 23 Jan 2022, 11:00–11:59"; with `total` 0, a
 * sentence of its own, "No comments scored +100 to +200.". Each kind is one message whose
 * plural branches carry the whole phrase, so that a language agrees the words with the count.
 */
export function filterSentence(filter: CommentFilter, total: number): string {
  switch (filter.kind) {
    case 'score': {
      if (filter.min === filter.max) {
        const score = displayScore(filter.min);
        return plural(total, {
          0: `No comments scored ${score}.`,
          one: `# comment scored ${score}`,
          other: `# comments scored ${score}`,
        });
      }
      const min = displayScore(filter.min);
      const max = displayScore(filter.max);
      return plural(total, {
        0: `No comments scored ${min} to ${max}.`,
        one: `# comment scored ${min} to ${max}`,
        other: `# comments scored ${min} to ${max}`,
      });
    }
    case 'depth': {
      if (filter.depth === 1)
        return plural(total, {
          0: 'No comments at the top level.',
          one: '# comment at the top level',
          other: '# comments at the top level',
        });
      const depth = count(filter.depth);
      return plural(total, {
        0: `No comments at depth ${depth}.`,
        one: `# comment at depth ${depth}`,
        other: `# comments at depth ${depth}`,
      });
    }
    case 'time': {
      // The range's end is excluded: a bin of 09:00–10:00 shows 09:00 to 09:59.
      const range = formatWallRange(filter.from, filter.to - 60_000);
      return plural(total, {
        0: `No comments posted ${range}.`,
        one: `# comment posted ${range}`,
        other: `# comments posted ${range}`,
      });
    }
    case 'quote': {
      const quoted = filter.to;
      if (filter.from === null)
        return plural(total, {
          0: `No comments by unnamed authors quoting ${quoted}.`,
          one: `# comment by an unnamed author quoting ${quoted}`,
          other: `# comments by unnamed authors quoting ${quoted}`,
        });
      const author = filter.from;
      return plural(total, {
        0: `No comments by ${author} quoting ${quoted}.`,
        one: `# comment by ${author} quoting ${quoted}`,
        other: `# comments by ${author} quoting ${quoted}`,
      });
    }
  }
}
