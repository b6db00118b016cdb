/**
 * Classes of error seen in session 38, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('goals set without quotes, in more frames', () => {
  it('reads a role among regions held as (作为|…) or being built (推动|…|建设) as the goal', () => {
    for (const text of [
      '作为浙闽赣三省边际中心城市，常山县与周边县市的往来越来越频繁。',
      '智慧物流正在成为龙游县建设浙闽赣三省边际中心城市的新抓手。',
      '江山市要把学习成效转化为推动浙闽赣三省边际中心城市建设的实际行动。',
    ]) {
      const { entries } = compile(text);
      expectPresent(entries, ['浙闽赣三省边际中心城市']);
      expect(entries.get('浙闽赣三省边际中心城市')?.category).toBe('slogan');
    }
  });

  it('leaves roles with no region before them (全省文明城市, 中心城市建设)', () => {
    const { entries } = compile('作为全省文明城市，江山市要加快中心城市建设，把城市管理做细做实。');
    expectAbsent(entries, ['全省文明城市', '中心城市', '文明城市']);
  });
});

describe('a complement of result before a name', () => {
  it('reads 好 after a verb as the verb’s (守|好|钱江源国家公园), and the name after it', () => {
    const { entries } = compile('开化县苏庄镇将继续守好钱江源国家公园西大门，让更多珍稀动物在这里安家。');
    expectAbsent(entries, ['好钱江源国家公园']);
    expectPresent(entries, ['钱江源国家公园', '苏庄镇']);
  });
});

describe('a cooperative called by its trade', () => {
  it('reads a thing and 业 (its trade) before 专业合作社 as a kind, though the dictionary lacks the word', () => {
    const { entries } = compile(
      '开化县马金镇霞山村的十多户养殖户去年成立了羊业专业合作社，统一提供种羊和技术。',
    );
    expectAbsent(entries, ['羊业专业合作社']);
    expectPresent(entries, ['霞山村']);
  });
});

describe('a chief for each thing', () => {
  it('reads a quoted X长制 as a named system, though it is quoted once with nothing else to show it', () => {
    const { entries } = compile('常山县芳村镇的村级水塘落实了“塘长制”，由村干部担任塘长，负责巡查和管护。');
    expectPresent(entries, ['塘长制']);
    expect(entries.get('塘长制')?.category).toBe('program');
  });
});

describe('a venue named by what it is', () => {
  it('keeps a quoted workshop, school room or kitchen written once (“竹里工坊”, “橘农学堂”, “阳光厨房”)', () => {
    const { entries } = compile(
      '周末，江山市张村乡秀峰村的“竹里工坊”里挤满了游客。',
      '衢江区莲花镇的果农参加了区里组织的“橘农学堂”培训，学会了看叶片判断树势。',
      '常山县的农村家宴中心后厨都装上了“阳光厨房”摄像头，画面实时传到监管部门。',
    );
    expectPresent(entries, ['竹里工坊', '橘农学堂', '阳光厨房']);
  });

  it('leaves a workshop as a kind (“小作坊”)', () => {
    const { entries } = compile('龙游县湖镇镇的老王十年前还守着一家“小作坊”，如今厂房已有三千平方米。');
    expectAbsent(entries, ['小作坊']);
  });
});

describe('a place’s own after 的', () => {
  it('reads a town written after a province or city and 的 as that place’s (江西省上饶市的|紫湖镇)', () => {
    const { entries } = compile(
      '开化县桐村镇地处浙赣边界，与江西省上饶市的紫湖镇山水相连，两地村民常来常往。',
    );
    expectAbsent(entries, ['紫湖镇']);
    expectPresent(entries, ['桐村镇', '开化县']);
  });

  it('does not read a side of town so (城东的|紫港大道), though a district elsewhere has that name', () => {
    const { entries } = compile('常山县城的这座老桥限重以后，重型货车需绕行城东的紫港大道通行。');
    expectPresent(entries, ['紫港大道']);
  });
});

describe('a guild of merchants', () => {
  it('reads a place and 商帮 as the merchants of that place, an organization of history', () => {
    const { entries } = compile('明清两代，龙游商帮的船队从灵山江出发，把纸张和木材运到杭州。');
    expectPresent(entries, ['龙游商帮']);
    expect(entries.get('龙游商帮')?.category).toBe('organization');
  });
});

describe('parks by their kind', () => {
  it('finds a logistics park and a park for talent from overseas (…物流园, …海创园)', () => {
    const { entries } = compile(
      '货从码头直进仓，龙游港临港物流园一期投用。',
      '龙游县的企业还依托设在杭州的龙游海创园引进人才。',
    );
    expectPresent(entries, ['龙游港临港物流园', '龙游海创园']);
  });

  it('keeps a park named after a Quzhou place though it stands in another city (杭州的|龙游海创园)', () => {
    const { entries } = compile('龙游县的企业还依托设在杭州的龙游海创园引进人才。');
    expect(entries.get('龙游海创园')?.category).toBe('place');
  });
});
