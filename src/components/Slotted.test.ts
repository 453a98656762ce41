import { describe, expect, it } from 'vitest';
import { SECOND_SLOT, SLOT, slotParts } from './Slotted';

describe('slotParts', () => {
  it('cuts a message at its slot', () => {
    expect(slotParts(`choose ${SLOT} files`, 1)).toEqual(['choose ', 0, ' files']);
    expect(slotParts(`${SLOT} could not be opened`, 1)).toEqual([0, ' could not be opened']);
  });

  it('places two elements where the translation puts them', () => {
    expect(slotParts(`quote of ${SLOT} by ${SECOND_SLOT}`, 2)).toEqual(['quote of ', 0, ' by ', 1]);
    // A language that names them the other way round.
    expect(slotParts(`${SECOND_SLOT} cite ${SLOT}`, 2)).toEqual([1, ' cite ', 0]);
  });

  it('puts an element whose placeholder a translation lost after the text', () => {
    expect(slotParts('no placeholder', 1)).toEqual(['no placeholder', ' ', 0]);
    expect(slotParts(`only ${SLOT}`, 2)).toEqual(['only ', 0, ' ', 1]);
  });

  it('fills a slot once, and leaves a second slot as text when there is one element', () => {
    expect(slotParts(`${SLOT} and ${SLOT}`, 1)).toEqual([0, ' and ']);
    expect(slotParts(`${SLOT} ${SECOND_SLOT}`, 1)).toEqual([0, ` ${SECOND_SLOT}`]);
  });
});
