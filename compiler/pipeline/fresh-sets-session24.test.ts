/**
 * Classes of error seen in session 24 on the seeds and the read made-up sets, each shown on
 * made-up sentences compiled with the real register. Every case failed before its rule existed,
 * except the guards that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile } = madeUp();

describe('formulas and their items', () => {
  it('explains the items a formula counts by their head in its own entry (生态之城…“三城”)', () => {
    const { entries } = compile('开化县聚力生态之城、文化之城、创新之城“三城”建设，打造美丽县城。');
    expect(entries.get('三城')?.expansion).toEqual(['生态之城', '文化之城', '创新之城']);
    for (const t of ['生态之城', '文化之城', '创新之城']) expect(entries.has(t), t).toBe(false);
  });
});
