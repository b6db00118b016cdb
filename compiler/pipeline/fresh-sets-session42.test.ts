/**
 * Classes of error seen in session 42, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped } = madeUp();

describe('a neighbour named after a bearing and a verb of bordering', () => {
  it('is found as a county profile writes it (东邻|全旺镇, 南接|…), though jieba reads 邻 as a noun', () => {
    const { entries } = compile(
      '衢江区大洲镇地处衢州东南部，东邻全旺镇，西交举村乡，北接湖南镇，全镇有十九个行政村。',
    );
    expectPresent(entries, ['大洲镇', '全旺镇', '举村乡', '湖南镇', '衢江区']);
  });

  it('does not make a village of words that only follow such a verb', () => {
    const { entries } = compile('龙游县湖镇镇东邻衢江，西接金华，两地往来方便。');
    expectPresent(entries, ['湖镇镇']);
    expectAbsent(entries, ['东邻衢江', '西接金华']);
  });
});

describe('a village after words that say where one lives, or that it is a former one', () => {
  it('is found where jieba joins the word’s last character to the name (家住|客弄村, 住客 "lodger")', () => {
    const { entries } = compile('常山县大桥头乡积极推进乡村振兴。家住客弄村的王大妈说，日子越来越好。');
    expectPresent(entries, ['客弄村', '大桥头乡']);
  });

  it('is found after 原 "former", as merged villages are written (由原|戴家村…合并而成)', () => {
    const { entries } = compile('柯城区新新街道积极推进乡村振兴。新村由原戴家村、原白沙村合并而成。');
    expectPresent(entries, ['戴家村', '白沙村', '新新街道']);
    expectAbsent(entries, ['原戴家村', '原白沙村']);
  });
});

describe('a village after a date that opens the sentence', () => {
  it('is found, though the date ends in a character of its own (2023年|彩虹社区, 今年|…, 3月|…)', () => {
    const { entries } = compile(
      '柯城区新新街道和府山街道积极推进基层治理。2023年彩虹社区被评为省级文明社区，今年钟楼社区也加入了创建，3月坊门街社区举办了邻里节。',
    );
    expectPresent(entries, ['彩虹社区', '钟楼社区', '坊门街社区', '府山街道']);
  });
});

describe('a village after a verb of one character the dictionary joins to its first', () => {
  it('is found where the joined reading leaves no name and no word (来|信安村, 去|过溪畈村, 驻|华墅村)', () => {
    const { entries } = compile(
      '柯城区信安街道、白云街道和华墅乡都在推进乡村振兴。周末来信安村旅游的人越来越多，去过溪畈村的路也修好了。驻华墅村第一书记说，要把产业做起来。',
    );
    expectPresent(entries, ['信安村', '过溪畈村', '华墅村']);
  });
});

describe('a thing handed over to a body, read as the body’s name', () => {
  it('is the clause that gives it, not a cooperative’s name (以竹林|入股|合作社)', () => {
    const compiled = compile(
      '江山市保安乡的老周今年把竹林入股合作社，自己被聘为护林员；村里也以闲置的老粮站入股合作社，每年分红。',
    );
    expectDropped(compiled, ['竹林入股合作社', '老粮站入股合作社'], 'handed-over');
    expectPresent(compiled.entries, ['保安乡']);
  });
});

describe('a village’s name that only ends a longer village’s name', () => {
  it('is part of that name, not a namesake elsewhere in Quzhou (航埠镇上|河东村)', () => {
    const compiled = compile(
      '柯城区航埠镇上河东村一家农机配件企业用退税款补足了资金缺口。江山市贺村镇淤头村的企业也拿到了退税。',
    );
    expectDropped(compiled, ['河东村'], 'inside-name');
    expectPresent(compiled.entries, ['上河东村', '淤头村', '贺村镇']);
  });

  it('stays where the text also writes the shorter name alone', () => {
    const { entries } = compile('江山市贺村镇河东村的企业拿到了退税，柯城区航埠镇上河东村的企业也拿到了。');
    expectPresent(entries, ['河东村', '上河东村']);
  });
});

describe('a verb’s tentative form before a kind of place', () => {
  it('is no name (走一走古道, 看一看老街)', () => {
    const compiled = compile(
      '江山市塘源口乡仓坂村党支部说，今后还要组织党员来走一走古道、听一听故事，再看一看老街。',
    );
    expectDropped(compiled, ['一走古道'], 'tentative-verb');
    expectAbsent(compiled.entries, ['一走古道', '一看老街']);
    expectPresent(compiled.entries, ['仓坂村', '塘源口乡']);
  });
});

describe('the words before a list, cut with its first item', () => {
  it('is no item of the formula the list spells out (推动|巡河员、护林员…“三员合一”)', () => {
    const compiled = compile(
      '开化县齐溪镇把生态流量监管纳入日常考核，推动巡河员、护林员、生态管护员“三员合一”，让河流有人管。',
    );
    expectDropped(compiled, ['推动巡河员'], 'formula-item');
    expectPresent(compiled.entries, ['三员合一', '齐溪镇']);
  });

  it('is no place where 辖 "has under it" opens a division’s list of parts (辖|坊门街、天皇巷…)', () => {
    const compiled = compile(
      '柯城区府山街道地处衢州古城核心区，辖坊门街、天皇巷、县学街、钟楼、北门等8个社区。',
    );
    expectDropped(compiled, ['辖坊门街'], 'grammar-opening');
    expectPresent(compiled.entries, ['府山街道', '坊门街社区']);
  });
});

describe('a common noun and 有 before a name, as a profile lists sights (主要景点|有|江郎山景区)', () => {
  it('is the clause before the name: the name is kept alone, and the page lights the name only', () => {
    const compiled = compile('江山市主要景点有江郎山景区、清漾景区、仙霞岭景区等。');
    expectPresent(compiled.entries, ['江郎山景区', '清漾景区']);
    expectAbsent(compiled.entries, ['景点有江郎山景区']);
    expect(compiled.entries.get('江郎山景区')?.aliases ?? []).not.toContain('景点有江郎山景区');
  });

  it('leaves a form alone where what follows 有 is no name of its own (衢州|有|礼驿站)', () => {
    const { entries } = compile('柯城区的衢州有礼驿站开张了，居民常来坐坐。');
    expectAbsent(entries, ['礼驿站']);
  });
});

describe('a division’s government in a list of organisers', () => {
  it('is an office, not a local name: the division is the entry (保安乡人民政府)', () => {
    const compiled = compile('本次活动由江山市文化和广电旅游体育局、保安乡人民政府、廿八都镇人民政府主办。');
    expectDropped(compiled, ['保安乡人民政府'], 'list-item');
    expectPresent(compiled.entries, ['保安乡', '廿八都镇', '江山市']);
  });
});
