// Stage 7: the document's language, from month and quote words when comments carry them,
// otherwise from frequent short words in the text.

import { LANGUAGES, STOPWORDS, type Language } from './lexicon.ts';
import { keepHiddenClassAlive } from './hiddenClasses.ts';

export class LanguageVotes {
  private readonly votes = new Map<Language, number>();

  add(languages: readonly Language[], weight = 1): void {
    // A word shared by several languages ("novembre") counts a share for each.
    for (const language of languages) {
      this.votes.set(language, (this.votes.get(language) ?? 0) + weight / languages.length);
    }
  }

  winner(): Language | null {
    let best: Language | null = null;
    let bestVotes = 0;
    let tie = false;
    for (const [language, votes] of this.votes) {
      if (votes > bestVotes) {
        best = language;
        bestVotes = votes;
        tie = false;
      } else if (votes === bestVotes) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}

keepHiddenClassAlive(new LanguageVotes()); // see hiddenClasses.ts

const STOPWORD_LANGUAGES: ReadonlyMap<string, readonly Language[]> = (() => {
  const byWord = new Map<string, Language[]>();
  for (const language of LANGUAGES) {
    for (const word of STOPWORDS[language])
      byWord.set(word, [...(byWord.get(word) ?? []), language]);
  }
  return byWord;
})();

const SAMPLE_CHARS = 20_000;
const MIN_HITS = 3;

/** Guesses from frequent words in (a bounded sample of) the text; null when unsure. */
export function detectLanguageFromText(texts: readonly string[]): Language | null {
  const votes = new LanguageVotes();
  let sampled = 0;
  let hits = 0;
  for (const text of texts) {
    if (sampled >= SAMPLE_CHARS) break;
    const sample = text.slice(0, SAMPLE_CHARS - sampled);
    sampled += sample.length;
    for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
      const languages = STOPWORD_LANGUAGES.get(word);
      if (languages) {
        votes.add(languages);
        hits++;
      }
    }
  }
  return hits >= MIN_HITS ? votes.winner() : null;
}
