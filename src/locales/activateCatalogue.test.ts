import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { activateCatalogue } from './catalogues';
import { activateLanguage } from './testing';

afterEach(() => activateLanguage('en'));

describe('activateCatalogue', () => {
  it('makes the language active with its first-paint messages', async () => {
    await expect(activateCatalogue('it', false)).resolves.toBe(true);
    expect(i18n.locale).toBe('it');
  });

  it('lets the later of two quick changes win when the earlier one’s catalogue arrives last', async () => {
    // French with its deferred part (not loaded yet in this file) takes longer to arrive than
    // Italian's first part alone, asked for after it.
    const french = activateCatalogue('fr', true);
    const italian = activateCatalogue('it', false);
    const order: string[] = [];
    await Promise.all([
      french.then((active) => order.push(`fr ${active}`)),
      italian.then((active) => order.push(`it ${active}`)),
    ]);
    expect(order).toEqual(['it true', 'fr false']);
    expect(i18n.locale).toBe('it');
  });
});
