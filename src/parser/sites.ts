// Comment header sites as parallel arrays: a big thread has 100,000 of them, and a struct of
// typed arrays keeps them out of the garbage collector's way.

import type { MonthEntry } from './lexicon.ts';

export class HeaderSites {
  count = 0;
  /** 0-based index of the header line. */
  lineIndex = new Int32Array(1024);
  indent = new Int32Array(1024);
  number = new Int32Array(1024);
  score = new Int32Array(1024);
  /** ISO date from the line under the header; null when that line is not a date. */
  readonly postedAt: (string | null)[] = [];
  /** The month word of that date, for the language vote; null without a date. */
  readonly month: (MonthEntry | null)[] = [];

  add(
    lineIndex: number,
    indent: number,
    number: number,
    score: number,
    postedAt: string | null,
    month: MonthEntry | null,
  ): void {
    if (this.count === this.lineIndex.length) this.grow();
    const at = this.count++;
    this.lineIndex[at] = lineIndex;
    this.indent[at] = indent;
    this.number[at] = number;
    this.score[at] = score;
    this.postedAt.push(postedAt);
    this.month.push(month);
  }

  private grow(): void {
    const grown = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.lineIndex = grown(this.lineIndex);
    this.indent = grown(this.indent);
    this.number = grown(this.number);
    this.score = grown(this.score);
  }
}
