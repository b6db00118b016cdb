/**
 * Tests of the rules added for precision and recall in session 3, each on small synthetic sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from './article';
import { compileGlossary } from './compile';
import { extractTerms } from './extract';
import { isGenericPhrase, isNationwide } from './generic';
import { isRepeatedParallel, splitPlusCompound } from './quote-select';
import { findEnumerations } from './rules/enumerations';
import { tokenize } from './lexicon';
import { findAppNames, findCityShortForms, findDotCompounds, findSharedStems } from './rules/patterns';
import { isNumericFormula } from './rules/quotes';
import { isUnitPlusGeneric } from './specific';

const s = (text: string): Sentence => ({ file: 't.txt', text });
const extract = (texts: string[]) => extractTerms(texts.map(s)).terms;

describe('generic vocabulary', () => {
  it('knows phrases made only of ordinary and nationwide words', () => {
    expect(isGenericPhrase('城市赋能')).toBe(true);
    expect(isGenericPhrase('共富经验')).toBe(true);
    expect(isGenericPhrase('老旧小区改造委员会')).toBe(true);
    expect(isGenericPhrase('斗潭精神')).toBe(false);
  });

  it('treats “X强市” formulas as nationwide', () => {
    expect(isNationwide('工业强市')).toBe(true);
    expect(isNationwide('科技强省')).toBe(true);
    expect(isNationwide('白沙溪')).toBe(false);
  });
});

/**
 * What the decision stage keeps of made-up sentences (no register), by form: whether a quote is a
 * term is decided there (pipeline/rules-quotes.ts), not by the quote detector.
 */
function decided(texts: string[]): Map<string, { category: string; sentences: number }> {
  const { decisions } = compileGlossary(texts.map((text, i) => ({ name: `q${i}.txt`, text })));
  return new Map(
    decisions
      .filter((d) => d.decision.keep)
      .map((d) => [
        d.decision.rename?.term ?? d.evidence.term.term,
        { category: d.decision.category, sentences: d.evidence.term.sentences.length },
      ]),
  );
}

describe('quoted phrases', () => {
  it('are proposed with where each is quoted, and judged by the decision stage', () => {
    const texts = ['争当“马前卒”。', '发扬“斗潭精神”，做好“马前卒”。'];
    const proposed = extract(texts).get('马前卒');
    expect(proposed?.quoted?.map((q) => q.sentence.text)).toEqual(texts);
    const { decisions } = compileGlossary([{ name: 'q.txt', text: texts.join('\n') }]);
    const decision = decisions.find((d) => d.evidence.term.term === '马前卒')?.decision;
    expect(decision).toMatchObject({ keep: false, rule: 'quoted-rule' });
    expect(decision?.reason).toBe("one word of jieba's dictionary");
  });

  it('rejects generic emphasis and keeps coined names', () => {
    const terms = decided(['要以“城市赋能”为机遇，发扬“斗潭精神”，总结“共富经验”。']);
    expect(terms.has('城市赋能')).toBe(false);
    expect(terms.has('共富经验')).toBe(false);
    expect(terms.has('斗潭精神')).toBe(true);
  });

  it('keeps two-character formulas only where the text expands or repeats them', () => {
    const terms = decided([
      '要压实“四方”责任，落实“四早”要求。',
      '实现“三有”（乱了有保安、坏了有保修、脏了有保洁）。',
    ]);
    expect(terms.has('四方')).toBe(false);
    expect(terms.has('四早')).toBe(false);
    expect(terms.has('三有')).toBe(true);
  });

  it('treats numeral + 大/级 as a count, not a formula', () => {
    expect(isNumericFormula('三大攻坚战')).toBe(false);
    expect(isNumericFormula('三级书记')).toBe(false);
    const terms = decided(['围绕“三大攻坚战”，落实“三级书记”责任制。']);
    expect(terms.size).toBe(0);
  });

  it('accepts ordinary words the text keeps quoting or builds', () => {
    const terms = decided([
      '打造“重要窗口”的样板。',
      '为“重要窗口”增添风景。',
      '“幸福水网”建设泽惠千万农家。',
      '推进“平安家园”工作。',
    ]);
    expect(terms.has('重要窗口')).toBe(true);
    expect(terms.get('幸福水网')?.category).toBe('program');
    expect(terms.has('平安家园')).toBe(false);
  });

  it('keeps a place and what it stands for (东湖样板) as a named model', () => {
    const terms = decided(['东湖区党委书记发言。', '打造“东湖样板”。', '“东湖山农”品牌走出大山。']);
    expect(terms.has('东湖样板')).toBe(true);
    expect(terms.has('东湖山农')).toBe(true);
  });

  it('rejects program heads after generic words, unless the text carries the program out', () => {
    const terms = decided(['打造“党建联盟”，开展“凤凰行动”，推进“平安家园”工作。']);
    expect(terms.has('党建联盟')).toBe(false);
    expect(terms.has('平安家园')).toBe(false);
    expect(terms.has('凤凰行动')).toBe(true);
    // Set up or carried out under a name of three words or more, it is a program (issue 13).
    const run = decided(['深入实施“农村实用人才培育计划”，搭建“智慧小区管理平台”。']);
    expect(run.get('农村实用人才培育计划')?.category).toBe('program');
    expect(run.get('智慧小区管理平台')?.category).toBe('program');
    // A quote coordinated with one carried out is carried out too: 实施“A”和“B”.
    const both = decided(['全面实施“青年创业扶持计划”和“乡村工匠培育计划”。']);
    expect(both.get('乡村工匠培育计划')?.category).toBe('program');
  });

  it('takes parallel clauses as a slogan, idioms included, and keeps named contests', () => {
    const terms = decided([
      '实现“一呼百应、握指成拳”。',
      '在“比学强基·亮剑争先”村村擂台赛上比拼。',
      '做到“信息上得来，人员下得去，作用能发挥，结果更满意”。',
      '推行“转作风 讲担当 抓落实”。',
    ]);
    expect(terms.get('一呼百应、握指成拳')?.category).toBe('slogan');
    expect(terms.get('比学强基·亮剑争先')?.category).toBe('program');
    expect(terms.get('信息上得来，人员下得去，作用能发挥，结果更满意')?.category).toBe('slogan');
    // The article reader drops the spaces between Chinese characters.
    expect(terms.has('转作风讲担当抓落实')).toBe(true);
  });

  it('takes one word repeated across three parts as a slogan', () => {
    expect(isRepeatedParallel('大发展快发展高质量发展')).toBe(true);
    expect(isRepeatedParallel('互看互学互比')).toBe(true);
    expect(isRepeatedParallel('重要窗口')).toBe(false);
    expect(decided(['在推动“大建设快建设高质量建设”的背景下。']).has('大建设快建设高质量建设')).toBe(true);
  });

  it('rejects awards and descriptions that open with a pronoun or a rank', () => {
    const terms = decided(['获得“国际花园社区”大奖。', '“它经济”撬动共富。', '“新春第一会”上部署。']);
    expect(terms.size).toBe(0);
  });

  it('splits a chain of names joined by +, dropping the action of each', () => {
    expect(splitPlusCompound('四平台交办+云智钉指令+掌上指挥', () => false)).toEqual([
      '四平台',
      '云智钉',
      '掌上指挥',
    ]);
    expect(splitPlusCompound('模块+网格', () => false)).toBeUndefined();
    // Spaces around + (written so on a real page) belong to no part.
    expect(splitPlusCompound('四平台交办 + 云智钉指令 + 掌上指挥', () => false)).toEqual([
      '四平台',
      '云智钉',
      '掌上指挥',
    ]);
    const terms = decided(['形成“四平台交办+云智钉指令+掌上指挥”的链条。', '“掌上指挥”在全省推广。']);
    expect(terms.get('掌上指挥')?.sentences).toBe(2);
    // The chain as written is a formula of its own too.
    expect(terms.get('四平台交办+云智钉指令+掌上指挥')?.category).toBe('slogan');
    // “X+Y” quoted is a named model, however ordinary its parts (issue 13).
    const models = decided(['探索“社区+公司”“城市+农村”模式。']);
    expect([...models.keys()].sort()).toEqual(['城市+农村', '社区+公司']);
    expect(models.get('城市+农村')?.category).not.toBe('place');
  });

  it('folds a quoted tagline into the part that is a term by itself', () => {
    const terms = extract(['实现了“最多跑一次、一件事办成”。', '“最多跑一次”改革纵深推进。']);
    expect(terms.has('最多跑一次、一件事办成')).toBe(false);
    expect([...(terms.get('最多跑一次')?.aliases ?? [])]).toContain('最多跑一次、一件事办成');
  });
});

describe('suffix names', () => {
  it('rejects locative, negated, doubled and level-led stems', () => {
    const terms = extract([
      '域内莲花国际未来乡村获得大奖。',
      '片区无物管小区有40个。',
      '通过村村联盟推进协作。',
      '打造省级特色生态产业平台。',
    ]);
    expect(terms.has('莲花国际未来乡村')).toBe(true);
    for (const t of ['域内莲花国际未来乡村', '无物管小区', '村村联盟', '省级特色生态产业平台'])
      expect(terms.has(t), t).toBe(false);
  });

  it('keeps a program named after a name before it whole', () => {
    const terms = extract([
      '深入推进红色物业联盟标准化行动。',
      '四省边际枢纽港列入义甬舟开放大通道西延行动项目。',
    ]);
    expect(terms.has('义甬舟开放大通道西延行动')).toBe(true);
    // Ordinary words and a verb (红色物业联盟|标准化|行动) say what is done, to a thing the seeds'
    // independent list names alone (红色物业联盟): no name of a campaign.
    expect(terms.has('红色物业联盟标准化行动')).toBe(false);
    expect(terms.has('标准化行动')).toBe(false);
    expect(terms.has('大通道西延行动')).toBe(false);
  });

  it('drops a name that is only ever the stem of a longer name', () => {
    const terms = extract(['走进望江苑未来社区。', '望江苑未来社区获评首批未来社区。']);
    expect(terms.has('望江苑未来社区')).toBe(true);
    expect(terms.has('望江苑')).toBe(false);
  });

  it('does not make a unit plus nationwide vocabulary a name', () => {
    expect(isUnitPlusGeneric('衢江区现代社区')).toBe(true);
    expect(isUnitPlusGeneric('礼贤未来社区')).toBe(false);
  });

  it('extends a bare common-word stem to the place before it', () => {
    const terms = extract(['衢江区廿里镇党委书记发言。', '放眼廿里工业功能区，产业平台正全速打造。']);
    expect(terms.has('廿里工业功能区')).toBe(true);
    expect(terms.has('工业功能区')).toBe(false);
  });

  it('rejects activities and phases, keeps long official names at a clean edge', () => {
    const terms = extract([
      '农房整治和风貌提升工程完成。',
      '开展乌溪江景观防洪堤二期工程项目。',
      '加快推进衢六味康养药博园、航天智慧农业产业园等一批大企业落地。',
    ]);
    expect(terms.has('风貌提升工程')).toBe(false);
    expect([...terms.keys()].some((t) => t.includes('二期'))).toBe(false);
    expect(terms.has('航天智慧农业产业园')).toBe(true);
  });

  it('reads numeral pairs as a formula name, not a quantity', () => {
    expect(extract(['紧抓全市打造万亩千亿产业平台契机。']).has('万亩千亿产业平台')).toBe(true);
  });
});

describe('lists', () => {
  it('ends the last item at 等, whatever jieba makes of it', () => {
    const text = '聚焦衢州银泰城、衢江港区保税仓、衢江抽蓄等重大项目。';
    const [list] = findEnumerations([s(text)], (x) => tokenize(x.text));
    expect(list?.items[list.items.length - 1]).toBe('衢江抽蓄');
    expect(list?.after.startsWith('等')).toBe(true);
  });

  it('ends the last item where the predicate starts, even where jieba glues its adverb on', () => {
    const last = (text: string) => findEnumerations([s(text)], (x) => tokenize(x.text))[0]?.items.at(-1);
    // 俱/dg, an adverb's morpheme; and 魁星楼|俱遭/x, an unknown word of jieba's HMM that opens with it.
    expect(last('文昌阁、平园、刘坂、朱杨俱遭拆毁。')).toBe('朱杨');
    expect(last('甲寅寇变，文昌阁、魁星楼俱遭拆毁为荒址。')).toBe('魁星楼');
  });

  it('skips cuts, activities and counts among the items', () => {
    const texts = [
      '霞飞跨江大桥、杭金衢高速互通等交通项目稳步实施。',
      '围绕“村改居”、社工队伍建设、三方协同共治社区、樟潭街道等作交流发言。',
      '积极推动安置地块路网、红房子地块等改造建设。',
    ];
    // The detector proposes each item with what its list says of it; the decision stage judges
    // cuts (enumeration-rule), activities and counts (list-item).
    const terms = extract(texts);
    expect(terms.get('江大桥')?.lists).toEqual([{ pieceOf: '霞飞跨江大桥' }]);
    const { glossary, decisions } = compileGlossary(texts.map((text, i) => ({ name: `s${i}.txt`, text })));
    for (const t of ['江大桥', '社工队伍建设', '三方协同共治社区', '地块路网'])
      expect(
        glossary.entries.some((e) => e.term === t),
        t,
      ).toBe(false);
    const rule = (t: string) => decisions.find((d) => d.evidence.term.term === t)?.decision.rule;
    expect(rule('江大桥')).toBe('enumeration-rule');
    expect(rule('地块路网')).toBe('enumeration-rule');
    // The reason says which way it was cut: 地块 opens it (a name suffix).
    const reason = (t: string) => decisions.find((d) => d.evidence.term.term === t)?.decision.reason;
    expect(reason('地块路网')).toBe('cut at the wrong place: it opens with a unit or a name suffix');
    expect(rule('社工队伍建设')).toBe('list-item');
    expect(rule('三方协同共治社区')).toBe('list-item');
  });
});

describe('patterns', () => {
  it('joins a brand to a known name with a middle dot', () => {
    const found = findDotCompounds([s('春节前，龙之梦·六春湖项目完成测量。')], (n) => n === '六春湖');
    expect(found.map((m) => m.term)).toEqual(['龙之梦·六春湖']);
    expect(findDotCompounds([s('春节前，龙之梦·六春湖项目。')], () => false)).toEqual([]);
  });

  it('reads an app name before APP', () => {
    expect(findAppNames([s('运动柯城APP')]).map((m) => m.term)).toEqual(['运动柯城']);
  });

  it('finds a stem several names share where the text also writes it alone', () => {
    const sentences = [s('建设四省边际中心城市。'), s('四省边际枢纽港开港。'), s('打造四省边际综合交通。')];
    const found = findSharedStems(sentences, ['四省边际中心城市', '四省边际枢纽港']);
    expect(found.map((f) => f.stem)).toEqual(['四省边际']);
    expect(found[0]!.sentences.map((x) => x.text)).toEqual(['打造四省边际综合交通。']);
    expect(findSharedStems(sentences.slice(0, 2), ['四省边际中心城市', '四省边际枢纽港'])).toEqual([]);
  });

  it('finds no stem that ends inside a word of every name, one word end in one name is enough', () => {
    const names = ['球川轴承云', '球川轴承行业协会'];
    expect(findSharedStems([s('球川轴承企业上云。')], names)).toEqual([]);
    // jieba reads 清水|鱼生|态养殖, but 清水鱼|之乡 ends a word after 鱼.
    const fish = findSharedStems([s('开化清水鱼远近闻名。')], ['清水鱼之乡', '清水鱼生态养殖']);
    expect(fish.map((f) => f.stem)).toEqual(['清水鱼']);
  });

  it('knows a city by its first character and 城', () => {
    const sentences = [s('婺州市召开会议。'), s('塑造婺城南大门新形象。'), s('婺城唯一有机场的街道。')];
    expect(findCityShortForms(sentences, ['婺州市'])).toEqual(new Map([['婺城', '婺州市']]));
    expect(findCityShortForms(sentences.slice(0, 2), ['婺州市']).size).toBe(0);
  });
});
