/**
 * Classes of error seen in session 40, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped } = madeUp();

describe('a list counted in units the register holds whole', () => {
  it('takes no item that no Quzhou division has as its name or stem: a village elsewhere', () => {
    const compiled = compile(
      '江山市廿八都镇与福建省浦城县仙阳镇结对，仙阳镇的黄康、文头、百善等3个行政村也派人参加。',
    );
    expectDropped(compiled, ['黄康', '文头', '百善'], 'counted-list');
    expectPresent(compiled.entries, ['廿八都镇']);
  });

  it('still takes Quzhou’s own towns and villages so counted, by their stems', () => {
    const { entries } = compile('常山县的何家、芳村、球川等3个乡镇参加了这次比赛。');
    expectPresent(entries, ['何家乡', '芳村镇', '球川镇']);
  });

  it('takes natural villages as the count says: the register does not list them', () => {
    const { entries, decisions } = compile(
      '开化县何田乡通了公交，黄康、文头、百善等3个自然村的老人进城方便了。',
    );
    expectPresent(entries, ['黄康', '文头', '百善']);
    expect(decisions.find((d) => d.evidence.term.term === '黄康')?.decision.rule).toBe('counted-list');
    expectAbsent(entries, ['黄康村']);
  });
});

describe('a stem shared by a town and a village of another town', () => {
  it('is the village where the article names the village’s town and not the town’s county', () => {
    const { entries } = compile(
      '衢州市柯城区沟溪乡推行“一村一特色”，余东的农民画、碗窑的陶艺、后坞的书法各有侧重。',
    );
    expectPresent(entries, ['碗窑村', '沟溪乡']);
    expectAbsent(entries, ['碗窑乡']);
    expect(entries.get('碗窑村')?.parent).toBe('沟溪乡');
  });

  it('is still the town where the article names the town’s county', () => {
    const { entries } = compile('江山市碗窑乡的水库边新修了绿道，周末来碗窑骑行的游客越来越多。');
    expectPresent(entries, ['碗窑乡']);
  });
});
