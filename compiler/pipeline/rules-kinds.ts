/**
 * Rules about kinds of things written like names: a base, a road, a street, a bridge or a facility
 * that every county or village has, called by what it is for, what it is made of or what it is
 * like (西甜瓜产业基地, 通村公路, 卵石巷, 老|石拱桥, 达塘村|文化礼堂), and a trade or a product line
 * (“衢州造”, 常山|胡柚). Run by decide.ts, in this order.
 */
import { commonWordEntry, NATIONWIDE_VOCABULARY } from '../generic';
import { generalDictionary, type Token } from '../lexicon';
import { DIVISION_SUFFIX } from '../register/ambiguity';
import * as cue from './cues';
import type { TermEvidence } from './evidence';
import { beforeTerm, drop, mostly, suffixOf, type Rule } from './rule';

/**
 * Facilities every village, community or township has, written after its name (达塘村|文化礼堂,
 * 妙源村|书屋, 何田乡|文化礼堂).
 */
const VILLAGE_FACILITY =
  /^(.{2,}(?:村|社区|乡|镇))(文化礼堂|卫生室|卫生服务站|便民服务中心|居家养老服务照料中心|老年食堂|老年活动中心|文化广场|综合文化服务中心|农家书屋|书屋|宗祠|祠堂|码头|埠头|驿站)$/;

/**
 * A division's full name, then 老 or 古 and a kind (溪口镇|老街, 石室村|古道, 草坪村|古驿站): that
 * place's old street or road. The name people use is the stem's (溪口老街, 仙霞古道).
 */
const OLD_PART_OF_UNIT = /^(.{2,}?(?:村|镇|乡|街道|社区))([老古](?:街|巷|道|驿站|埠头|渡|码头|宅|民居|桥))$/;

/** Paving and what it covers: 卵石|巷, 青石板|老街. */
const PAVED = /^(鹅?卵石|青?石板|青石|石子|砂石|沙石|水泥|柏油)(老|古|小)?(街|巷|路|弄|道)$/;

/**
 * A word of jieba's dictionary that names nothing in particular (农具, 繁育, 标准化), or the policy
 * vocabulary the dictionary is too young to know (研学): not a place, person, brand, number or a
 * sequence jieba had to guess (戎耀菌菇/x).
 */
function isCommonWord(t: Token): boolean {
  if (NATIONWIDE_VOCABULARY.has(t.word)) return true;
  const entry = commonWordEntry(t.word, 0);
  return entry !== undefined && !/^(x|m|eng)/.test(entry.tag);
}

/** A place is in the name: the register's, a place the article anchors, or one jieba tags ns. */
function namesPlace(e: TermEvidence): boolean {
  return (
    e.register?.within !== undefined ||
    [...(e.anchors ?? [])].some((a) => e.term.term.includes(a)) ||
    e.tokens.some((t) => /^ns/.test(t.tag))
  );
}

/**
 * Some occurrence is written right after a division's name (贺田村|红色教育基地): that place's, named
 * by it.
 */
function afterDivision(e: TermEvidence): boolean {
  return e.occurrences.some((o) => DIVISION_SUFFIX.test(beforeTerm(o, e.term.term)));
}

export const KIND_RULES: readonly Rule[] = [
  {
    name: 'kind-of-base',
    decide: (e) => {
      // 西甜瓜产业基地, 魔芋种源繁育基地, 乡村艺术实践基地: a base for a crop or an activity, with
      // no place in its name, is a kind of base every county has; a named one says where or whose
      // it is (太公山胡柚基地, 柯城区村播基地, 戎耀菌菇基地).
      const m = /^(.+?)基地$/.exec(e.term.term);
      if (!m || namesPlace(e)) return undefined;
      // A base for doing something (…繁育, …实践, …标准化) told in common words only: a stem ending in
      // a noun may be a hamlet's name the register does not list (大坑口|茶叶基地).
      const stem = e.tokens.slice(0, -1);
      const what =
        /(种植|养殖|产业|生产|加工|露营)$/.test(m[1]!) ||
        (!afterDivision(e) && stem.every(isCommonWord) && /^(v|vn)$/.test(stem.at(-1)?.tag ?? ''));
      return what
        ? drop('kind-of-base', `a base for ${m[1]} with no place in its name: a kind of base`)
        : undefined;
    },
  },
  {
    name: 'kind-of-team',
    decide: (e) => {
      // 体校教练团队, 农机社会化服务队, 助老志愿队: a team written without quotes, with no place in
      // its name or before it and only common words before its head, is a kind of team every county
      // has; a named one is quoted (“兵心服务队”) or says where or whose it is (衢江区野鸟保护志愿服务队,
      // 万少华团队).
      if (!cue.TEAM.test(e.term.term) || e.detectors.includes('quoted')) return undefined;
      const stem = e.tokens.slice(0, -1);
      return !namesPlace(e) && !afterDivision(e) && stem.length > 0 && stem.every(isCommonWord)
        ? drop('kind-of-team', 'a team named in common words only, with no place: a kind of team')
        : undefined;
    },
  },
  {
    name: 'generic-kind',
    decide: (e) => {
      // 通村公路, 进村道路: a verb and its object (通+村) before the suffix name a kind of road.
      if (e.term.category !== 'place' || !e.detectors.includes('name-suffix')) return undefined;
      const stem = e.term.term.slice(0, 2);
      const verb = e.tokens[0]?.word === stem || e.tokens[0]?.tag === 'x';
      return verb && cue.VERB_CHAR.test(stem[0]!) && /[村乡镇户县城区]/.test(stem[1]!)
        ? drop('generic-kind', `${stem} is a verb and its object: a kind of thing, not the name of one`)
        : undefined;
    },
  },
  {
    name: 'doubled-stem',
    decide: (e) => {
      const form = e.term.term;
      // “龙游龙游”: a name written twice is a play on it, not a second name.
      if (/^(.{2,})\1$/.test(form) && e.detectors.every((d) => d === 'quoted'))
        return drop('doubled-stem', `${form.slice(0, form.length / 2)} written twice: a play on a name`);
      // 贺田村|村支书: a division's name followed by a word that starts with its suffix again.
      const unit = DIVISION_SUFFIX.exec(form)?.[0];
      if (!unit || !e.register || e.register.named > 0) return undefined;
      const shorter = form.slice(0, form.length - unit.length);
      return shorter.endsWith(unit) && shorter.length >= 3
        ? drop(
            'doubled-stem',
            `${shorter} followed by a word opening with ${unit}: the suffix is written twice`,
          )
        : undefined;
    },
  },
  {
    name: 'industry',
    decide: (e) => {
      // “康养时尚+半导体新材”产业的集群: a quoted set of trades the text calls industries. Not
      // where 产业 heads a programme (“一县一特”产业试点项目).
      if (
        e.detectors.every((d) => d === 'quoted') &&
        mostly(e.occurrences, (o) => cue.INDUSTRY_QUOTED.test(o.after.replace(/^[”"]/, '')))
      )
        return drop('industry', 'quoted, then called an industry (“…”产业): a trade, not a local term');
      if (e.term.category !== 'organization' || !cue.TRADE_SUFFIX.test(e.term.term)) return undefined;
      const opensWithVerb = e.tokens[0] !== undefined && cue.BUSINESS_BEFORE.test(e.tokens[0].word);
      const asIndustry = e.occurrences.some(
        (o) =>
          cue.BUSINESS_BEFORE.test(o.before) ||
          cue.INDUSTRY_AFTER.test(o.after) ||
          cue.INDUSTRY_LIST_AFTER.test(o.after),
      );
      return opensWithVerb || asIndustry
        ? drop(
            'industry',
            'an industry or product line: the object of a business verb (主营, 研发) or followed by 产业',
          )
        : undefined;
    },
  },
  {
    name: 'craft',
    decide: (e) =>
      // 岭洋米酒酿造技艺, 龙游皮纸制作技艺: a craft, named as heritage lists name it, is a line of
      // goods and its skill, which LABELLING.md reads as a product line, not a local term.
      /技艺$/.test(e.term.term)
        ? drop('craft', 'a craft (…制作技艺, …酿造技艺): a product line and its skill, not a local term')
        : undefined,
  },
  {
    name: 'measure',
    decide: (e) =>
      // 溶解氧、氨氮、总磷等9项指标, 浊度、余氯等水质指标: what is listed before 指标 ("indicators")
      // is a quantity measured (a water, air or food test's), said the same everywhere.
      mostly(e.occurrences, (o) => cue.MEASURE_LIST_AFTER.test(o.after))
        ? drop('measure', 'listed before 指标: a quantity measured, not a local term')
        : undefined,
  },
  {
    name: 'local-product',
    decide: (e) => {
      // 常山|胡柚, 杜泽|豆腐, 龙游|竹雕: a place's name and a good (a fruit, a food, a craft) is the
      // product line the place is known for, which the labels read as a product, not a local term.
      const opening = e.register?.placeOpening;
      if (!opening || e.register?.quzhou.length || e.detectors.includes('wider-term')) return undefined;
      const rest = e.term.term.slice(opening.length);
      // “衢州造”, “江山制造”: "made in" the place, its manufactures as a line of goods.
      const good = cue.GOOD.exec(rest)?.[0] ?? (/^制?造$/.test(rest) ? rest : undefined);
      return good
        ? drop('local-product', `${opening} and a good (${good}): a product line, not a local term`)
        : undefined;
    },
  },
  {
    name: 'works',
    decide: (e) => {
      // 农村供水工程, 供水管网延伸工程, 饮用水提标改造工程: engineering works described by what they
      // supply or by the building done (…改造, …扩建), a kind of works every county has, where a
      // programme's name says what it is for in words of its own (强基工程, 畅达工程). A formula
      // (十项重大工程) or a list is left to the other rules.
      const m = /^(.+)工程$/.exec(e.term.term);
      if (!m || !e.detectors.every((d) => d === 'name-suffix')) return undefined;
      const stem = m[1]!;
      if (/[、，,·+—\d一二三四五六七八九十两百千万]/.test(stem)) return undefined;
      const how = cue.WORKS_DONE.exec(stem)?.[0] ?? cue.WORKS_SUPPLY.exec(stem)?.[0];
      return how
        ? drop(
            'works',
            `works described by what they supply or the building done (${how}): a kind of works, not a name`,
          )
        : undefined;
    },
  },
  {
    name: 'crop-base',
    decide: (e) => {
      // 胡柚基地, 柑橘种植基地: a base of a crop or a good, with no place or name of its own before it,
      // is a kind of farm (太公山胡柚基地 names one).
      const stem = e.term.term.replace(/(种植|生产|示范)?基地$/, '');
      if (stem === e.term.term || e.term.category !== 'place' || e.register?.quzhou.length) return undefined;
      return cue.GOOD.test(stem)
        ? drop('crop-base', `a base of ${stem}, with no place or name of its own: a kind of farm`)
        : undefined;
    },
  },
  {
    name: 'demonstration',
    decide: (e) => {
      // 稻鱼共生示范基地, 高效笋用林示范基地: a demonstration base, park, spot or area of a crop or a method,
      // with no Quzhou place in its name, is a designation that any county confers on many farms
      // (as 示范村 on villages). A 示范区 is left alone: a zone the text sets as a goal
      // (四省边际共同富裕示范区) is a slogan (rules/suffixes.ts).
      const m = /示范(基地|园区?|点|片区?|带)$/.exec(e.term.term);
      if (!m || e.term.term.length === m[0].length || !e.detectors.includes('name-suffix')) return undefined;
      return e.register && !e.register.quzhou.length && !e.register.within && !e.anchorsWithin?.length
        ? drop(
            'demonstration',
            `a demonstration ${m[1]} of what its words say, with no place in its name: a designation`,
          )
        : undefined;
    },
  },
  {
    name: 'paved-with',
    decide: (e) => {
      // 卵石巷, 石板街, 青石板老街: a street or lane called by what it is paved with describes it;
      // every old village has one.
      const m = PAVED.exec(e.term.term);
      return m && e.detectors.every((d) => d === 'name-suffix') && !e.register?.quzhou.length
        ? drop('paved-with', `a street paved with ${m[1]}: a description, not a name`)
        : undefined;
    },
  },
  {
    name: 'described-kind',
    decide: (e) => {
      // 老|石拱桥, 宽|消防通道, 新|大桥: a common adjective of one character before a word of the
      // dictionary that is itself the kind (a stone arch bridge) describes one such thing: the old
      // bridge, not a bridge called 老石拱.
      if (e.term.category !== 'place' || !e.detectors.every((d) => d === 'name-suffix')) return undefined;
      if (e.register?.quzhou.length || e.tokens.length !== 2) return undefined;
      const [adjective, kind] = e.tokens as [Token, Token];
      const a = generalDictionary().get(adjective.word);
      const suffix = suffixOf(e.term.term);
      return adjective.word.length === 1 &&
        a?.tag === 'a' &&
        a.freq >= 1000 &&
        suffix.length > 0 &&
        kind.word.endsWith(suffix) &&
        generalDictionary().has(kind.word)
        ? drop(
            'described-kind',
            `${adjective.word}, an adjective, before ${kind.word}, a word for the kind: a description`,
          )
        : undefined;
    },
  },
  {
    name: 'informal-cooperative',
    decide: (e) => {
      // 当地|柑橘|合作社, 溪口镇|合作社, 农户|成立|合作社: a cooperative's registered name is its
      // own word and …专业合作社 or …股份合作社 (柚乡红胡柚专业合作社); one called by its place and
      // its trade in common words is described, whichever it is (两山合作社, a coinage, stays).
      // Places are the text's division stems (e.anchors), jieba's ns words and units (…乡, …村).
      const t = e.term.term;
      if (!t.endsWith('合作社') || /(专业|股份|供销|经济|信用)合作社$/.test(t)) return undefined;
      if (!e.detectors.every((d) => d === 'name-suffix')) return undefined;
      const stem = t.slice(0, -'合作社'.length);
      const places = [...(e.anchors ?? [])];
      const rest = e.tokens.filter(
        (tok) =>
          tok.end <= stem.length &&
          !places.some((p) => p.includes(tok.word) && stem.includes(p)) &&
          !/^ns/.test(tok.tag) &&
          !DIVISION_SUFFIX.test(tok.word),
      );
      const common = rest.every((tok) => {
        const w = generalDictionary().get(tok.word);
        return w !== undefined && tok.word.length >= 2 && /^(n|v|vn|s|a|an)$/.test(w.tag);
      });
      return common
        ? drop(
            'informal-cooperative',
            'a cooperative called by its place and trade in common words, not its registered name',
          )
        : undefined;
    },
  },
  {
    name: 'manner-kind',
    decide: (e) => {
      // 开放式|小区, 花园式|工厂: a word of manner (…式, "-style") before the kind says what sort of
      // estate or factory it is, as a quoted “拉网式” says how work is done (rules-quotes.ts).
      if (!e.detectors.every((d) => d === 'name-suffix') || e.register?.quzhou.length) return undefined;
      const stem = e.term.term.slice(0, e.term.term.length - suffixOf(e.term.term).length);
      const manner = e.tokens.find((t) => t.end === stem.length);
      return manner &&
        manner.word.length >= 3 &&
        manner.word.endsWith('式') &&
        generalDictionary().has(manner.word)
        ? drop('manner-kind', `${manner.word}, a manner, before the kind: what sort it is, not a name`)
        : undefined;
    },
  },
  {
    name: 'village-facility',
    decide: (e) => {
      // 达塘村文化礼堂, 中畈村卫生室: a facility every Zhejiang village or community has (the
      // province's 农村文化礼堂 programme gives each village its auditorium), after the village's
      // name, is that village's; the popover could only say so.
      if (e.detectors.includes('quoted') || !e.detectors.includes('name-suffix')) return undefined;
      const m = VILLAGE_FACILITY.exec(e.term.term);
      if (m) return drop('village-facility', `${m[1]}'s ${m[2]}: a facility every village has, not a name`);
      const old = OLD_PART_OF_UNIT.exec(e.term.term);
      return old && !e.register?.quzhou.length
        ? drop(
            'village-facility',
            `${old[1]}'s ${old[2]}, written after the division's full name: a description`,
          )
        : undefined;
    },
  },
];
