import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../lib/glossary/glossary';
import { compileGlossary } from './compile';
import { buildPlaceRegister } from './register/places';
import { readRegister } from './register/read-register';

// Made-up articles, each written to put the evidence a summary should use beside a mention it
// should not use (a meeting's agenda, a masthead, a byline), so the choice is what is tested.
const PAPER = [
  '富强 民主 文明 和谐',
  '中共衢州市衢江区委主办 衢江传媒集团承办',
  '2023年3月21日 星期二 农历癸卯年二月三十',
  '## 衢江区召开经济运行分析会',
  '本报讯（记者 王小明）3月20日上午，衢江区召开经济运行分析会，区统计局汇报了深入实施“八八战略”强力推进创新深化的指标情况，会议要求各部门对照目标抓落实、抓进度、抓成效。',
  '塔坛寺村位于衢化街道东部，村里有一片古樟树林，是远近闻名的网红打卡地。会议还安排在塔坛寺村召开现场会，请各乡镇街道派人参加学习交流。',
  '衢江“两山银行”创新建立生态资源储蓄单、储蓄贷等机制，两山银行的工作人员常年驻村服务，帮助村民把山林变成收入。',
  '“衢江山农”放心农产品在供应峰会之后声名远扬，“衢江山农”品牌已覆盖全区。',
  '“152”“141”衔接贯通取得标志性成果，衢江成为全市唯一的综合试点，相关做法在全市推广。',
  '责任编辑：李四',
].join('\n\n');

const INTERVIEWS = [
  '## “一把手”谈建设四省边际中心城市',
  '编者按：市委全会召开以后，各部门“一把手”纷纷谈心得体会，本报推出系列访谈，供大家学习交流。',
  '信安街道党工委书记 巫伟',
  '我们将加快建设“四省边际中心城市”，围绕目标抓项目、抓招商，把街道建成城市的精致客厅，为全市发展多作贡献。',
  '荷花街道党工委书记 方育娟',
  '街道上下要加快建设“四省边际中心城市”，主动融入全市大局，推动城市更新和产业升级，把蓝图变成实景。',
  '“邻里通”是柯城区推出的社区服务数字平台，居民在手机上就能报修、议事和预约服务，目前已经覆盖全区所有社区。',
  '街道依托“邻里通”收集居民诉求，去年通过“邻里通”办结群众急难愁盼问题三千多件。',
  '全会宣誓了对深入践行总书记“九个嘱咐”的坚定决心，我们要把“九个嘱咐”落实到街道工作的方方面面。',
].join('\n\n');

let glossary: Glossary;
const entry = (term: string): GlossaryEntry => {
  const e = glossary.entries.find((x) => x.term === term && x.origin !== 'register');
  expect(e, term).toBeDefined();
  return e!;
};

beforeAll(() => {
  const register = buildPlaceRegister(readRegister());
  glossary = compileGlossary(
    [
      { name: 'paper.txt', text: PAPER },
      { name: 'interviews.txt', text: INTERVIEWS },
    ],
    undefined,
    { register },
  ).glossary;
}, 60_000);

describe('what a summary says', () => {
  it('says where a place lies from the register, then one sentence about the place itself', () => {
    const e = entry('塔坛寺村');
    expect(e.summary.startsWith('柯城区衢化街道的行政村。')).toBe(true);
    expect(e.summary).toContain('塔坛寺村位于衢化街道东部');
    // Not the sentence that only mentions it as a venue.
    expect(e.summary).not.toContain('现场会');
  });

  it('explains a term of Zhejiang as Zhejiang’s, not with the meeting that mentioned it', () => {
    const e = entry('八八战略');
    expect(e.scope).toBe('zhejiang');
    expect(e.summary).toContain('浙江省');
    expect(e.summary).not.toContain('统计局');
  });

  it('says what a programme does where the text says it, with who runs it', () => {
    const e = entry('两山银行');
    expect(e.summary).toBe('衢江区的项目：创新建立生态资源储蓄单、储蓄贷等机制。');
    expect(e.scope).toBeUndefined();
  });

  it('does not take a new clause’s subject for what a term does (“衢江山农”放心农产品在…)', () => {
    expect(entry('衢江山农').summary).not.toContain('放心农产品');
  });

  it('says plainly that the text never explains a number, rather than quoting it', () => {
    const e = entry('152');
    expect(e.summary).toContain('没有说明');
    expect(e.summary).not.toContain('衔接贯通');
    expect(e.pinyin).toBe('yī wǔ èr');
  });

  it('takes a defining sentence (X是…) over other mentions', () => {
    const e = entry('邻里通');
    expect(e.summary).toContain('是柯城区推出的社区服务数字平台');
  });

  it('reads the verb that governs a slogan a few characters before it', () => {
    expect(entry('九个嘱咐').summary).toBe('衢州报道中的理念或口号：“践行总书记九个嘱咐”。');
  });

  it('describes a slogan the text never defines by what the articles do with it', () => {
    const e = entry('四省边际中心城市');
    expect(e.summary).toBe('衢州报道中的建设目标：“加快建设四省边际中心城市”。');
  });
});

describe('paper matter', () => {
  const all = () => glossary.entries.filter((e) => e.origin !== 'register');
  const PAPER_MATTER = /主办|承办|责任编辑|记者|党工委书记 ?(巫伟|方育娟)|星期二|编者按/;

  it('never puts a masthead, byline, dateline or editor line in a summary or an excerpt', () => {
    expect(all().length).toBeGreaterThan(5);
    for (const e of all()) {
      expect(e.summary, e.term).not.toMatch(PAPER_MATTER);
      for (const s of e.sources) expect(s.excerpt, e.term).not.toMatch(PAPER_MATTER);
    }
  });

  it('titles a source with the article’s headline and date, not a speaker’s line', () => {
    for (const e of all())
      for (const s of e.sources) {
        expect(s.title, e.term).not.toMatch(PAPER_MATTER);
        expect(s.title, `${e.term}: ${s.excerpt}`).toBeDefined();
      }
    const sources = entry('四省边际中心城市').sources;
    expect(sources.every((s) => s.title === '“一把手”谈建设四省边际中心城市')).toBe(true);
    expect(entry('塔坛寺村').sources[0]).toMatchObject({
      title: '衢江区召开经济运行分析会',
      date: '2023-03-21',
    });
  });
});
