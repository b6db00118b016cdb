/**
 * Classes of error seen in session 41, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped } = madeUp();

describe('a town no Quzhou division is, in a text naming where such a town lies', () => {
  it('is that region’s town: a county paired with Quzhou', () => {
    const compiled = compile(
      '衢州与四川省平武县结对协作已有五年。在平武县城所在的龙安镇，产业园初具规模；响岩镇的茶厂一片忙碌。衢江区廿里镇也派出了干部。',
    );
    expectDropped(compiled, ['龙安镇', '响岩镇'], 'town-of-elsewhere');
    expectPresent(compiled.entries, ['廿里镇', '衢江区']);
  });

  it('is left to the other rules where the text names no region that holds it', () => {
    const { entries } = compile('衢江区新设的东港街道和樟潭街道一起调研征迁工作，东港街道的项目进展顺利。');
    expectPresent(entries, ['东港街道', '樟潭街道']);
    expectAbsent(entries, ['平武县']);
  });
});
