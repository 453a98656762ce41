// A page with no comment Fil can read may still hold a comment section in a layout Fil does not
// read yet (a Hacker News or Reddit page copied as text, a Disqus section). Its lines carry
// tell-tale signs: vote counts, relative times, "reply" links, reply counts. Seeing enough of
// them, the parser says so in a diagnostic instead of silently calling the page an article.

import { isChrome } from './article.ts';
import type { SourceLines } from './source.ts';
import type { Diagnostic } from './types.ts';

type SignKind = 'votes' | 'age' | 'reply' | 'replies' | 'separator' | 'navigation';

const SIGNS: readonly { readonly kind: SignKind; readonly pattern: RegExp }[] = [
  { kind: 'votes', pattern: /^\d+\s+points?\b/i },
  { kind: 'votes', pattern: /^(?:upvote|downvote|vote)s?\s*\d*$/i },
  { kind: 'votes', pattern: /^(?:likes?|j'aime|mi piace)\s+\d+$/i },
  { kind: 'votes', pattern: /^[▲▼△▽⬆⬇↑↓]\s*\d*$/ },
  {
    kind: 'age',
    pattern:
      /\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdwy])\s+ago\b/i,
  },
  {
    kind: 'age',
    pattern:
      /\bil y a\s+\d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?)\b/i,
  },
  { kind: 'age', pattern: /\b\d+\s*(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b/i },
  {
    kind: 'age',
    pattern: /\bvor\s+\d+\s*(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren)\b/i,
  },
  {
    kind: 'age',
    pattern: /\bhace\s+\d+\s*(?:segundos|minutos|horas|días|dias|semanas|meses|años)\b/i,
  },
  { kind: 'age', pattern: /\d+\s*(?:секунд|минут|час|дн|день|недел|месяц|год|лет)\S*\s+назад/i },
  { kind: 'age', pattern: /\s[·•]\s*\d+\s*[smhdwy]$/ },
  {
    kind: 'reply',
    pattern:
      /^(?:[•·]\s*)?(?:reply|répondre|repondre|rispondi|antworten|responder|ответить)(?:\s*[•·]\s*\S+)*$/i,
  },
  { kind: 'reply', pattern: /^reply\s+share(?:\s+report)?(?:\s+save)?(?:\s+follow)?$/i },
  {
    // "3 replies", "View 12 more replies": a count or a verb, so that "Reply" alone is one sign.
    kind: 'replies',
    pattern:
      /^(?:(?:view|show|load|hide|voir|afficher|mostra|visualizza)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?|\d+\s+(?:more\s+)?)(?:replies|reply|réponses?|risposte|respuestas|ответ\S*)$/i,
  },
  { kind: 'replies', pattern: /^(?:load more comments|continue this thread|more replies)$/i },
  { kind: 'separator', pattern: /^[•·]$/ },
  { kind: 'navigation', pattern: /\|\s*(?:parent|next|prev|root|context)\b/i },
  { kind: 'navigation', pattern: /\[[–-]\]$/ },
  { kind: 'navigation', pattern: /^sort by\s*(?:best|newest|oldest|top|new|old)?$/i },
];

/** Lines read at most: the signs show early in a comment section, and a 100 MB page is long. */
const MAX_LINES = 20_000;
/** How many sign lines make a comment section (with a time or navigation sign, see below). */
const MIN_SIGN_LINES = 3;

/**
 * Looks for the signs of a comment section in a layout Fil does not read, and returns a
 * `foreign-layout` warning at the first sign's line, or null. Call it only for a page where no
 * comment was read. Reads at most the first 20,000 lines; never throws.
 */
export function foreignLayoutDiagnostic(lines: SourceLines): Diagnostic | null {
  const kinds = new Set<SignKind>();
  const examples: string[] = [];
  let signLines = 0;
  let firstLine = 0;
  const last = Math.min(lines.count, MAX_LINES);
  for (let i = 0; i < last; i++) {
    if (lines.isBlank(i)) continue;
    const content = lines.content(i);
    // A sign is a short line, never a paragraph; share buttons and counters are the page's
    // chrome, which an article has too.
    if (content.length > 120 || isChrome(content)) continue;
    let isSign = false;
    for (const { kind, pattern } of SIGNS) {
      if (!pattern.test(content)) continue;
      isSign = true;
      if (kinds.has(kind)) continue;
      // A line that adds a kind is an example worth quoting.
      const example = content.slice(0, 40);
      if (examples.length < 3 && !examples.includes(example)) examples.push(example);
      kinds.add(kind);
    }
    if (!isSign) continue;
    if (signLines === 0) firstLine = i + 1;
    signLines++;
  }
  // A comment section says when (or where in the thread) and offers to answer or vote.
  const when = kinds.has('age') || kinds.has('navigation');
  const answer = kinds.has('reply') || kinds.has('votes') || kinds.has('replies');
  if (signLines < MIN_SIGN_LINES || !when || !answer) return null;
  return {
    code: 'foreign-layout',
    severity: 'warning',
    line: firstLine,
    message: `No comment could be read, but ${signLines.toLocaleString('en')} lines such as ${examples.map((example) => `“${example}”`).join(', ')} (from line ${firstLine.toLocaleString('en')}) look like a comment section in a layout Fil does not read yet, such as a Hacker News, Reddit or Disqus page copied as text. The text is kept as article text.`,
    params: { lines: signLines, examples, firstLine },
  };
}
