import { describe, expect, it } from 'vitest';
import { withTraditionalForms } from './qualifier-scripts';

describe('withTraditionalForms', () => {
  it('adds a name as a Traditional page writes it, folded as the content script folds it (兰溪市 → 蘭谿市 → 兰谿市)', () => {
    const forms = withTraditionalForms(['兰溪市', '金华市']);
    expect(forms).toContain('兰谿市');
    expect(forms).toContain('兰溪市');
    expect(forms).toEqual([...forms].sort());
  });

  it('adds nothing where folding gives the name back (金华市 → 金華市 → 金华市)', () => {
    expect(withTraditionalForms(['金华市', '湖南省'])).toEqual(['湖南省', '金华市']);
  });
});
