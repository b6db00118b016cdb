import { describe, expect, it } from 'vitest';
import { qualifierForms } from './qualifier-forms';

// A made-up slice of jieba's dictionary: a verb, an adjective and a place.
const DICTIONARY = new Map([
  ['比如', { tag: 'v' }],
  ['平安', { tag: 'a' }],
  ['遂昌', { tag: 'ns' }],
]);

describe('qualifierForms', () => {
  it('leaves out a short form the dictionary knows as a word and no place (比如, 平安), not its full name', () => {
    const forms = qualifierForms(['比如', '比如县', '平安', '平安县', '遂昌', '遂昌县'], DICTIONARY);
    expect(forms).toEqual(['平安县', '比如县', '遂昌', '遂昌县']);
  });

  it('adds a name as a Traditional page writes it, folded as the content script folds it (兰溪市 → 蘭谿市 → 兰谿市)', () => {
    const forms = qualifierForms(['兰溪市', '金华市'], DICTIONARY);
    expect(forms).toContain('兰谿市');
    expect(forms).toContain('兰溪市');
    expect(forms).toEqual([...forms].sort());
  });

  it('adds nothing where folding gives the name back (金华市 → 金華市 → 金华市)', () => {
    expect(qualifierForms(['金华市', '湖南省'], DICTIONARY)).toEqual(['湖南省', '金华市']);
  });
});
