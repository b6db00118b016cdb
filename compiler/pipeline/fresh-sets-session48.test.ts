/**
 * Classes of error seen in session 48, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('the state a before-and-after contrast leads to', () => {
  it('is a phrase made for the sentence, like the state it starts from (从“单干”到“三户联营”)', () => {
    const { entries } = compile(
      '从“单干”到“三户联营”，龙游县溪口镇走出了新路。从“各管一段”延伸到“两岸同治”，常山县辉埠镇的护河队越来越壮大。',
    );
    expectAbsent(entries, ['三户联营', '两岸同治', '单干', '各管一段']);
    expectPresent(entries, ['溪口镇', '辉埠镇']);
  });

  it('is a named goal where the text says what kind of thing it is (到“…”改革, 到“…”模式)', () => {
    const { entries } = compile(
      '从“跑多窗”到“一窗通办”改革，衢江区把服务送到了群众身边。从“单干”到“抱团共富”模式，龙游县溪口镇走出了新路。',
    );
    expectPresent(entries, ['一窗通办', '抱团共富']);
  });
});

describe('a word of planning before a verb of building (规划|建设, jieba: 规划/n)', () => {
  it('opens a clause: what is planned is no name yet (正在规划建设菌菇产业园)', () => {
    const { entries } = compile(
      '常山县新昌乡党委有关负责人介绍，乡里正在规划建设菌菇产业园，明年引进烘干生产线。村里还在规划建设茶文化展示馆。',
    );
    expectAbsent(entries, ['规划建设菌菇产业园', '规划建设茶文化展示馆']);
    expectPresent(entries, ['新昌乡']);
  });
});

describe('engineering works described by what they supply or the building done', () => {
  it('are a kind of works, not a name (饮用水提标改造工程, 街巷拓宽改造工程, 芹阳村水利工程)', () => {
    const { entries } = compile(
      '开化县池淮镇今年实施了乡村饮用水提标改造工程，还完成了北片的街巷拓宽改造工程。入汛前，芹阳村水利工程全面完工。',
    );
    expectAbsent(entries, ['饮用水提标改造工程', '街巷拓宽改造工程', '芹阳村水利工程']);
    expectPresent(entries, ['池淮镇']);
  });

  it('leaves a programme named in words of its own (红色根脉强基工程) and a counted one alone', () => {
    const { entries } = compile('江山市实施红色根脉强基工程，全面推进“十项重大工程”，贺村镇率先完成。');
    expectPresent(entries, ['红色根脉强基工程', '贺村镇']);
  });
});

describe('a count in a report or a saying', () => {
  it('is said, not a formula (“一粒米都不剩”, “一桶多卖了五块钱”)', () => {
    const { entries } = compile(
      '龙游县湖镇镇的米厂把碎米做成米粉，老板说“一粒米都不剩”。改用新包装后，“一桶多卖了五块钱”。',
    );
    expectAbsent(entries, ['一粒米都不剩', '一桶多卖了五块钱']);
    expectPresent(entries, ['湖镇镇']);
  });

  it('leaves a counted formula alone (“一村一品”)', () => {
    const { entries } = compile('常山县推行“一村一品”，每村一个主导产业，“一村一品”带动了村集体增收。');
    expectPresent(entries, ['一村一品']);
  });
});

describe('a police officer listed among people (…派出所民警)', () => {
  it('is a post, not a local term', () => {
    const { entries } = compile(
      '开化县何田乡组建了护林队，他们中有何田乡政府工作人员、何田派出所民警、古田山保护站的巡护员。',
    );
    expectAbsent(entries, ['何田派出所民警']);
    expectPresent(entries, ['何田乡']);
  });
});

describe('a division whose short form is also a landmark’s name (衢江: the district and the river)', () => {
  it('says in its summary what else the form names, written or not as the district', () => {
    const { entries } = compile('衢江区高家镇的村民沿衢江两岸种下了千亩油菜。');
    const district = entries.get('衢江区');
    expect(district?.aliases).toContain('衢江');
    expect(district?.summary).toMatch(/^衢州市的区。“衢江”也指钱塘江上游的河流/);
  });
});
