import { describe, expect, it } from 'vitest';
import { readArticle } from './article';
import { normalizeArticle } from './normalize';

function read(raw: string) {
  return readArticle('t.txt', normalizeArticle(raw));
}

const BODY =
  '本报讯（记者 刘威）3月20日上午，衢江区现代社区建设工作汇报会召开。区委书记王慧杰讲话，要求各级各部门牢固树立以人民为中心的思想。';

describe('readArticle', () => {
  it('finds the date in the masthead', () => {
    const a = read(
      `中共衢州市衢江区委主办 衢江传媒集团承办\n2023年3月21日 星期二 农历癸卯年二月三十\n\n## 全区现代社区建设工作汇报会召开\n\n${BODY}`,
    );
    expect(a.source.date).toBe('2023-03-21');
    expect(a.sentences.length).toBeGreaterThan(0);
    expect(a.sentences.every((s) => s.date === '2023-03-21')).toBe(true);
  });

  it('does not take a date from body text', () => {
    const a = read(
      '## 衢江区召开推进会\n\n本报讯 2023年3月20日上午，衢江区召开推进会，区委书记王慧杰讲话，要求各级各部门牢固树立以人民为中心的思想，切实提升群众的获得感。',
    );
    expect(a.source.date).toBeUndefined();
    expect(a.sentences.every((s) => s.date === undefined)).toBe(true);
  });

  it('does not take a date from a short body sentence', () => {
    const a = read('2023年3月20日上午，衢江区召开推进会。\n\n区委书记王慧杰讲话。');
    expect(a.source.date).toBeUndefined();
  });

  it('picks the markdown headline over a sub-headline', () => {
    const a = read(
      `2023年3月21日 星期二\n\n## 全区现代社区建设工作汇报会召开\n\n王慧杰讲话 贵丽青等参加\n\n${BODY}`,
    );
    expect(a.source.title).toBe('全区现代社区建设工作汇报会召开');
    const body = a.sentences.find((s) => s.text.startsWith('3月20日上午'));
    expect(body?.title).toBe('全区现代社区建设工作汇报会召开');
  });

  it('reads neither the masthead, a byline, the dateline nor the editor line as the article’s text', () => {
    const a = read(
      [
        '中共衢州市衢江区委主办 衢江传媒集团承办',
        '2023年3月21日 星期二 农历癸卯年二月三十',
        '## 全区现代社区建设工作汇报会召开',
        '信安街道党工委书记 巫伟',
        BODY,
        '责任编辑：董玲',
      ].join('\n\n'),
    );
    expect(a.source.date).toBe('2023-03-21');
    expect(a.sentences.map((s) => s.text)).toEqual([
      '全区现代社区建设工作汇报会召开',
      '3月20日上午，衢江区现代社区建设工作汇报会召开。',
      '区委书记王慧杰讲话，要求各级各部门牢固树立以人民为中心的思想。',
    ]);
  });

  it('reads a news site’s source line (发布时间：… 来源：… 作者：…) as no part of the text', () => {
    const a = read(
      [
        '## 园区新项目开工',
        '发布时间：2024-04-19 来源：某某新闻网 发布单位：示范园区',
        '作者：张三',
        BODY,
      ].join('\n'),
    );
    expect(a.sentences.map((s) => s.text).filter((t) => /来源|作者|发布/.test(t))).toEqual([]);
    expect(a.sentences.map((s) => s.text)).toContain('3月20日上午，衢江区现代社区建设工作汇报会召开。');
  });

  it('does not join a byline with its credit (记者 郑理致 文/摄) to the line under it', () => {
    const a = read('碗窑村:一只土碗的前世今生\n记者 郑理致 文/摄\n柯城区沟溪乡碗窑村,一个特别的村子。');
    expect(a.sentences.map((s) => s.text)).toContain('柯城区沟溪乡碗窑村，一个特别的村子。');
  });

  it('puts a short lead before the first body paragraph under the headline above it', () => {
    const a = read(`## 谈建设四省边际中心城市\n\n编者按：本报推出系列访谈，供大家学习交流。\n\n${BODY}`);
    expect(a.sentences.find((s) => s.text.startsWith('本报推出'))?.title).toBe('谈建设四省边际中心城市');
  });

  it('splits sentences at 。！？； and keeps closing quotes with their sentence', () => {
    const a = read(
      '会上，区委书记王慧杰讲话！他说：“要打造‘15分钟生活圈’。”会议要求；各级各部门要落实责任？是的。',
    );
    expect(a.sentences.map((s) => s.text)).toEqual([
      '会上，区委书记王慧杰讲话！',
      '他说：“要打造‘15分钟生活圈’。”',
      '会议要求；',
      '各级各部门要落实责任？',
      '是的。',
    ]);
    expect(a.sentences.every((s) => s.file === 't.txt')).toBe(true);
  });
});
