// The catalogues a translator fills (src/locales/<locale>/messages.po), checked as text: every
// message the source has is translated into each language, with the same placeholders.

import { readFileSync } from 'node:fs';
import PO from 'pofile';
import { describe, expect, it } from 'vitest';

type Entry = { readonly id: string; readonly translation: string };

/** Both parts of a language's catalogue (see catalogues.ts): what the first paint needs, and the rest. */
function catalogue(locale: string): Entry[] {
  return ['messages', 'deferred'].flatMap((part) => cataloguePart(locale, part));
}

function cataloguePart(locale: string, part: string): Entry[] {
  const text = readFileSync(new URL(`./${locale}/${part}.po`, import.meta.url), 'utf8');
  return PO.parse(text)
    .items.filter((item) => !item.obsolete)
    .map((item) => ({ id: item.msgid, translation: item.msgstr[0] ?? '' }));
}

/** The ICU argument names a message uses: '{count, plural, one {…}}' and '{author}' → count, author. */
function argumentNames(message: string): string[] {
  const pattern = /\{(\w+)(?=\}|, ?(?:plural|selectordinal|select|number|date|time)\b)/g;
  return [...new Set([...message.matchAll(pattern)].map((match) => match[1]!))].sort();
}

const source = catalogue('en');

describe('message catalogues', () => {
  it('the English catalogue has the source messages', () => {
    expect(source.length).toBeGreaterThan(0);
    for (const entry of source) expect(entry.translation, entry.id).toBe(entry.id);
  });

  for (const locale of ['fr', 'it']) {
    describe(locale, () => {
      const entries = new Map(catalogue(locale).map((entry) => [entry.id, entry.translation]));

      it('has every source message, translated', () => {
        const untranslated = source
          .map((entry) => entry.id)
          .filter((id) => (entries.get(id) ?? '') === '');
        expect(untranslated).toEqual([]);
      });

      it('keeps each message’s placeholders and plural branches', () => {
        for (const { id } of source) {
          const translation = entries.get(id) ?? '';
          expect(argumentNames(translation), `${locale}: ${id}`).toEqual(argumentNames(id));
          if (/, plural,/.test(id)) expect(translation, `${locale}: ${id}`).toMatch(/other \{/);
        }
      });
    });
  }
});
