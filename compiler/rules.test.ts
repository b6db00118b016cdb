import { describe, expect, it } from 'vitest';
import type { Sentence } from './article';
import { readArticle } from './article';
import { compileGlossary } from './compile';
import { extractTerms } from './extract';
import { dictionaryCut, tokenize } from './lexicon';
import { normalizeArticle } from './normalize';
import { findAbbreviations, findExpansions } from './rules/definitions';
import { findNames } from './rules/names';
import { findQuotes, isNumericFormula } from './rules/quotes';

const s = (text: string): Sentence => ({ file: 't.txt', text });

function names(texts: string[]) {
  return findNames(texts.map(s), (x) => tokenize(x.text));
}

describe('findNames', () => {
  it('finds village names with the unit written before them as parent', () => {
    const found = names(['在樟潭街道廖家村、南山底村排门自然村走访。']);
    const byTerm = new Map(found.map((m) => [m.term, m]));
    expect(byTerm.get('廖家村')?.parent).toBe('樟潭街道');
    expect(byTerm.get('排门自然村')?.parent).toBe('南山底村');
    expect(byTerm.has('南山底村')).toBe(true);
    // jieba cuts 廖/家村: the fragment must never become a name.
    expect(found.map((m) => m.term)).not.toContain('家村');
    expect(found.every((m) => m.term !== '家村' && m.term !== '底村')).toBe(true);
  });

  it('does not start a name with the verb before it', () => {
    const found = names(['要加快推进西港运动公园建设。']);
    expect(found.map((m) => m.term)).toEqual(['西港运动公园']);
  });

  it('lets a clean mention fix the edge of a messy one', () => {
    const messy = '在此次活动的另一个观摩点塔坛寺村，村党支部书记带领大家参观。';
    const clean = '塔坛寺村自实施农房整治工程以来，村庄面貌焕然一新。';
    const found = names([messy, clean]);
    expect(found.map((m) => m.term)).toEqual(['塔坛寺村', '塔坛寺村']);
    expect(found.map((m) => m.sentence.text)).toEqual([messy, clean]);
    expect(found.some((m) => m.term.startsWith('点'))).toBe(false);
  });
});

describe('isNumericFormula', () => {
  it.each(['五城', '三有', '八八战略', '1433', '3+X', '1+15'])('%s is a formula', (t) => {
    expect(isNumericFormula(t)).toBe(true);
  });

  it.each(['一把手', '15分钟生活圈', '2023'])('%s is not a formula', (t) => {
    expect(isNumericFormula(t)).toBe(false);
  });
});

describe('findQuotes', () => {
  it('finds quoted phrases with their position and what follows', () => {
    const text = '衢江以“起跑就是冲刺”的姿态，奋力谱写“五城”建设新篇章。';
    const qs = findQuotes([s(text)]);
    expect(qs.map((q) => q.text)).toEqual(['起跑就是冲刺', '五城']);
    expect(text.slice(qs[1]!.start, qs[1]!.end)).toBe('“五城”');
    expect(qs[1]!.after).toBe('建设新篇');
  });
});

describe('findExpansions', () => {
  it('reads a named list just before the formula', () => {
    const qs = findQuotes([
      s('聚力枢纽之城、康养之城、活力之城、幸福之城、智治之城“五城”建设，打造物流产业集群。'),
    ]);
    const es = findExpansions(qs);
    expect(es).toHaveLength(1);
    expect(es[0]!.term).toBe('五城');
    expect(es[0]!.items).toEqual(['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城']);
    expect(es[0]!.named).toBe(true);
  });

  it('reads the expansion in brackets after the formula', () => {
    const qs = findQuotes([
      s('实现基础性服务“三有”（乱了有保安、坏了有保修、脏了有保洁），居民满意度提升。'),
    ]);
    const es = findExpansions(qs);
    expect(es).toHaveLength(1);
    expect(es[0]!.term).toBe('三有');
    expect(es[0]!.items).toEqual(['乱了有保安', '坏了有保修', '脏了有保洁']);
    expect(es[0]!.items).toHaveLength(3);
  });

  it('gives nothing where the list length differs from the numeral', () => {
    const qs = findQuotes([
      s('聚力枢纽之城、康养之城、活力之城、幸福之城“五城”建设。'),
      s('实现基础性服务“三有”（乱了有保安、坏了有保修），居民满意度提升。'),
    ]);
    expect(qs).toHaveLength(2);
    expect(findExpansions(qs)).toEqual([]);
  });
});

describe('findAbbreviations', () => {
  it('reads short name, full name and the defining clause', () => {
    const as = findAbbreviations([
      s(
        '将辖区6个行政村共同出资设立的强村公司——衢州市六禾港盟城乡发展服务有限公司（以下简称六禾港盟）引入双港片区',
      ),
    ]);
    expect(as).toHaveLength(1);
    expect(as[0]!.short).toBe('六禾港盟');
    expect(as[0]!.full).toBe('衢州市六禾港盟城乡发展服务有限公司');
    expect(as[0]!.definition).toBe('辖区6个行政村共同出资设立的强村公司');
  });
});

describe('extractTerms', () => {
  const text = [
    '## 衢江区廿里镇：紧盯目标抓项目',
    '衢江区廿里镇党委围绕项目建设推动经济发展，全力优化“营商环境”，“党员干部”争当“马前卒”“排头兵”，按下发展“快进键”，把“项目”和“发展”落到每个“街道”。',
    '廿里镇坚持项目为王，聚力枢纽之城、康养之城、活力之城、幸福之城、智治之城“五城”建设。',
    '将辖区6个行政村共同出资设立的强村公司——衢州市六禾港盟城乡发展服务有限公司（以下简称六禾港盟）引入双港片区，由六禾港盟负责片区物业管理。',
  ].join('\n\n');
  const { terms } = extractTerms(readArticle('t.txt', normalizeArticle(text)).sentences);
  // Whether a quote is a term is the decision stage's to say (pipeline/rules-quotes.ts).
  const kept = new Set(
    compileGlossary([{ name: 't.txt', text }])
      .decisions.filter((d) => d.decision.keep)
      .map((d) => d.decision.rename?.term ?? d.evidence.term.term),
  );

  it('finds the local terms', () => {
    for (const t of ['衢江区', '廿里镇', '五城', '枢纽之城', '六禾港盟', '双港片区'])
      expect(terms.has(t), t).toBe(true);
  });

  it('never makes generic words terms, even quoted', () => {
    for (const t of ['项目', '发展', '街道', '党员干部', '营商环境']) expect(kept.has(t), t).toBe(false);
  });

  it('rejects quoted metaphors that are ordinary words', () => {
    expect(kept.has('马前卒')).toBe(false);
    expect(kept.has('排头兵')).toBe(false);
  });

  // 快进键 is not in jieba's dictionary; it goes as a short quote with nothing local in it
  // (rules-quotes.ts isBareShortQuote).
  it('rejects the quoted metaphor 快进键', () => {
    expect(kept.has('快进键')).toBe(false);
  });

  it('takes a place’s parent from the unit written before it', () => {
    expect(terms.get('廿里镇')?.parent).toBe('衢江区');
    expect(terms.get('廿里镇')?.category).toBe('place');
    expect(terms.get('衢江区')?.parent).toBeUndefined();
  });

  it('keeps the expansion and the full name on the short term', () => {
    expect(terms.get('五城')?.expansion).toEqual([
      '枢纽之城',
      '康养之城',
      '活力之城',
      '幸福之城',
      '智治之城',
    ]);
    expect(terms.get('枢纽之城')?.partOf).toBe('五城');
    expect(terms.get('六禾港盟')?.fullName).toBe('衢州市六禾港盟城乡发展服务有限公司');
    expect(terms.get('六禾港盟')?.category).toBe('organization');
  });

  it('folds the full company name into the abbreviation’s entry', () => {
    expect([...terms.keys()].filter((t) => t.includes('六禾港盟'))).toEqual(['六禾港盟']);
  });
});

describe('session 2 rules', () => {
  const extract = (texts: string[]) => extractTerms(texts.map(s)).terms;

  it('keeps a verb that sits inside a name but not one that opens it', () => {
    const terms = extract(['资源迅速到位，十里运动休闲长廊绿意盎然。', '要加快推进西港运动公园建设。']);
    expect(terms.has('十里运动休闲长廊')).toBe(true);
    expect(terms.has('西港运动公园')).toBe(true);
    expect([...terms.keys()].some((t) => t.startsWith('推进') || t.startsWith('加快'))).toBe(false);
  });

  it('takes a named area as the parent of the place written after it', () => {
    const terms = extract(['作为枢纽港的先行启动点，衢江港区大路章作业区当年实现从开工到开港。']);
    expect(terms.get('大路章作业区')?.parent).toBe('衢江港区');
  });

  it('adds the form with the city in front as an alias', () => {
    const terms = extract([
      '枢纽优势催生产业优势，陆港现代物流中心将发展智能仓储。',
      '依托枢纽优势，衢州陆港现代物流中心、浙西航空物流枢纽等十大引领性项目加快建设。',
      '衢州市衢江区廿里镇党委书记。',
    ]);
    expect([...(terms.get('陆港现代物流中心')?.aliases ?? [])]).toContain('衢州陆港现代物流中心');
  });

  it('drops the verb that opens an abbreviated full name', () => {
    const terms = extract(['引入双港片区，设立物联万家物业服务中心（以下简称物业服务），为片区提供服务。']);
    expect(terms.has('物联万家物业服务中心')).toBe(true);
    expect([...terms.keys()].some((t) => t.startsWith('设立'))).toBe(false);
    // The short form is ordinary words, so it is not a term of its own.
    expect(terms.has('物业服务')).toBe(false);
  });

  it('lifts the neighbours of a known term out of a list', () => {
    const terms = extract([
      '贺邵溪、盈川、泉井边、西山入选省第二批未来乡村。',
      '衢江区的贺邵溪村。',
      '贺邵溪景色宜人，贺邵溪人很热情。',
      '区领导何晓峰、徐彪等参加。',
    ]);
    expect([...(terms.get('贺邵溪村')?.aliases ?? [])]).toContain('贺邵溪');
    for (const t of ['盈川', '泉井边']) expect(terms.get(t)?.category).toBe('place');
    // A list with no known term in it proves nothing: people's names stay out.
    expect(terms.has('何晓峰')).toBe(false);
    expect(terms.has('徐彪')).toBe(false);
  });
});

describe('dictionaryCut', () => {
  it('cuts by the dictionary alone: unknown characters stand alone, known words stay whole', () => {
    // jieba's HMM glues 水绕 into one new word; the dictionary alone leaves the verb by itself.
    expect(dictionaryCut('水绕')).toEqual(['水', '绕']);
    expect(dictionaryCut('船行碧')).toEqual(['船', '行', '碧']);
    expect(dictionaryCut('经济技术开发')).toEqual(['经济', '技术开发']);
    expect(dictionaryCut('')).toEqual([]);
  });
});
