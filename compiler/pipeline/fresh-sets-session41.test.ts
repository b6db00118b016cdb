/**
 * Classes of error seen in session 41, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
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

describe('a count or a metaphor read as a name by its suffix', () => {
  it('takes no bare count of things (三项工程, 两座水库) for a name', () => {
    const compiled = compile(
      '开化县长虹乡霞川村的三项工程总投资约1460万元，今年3月开工。江山市峡口镇还建了两座水库。',
    );
    expectAbsent(compiled.entries, ['三项工程', '两座水库']);
    expectPresent(compiled.entries, ['霞川村', '峡口镇']);
  });

  it('takes no “road of” something (共富之路) for a road', () => {
    const { entries } = compile('龙游县小南海镇把“千年之谜”转化为群众家门口的“共富之路”，游客越来越多。');
    expectAbsent(entries, ['富之路', '共富之路']);
    expectPresent(entries, ['小南海镇']);
  });
});

describe('the reference list of wider terms', () => {
  it('explains the Yangtze Delta’s integration but does not take it for a Quzhou term: a national strategy', () => {
    const { entries } = compile('衢州坚持“八八战略”，积极融入长三角一体化发展，推动柯城区和衢江区联动。');
    expectAbsent(entries, ['长三角一体化']);
    expectPresent(entries, ['八八战略', '柯城区']);
  });
});

describe('what a place is called, written before 之称', () => {
  it('is a nickname, a slogan, not the place', () => {
    const { entries } = compile('衢江区境内有“小三清山”之称的天脊龙门，风景秀丽，游客很多。');
    expect(entries.get('小三清山')?.category).toBe('slogan');
  });
});

describe('a list item the text only counts', () => {
  it('is a kind of thing, as a name by its suffix so counted is (一座三孔石拱桥、…)', () => {
    const compiled = compile(
      '开化县何田乡田坑村的一座三孔石拱桥、江山市廿八都镇的一处清代古民居群、龙游县塔石镇的一座明代石牌坊，以及衢江区云溪乡一处土墩墓群，也都被纳入新发现名单。',
    );
    expectDropped(compiled, ['三孔石拱桥'], 'counted');
    expectPresent(compiled.entries, ['田坑村', '廿八都镇', '塔石镇']);
  });
});

describe('a wetland by water', () => {
  it('describes the land there (河滩湿地, 滨江湿地); a wetland named after a place is a name', () => {
    const { entries } = compile(
      '衢江区莲花镇保留原有的河滩湿地和植被，建成滨江湿地五处。鸡鸣湿地也迎来了越冬候鸟。',
    );
    expectAbsent(entries, ['河滩湿地', '滨江湿地']);
    expectPresent(entries, ['鸡鸣湿地', '莲花镇']);
  });
});
