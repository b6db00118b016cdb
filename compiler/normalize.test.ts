import { describe, expect, it } from 'vitest';
import { normalizeArticle } from './normalize';

/** The text of every paragraph, in order. */
function texts(raw: string): string[] {
  return normalizeArticle(raw).map((p) => p.text);
}

describe('normalizeArticle', () => {
  it('reads an article in Traditional script in Simplified, by phrase (連著 is 连着, 著名 stays)', () => {
    expect(texts('龍遊縣的綠道連著三個村，著名的龍游石窟就在附近。')).toEqual([
      '龙游县的绿道连着三个村，著名的龙游石窟就在附近。',
    ]);
  });

  it('drops the pinyin a copied page writes after a character (桐村鎮(zhèn)), but not other brackets', () => {
    expect(texts('它便是桐村鎮(zhèn)，坐落開化縣西南部，有一個好聽的名字叫“桐花小鎮（zhèn）”。')).toEqual([
      '它便是桐村镇，坐落开化县西南部，有一个好听的名字叫“桐花小镇”。',
    ]);
    expect(texts('衢江区沿G60(沪昆高速)布局产业(tea)。')).toEqual(['衢江区沿G60（沪昆高速）布局产业(tea)。']);
  });

  it('leaves a Simplified article as written, with the 濛 of 濛桥村 the register writes', () => {
    expect(texts('常山县大桥头乡濛桥村建成文化礼堂。')).toEqual(['常山县大桥头乡濛桥村建成文化礼堂。']);
  });

  it('joins a word broken by a stray space', () => {
    expect(texts('衢江抽水蓄能电 站开工建设，举汉公 路建成通车。')).toEqual([
      '衢江抽水蓄能电站开工建设，举汉公路建成通车。',
    ]);
  });

  it('keeps the space of a long two-part headline too (more than 32 characters, up to 48)', () => {
    expect(
      texts(
        '600台红外相机织密“天眼”网 钱江源国家公园一年拍到黑麂影像上千幅\n\n本报讯（记者 程文）相机拍到了。',
      )[0],
    ).toBe('600台红外相机织密“天眼”网\u3000钱江源国家公园一年拍到黑麂影像上千幅');
  });

  it('never joins an article headline or its subtitle to the body under them, however long', () => {
    expect(
      texts(
        '竹林“长”出碳票山农多了本“绿色存折”——龙游庙下乡竹林经营改革见闻\n\n初冬时节，龙游县庙下乡的竹林一片翠绿。',
      ),
    ).toEqual([
      '竹林“长”出碳票山农多了本“绿色存折”——龙游庙下乡竹林经营改革见闻',
      '初冬时节，龙游县庙下乡的竹林一片翠绿。',
    ]);
    expect(
      texts(
        '高山春茶开采　“云端茶园”直播卖到长三角\n岭洋乡茶叶合作社带动茶农增收\n\n清明前后，茶园里云雾缭绕。',
      ),
    ).toEqual([
      '高山春茶开采　“云端茶园”直播卖到长三角',
      '岭洋乡茶叶合作社带动茶农增收',
      '清明前后，茶园里云雾缭绕。',
    ]);
  });

  it('closes the spaces a headline sets around a number, and keeps those between its phrases', () => {
    expect(texts('衢江区召开 2023 年一季度经济运行分析会 咬定争先夺旗目标 奋力实现一季度“开门红”')).toEqual([
      '衢江区召开2023年一季度经济运行分析会\u3000咬定争先夺旗目标\u3000奋力实现一季度“开门红”',
    ]);
  });

  it('keeps a space that parts two phrases of a headline, as one ideographic space', () => {
    expect(texts('甬金衢上高速迎来关键节点 乌溪江特大桥主桥顺利合龙\n\n本报讯 大桥合龙了。')[0]).toBe(
      '甬金衢上高速迎来关键节点\u3000乌溪江特大桥主桥顺利合龙',
    );
  });

  it('joins a paragraph broken mid-sentence across a blank line', () => {
    expect(texts('现代物流、城市商贸、数字经济、总部经\n\n济加快培育。')).toEqual([
      '现代物流、城市商贸、数字经济、总部经济加快培育。',
    ]);
  });

  it('removes a character repeated across a page break', () => {
    expect(texts('优先选择柑橘、蔬菜和食用菌等特色产业，加快建设\n\n设一批现代农业智慧园。')).toEqual([
      '优先选择柑橘、蔬菜和食用菌等特色产业，加快建设一批现代农业智慧园。',
    ]);
  });

  it('removes a character and comma repeated across a page break', () => {
    const [p, ...rest] = texts('他们将以此次“擂台赛”为契机，\n\n机，加强干部队伍建设。');
    expect(rest).toEqual([]);
    expect(p).toBe('他们将以此次“擂台赛”为契机，加强干部队伍建设。');
    expect(p!.split('机，').length - 1).toBe(1);
  });

  it('does not join a short headline to the next paragraph', () => {
    const ps = normalizeArticle(
      '柯城村社“擂台赛”掀起比拼热潮\n\n近日，在衢化街道第一届村社活动上，上祝村的经验引起各村社书记的强烈兴趣。',
    );
    expect(ps.map((p) => p.text)).toEqual([
      '柯城村社“擂台赛”掀起比拼热潮',
      '近日，在衢化街道第一届村社活动上，上祝村的经验引起各村社书记的强烈兴趣。',
    ]);
    expect(ps[0]!.heading).toBe(true);
    expect(ps[1]!.heading).toBe(false);
  });

  it('never joins a byline or a dateline to the headline above it', () => {
    const ps = normalizeArticle(
      [
        '“窑”变——余东未来乡村观察',
        '衢报传媒集团记者 陈明明 见习记者 汪晨云 报道组 郑晨',
        '自9月29日龙窑开窑以来，碗窑村的乡村游就一直热度不减。',
        '芹阳办事处乡贤心系村民办实事',
        '本报讯 (通讯员 吴红梅 吴浩) 近日，笔者在同丰村村道两边看到，稻谷颗粒饱满。',
      ].join('\n'),
    );
    expect(ps.map((p) => [p.text, p.byline ?? false])).toEqual([
      ['“窑”变——余东未来乡村观察', false],
      ['衢报传媒集团记者陈明明见习记者汪晨云报道组郑晨', true],
      ['自9月29日龙窑开窑以来，碗窑村的乡村游就一直热度不减。', false],
      ['芹阳办事处乡贤心系村民办实事', false],
      ['本报讯（通讯员吴红梅吴浩）近日，笔者在同丰村村道两边看到，稻谷颗粒饱满。', false],
    ]);
  });

  it('does not join a short line to the paragraph under it, where a page puts one paragraph on each line', () => {
    // Web pages: a heading, or a line of verse, with no punctuation over a long paragraph.
    expect(
      texts(
        [
          '建设规模和内容',
          '新桥公园改造工程坚持尊重历史、传承文脉，将于明年五月建成开放，为市民提供休闲去处。',
          '其名曰：',
          '望江亭',
        ].join('\n'),
      ),
    ).toEqual([
      '建设规模和内容',
      '新桥公园改造工程坚持尊重历史、传承文脉，将于明年五月建成开放，为市民提供休闲去处。',
      '其名曰：',
      '望江亭',
    ]);
    // A column of print wraps lines of one length: those still join.
    expect(texts('衢江区加快推进城市建设项目\n和乡村振兴工作，取得了明显成效。')).toEqual([
      '衢江区加快推进城市建设项目和乡村振兴工作，取得了明显成效。',
    ]);
  });

  it('still joins a wrapped line of body text that opens with 记者', () => {
    expect(texts('跟随村书记的脚步，\n记者跨进岸边的一个石质门楼。')).toEqual([
      '跟随村书记的脚步，记者跨进岸边的一个石质门楼。',
    ]);
  });

  it('fixes 入 misread as 人 but leaves 引人注目', () => {
    expect(texts('该项目已列人省重点工程，资金存人专户，成效引人注目。')).toEqual([
      '该项目已列入省重点工程，资金存入专户，成效引人注目。',
    ]);
  });

  it('converts ASCII quotes and commas in Chinese text to full-width', () => {
    const [p] = texts('衢江上下以"起跑就是冲刺、开局就是决战"的姿态,迈好第一步,跑好第一棒。');
    expect(p).toBe('衢江上下以“起跑就是冲刺、开局就是决战”的姿态，迈好第一步，跑好第一棒。');
    expect(p).not.toMatch(/[",]/);
  });

  it('strips markup', () => {
    const ps = normalizeArticle('<script>alert(1)</script>衢江区今天召开<b>现代社区</b>建设工作汇报会。');
    const all = ps.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/[<>]/);
    expect(all).toContain('衢江区今天召开');
    expect(all).toContain('现代社区');
  });

  it('marks a markdown heading as heading and markdown, without the hashes', () => {
    const ps = normalizeArticle(
      '## 全区现代社区建设工作汇报会召开\n\n本报讯 3月20日上午，衢江区现代社区建设工作汇报会召开，区委书记王慧杰讲话。',
    );
    expect(ps[0]).toEqual({ text: '全区现代社区建设工作汇报会召开', heading: true, markdown: true });
    expect(ps[1]!.heading).toBe(false);
    expect(ps[1]!.markdown).toBe(false);
  });
});
