/**
 * Stage three of the compiler: one decision per candidate, from its evidence (evidence.ts), with
 * the reason recorded. The rules are read top to bottom and the first that speaks decides; each
 * names the general fact it relies on (the register, a part-of-speech tag, the words around the
 * occurrences), never a particular term.
 */
import type { Category } from '../../lib/glossary/glossary';
import { WORD_FREQUENCY } from '../register/ambiguity';
import { commonWordEntry, isGenericPhrase } from '../generic';
import { widerTerm } from '../scope/wider-terms';
import { generalDictionary, tokenize } from '../lexicon';
import * as cue from './cues';
import { ELSEWHERE_RULES, OPENS_ELSEWHERE } from './rules-elsewhere';
import { DESCRIBED_ONCE, STEM_RULES } from './rules-stem';
import {
  beforeTerm,
  drop,
  generalFrequency,
  keep,
  mostly,
  suffixOf,
  withoutPrefix,
  wordBeforeTagged,
  type Rule,
} from './rule';
import { BODY_RULES, PEOPLE_RULES, POST_RULES, TITLE_RULES } from './rules-people';
import type { Occurrence, TermEvidence } from './evidence';
import { saidOrRun } from './usage';
import { isBareShortQuote, QUOTE_RULE, QUOTED_PHRASE_RULES } from './rules-quotes';
import { LIST_CUT_RULE, LIST_ITEM_RULES } from './rules-lists';
import { DESCRIPTION_RULES, DESCRIPTIVE_RULE } from './rules-description';
import { KIND_RULES } from './rules-kinds';
import { DIVISION_RULE } from './rules-divisions';
import { NAME_RULE } from './rules-names';

export interface Decision {
  keep: boolean;
  category: Category;
  /**
   * The form to keep instead of the one proposed: the name without the division or office written
   * before it (its parent), or without the verb that calls for it (no parent). `clause` where what
   * was cut off is words of the sentence (利用|…, 景点有|…, 改造成|…), not of the name: the long form
   * is then no alias of the entry.
   */
  rename?: { term: string; parent?: string; clause?: true };
  /** The rule that decided (see RULES), for `npm run glossary -- --explain`. */
  rule: string;
  /** Why, in a sentence. */
  reason: string;
}

/** Kinds of firm or team a trade's noun may stand before (茶油|合作社, 水务|公司, 农机|服务队). */
const TRADE_KIND =
  /(股份经济合作社|股份合作社|经济合作社|专业合作社|合作社|有限责任公司|有限公司|公司|服务队)$/;

/** A post or role written before a person's name (管水员, 村支书, 老支书, 张大爷's 大爷). */
const PERSON_BEFORE_NAME = /(员|师|长|书记|支书|主任|师傅|老人|大爷|大妈|阿姨|大姐|大哥|村民|老汉)$/;
/** A given name of one or two characters, then a verb of speech: 江|建华说, 江|伟介绍. */
const SPEAKER_AFTER = /^[\u4e00-\u9fff]{1,2}(说|表示|介绍|告诉|坦言|笑着说|回忆)/;

/** Kinds the suffix detector gives to names that claim to be divisions (rules/suffixes.ts). */
const DIVISION_KINDS = new Set(['行政村', '社区', '街道', '镇', '乡', '区', '县', '市']);
/** Units a list may be counted in that the register holds whole for Quzhou (listed.ts's kinds). */
const REGISTERED_UNITS = new Set(['行政村', '社区', '街道', '镇', '乡']);

/**
 * A government office opening a name, as jieba cuts it: 市|水利局, 县|农业农村局. The level
 * (省, 市, 县, 区) comes first, an office word (…局, …委, …厅, …办) within the next two words.
 */
function officePrefix(e: TermEvidence): string | undefined {
  const [level, ...rest] = e.tokens;
  if (!level || !/^[省市县区]$/.test(level.word)) return undefined;
  const office = rest.slice(0, 2).find((t) => /[局委厅办]$/.test(t.word) && t.word.length >= 2);
  return office ? e.term.term.slice(0, office.end) : undefined;
}

/** The longer name the first round kept that every use of the form is written inside, if any. */
function onlyInside(e: TermEvidence): string | undefined {
  const inside = e.occurrences.find((o) => o.inside)?.inside;
  return inside && e.occurrences.every((o) => o.inside !== undefined) ? inside : undefined;
}

/**
 * A place a reference list of general knowledge proposed (`detector`), kept wherever written, as
 * the register's divisions are. Written only inside longer names the first round kept (“姑蔑夜坊”,
 * 钱江源 of 钱江源国家公园), it is a part of them, as inside-name reads any place written so.
 */
function listedPlace(detector: string, reason: string): Rule {
  return {
    name: detector,
    decide: (e) => {
      if (!e.detectors.includes(detector)) return undefined;
      const inside = onlyInside(e);
      if (inside) return drop('inside-name', `written only inside ${inside}, a longer name`);
      return keep(detector, reason, 'place');
    },
  };
}

const RULES: readonly Rule[] = [
  {
    // Zhejiang's and the country's named strategies and programmes (compiler/scope/wider-terms.json),
    // wherever an article writes them: the reference list is the authority, as the register is for
    // places, whatever another detector made of the words.
    name: 'wider-term',
    decide: (e) => {
      const wider = e.detectors.includes('wider-term') ? widerTerm([e.term.term]) : undefined;
      return wider
        ? keep('wider-term', `in the reference list of Zhejiang's and China's named terms`, wider.category)
        : undefined;
    },
  },
  // Quzhou's former divisions and ancient names (compiler/register/historical-places.json).
  listedPlace('historical', 'a former division or ancient name of a Quzhou place'),
  // Its rivers, mountains and best-known sites (compiler/register/landmarks.json), whatever another
  // detector made of the words (江郎山 after a verb).
  listedPlace('landmark', 'in the reference list of Quzhou rivers, mountains and sites'),
  {
    // 下淤未来乡村: a future village or community named after a Quzhou village or community is that
    // place's programme, though its stem's words are ordinary (下|淤).
    name: 'named-after-unit',
    decide: (e) => {
      const unit = e.register?.namedAfterUnit;
      return unit && NAME_RULE.decide(e)?.keep === false
        ? keep('named-after-unit', `named after ${unit}, a Quzhou division in the register`, 'program')
        : undefined;
    },
  },
  DIVISION_RULE,
  NAME_RULE,
  QUOTE_RULE,
  LIST_CUT_RULE,
  {
    // “加快建设四省边际中心城市” where the text also quotes “四省边际中心城市”: verbs in front of a
    // quoted term make a call to build it, a slogan of the verbs, not a new term.
    name: 'call-to-action',
    decide: (e) =>
      e.callFor
        ? drop(
            'call-to-action',
            `verbs before ${e.callFor}, which the text also quotes alone: a call to action`,
          )
        : undefined,
  },
  {
    // The register is the authority on Quzhou's divisions.
    name: 'register',
    decide: (e) => {
      const places = e.register?.quzhou ?? [];
      if (places.length === 0) return undefined;
      // A name the register detector found nowhere, and that each article writing it writes once
      // after another province, city or county: that place's namesake (上游江西省|龙溪村).
      const other = e.register?.elsewhereInEachArticle;
      if (other && !e.detectors.includes('register'))
        return drop(
          'after-elsewhere',
          `written after ${other}, a place outside Quzhou, in each article that uses it`,
        );
      // 航埠镇上|河东村, written only inside 上河东村 (which the register detector found): a name
      // that only ever ends a longer name the first round kept, the words before it that name's
      // own (上, 下, 新), is part of that other village's name, not a namesake (河东村 of 江山市).
      const inside = onlyInside(e);
      if (inside?.endsWith(e.term.term) && !e.detectors.includes('register'))
        return drop('inside-name', `written only as the end of ${inside}, a longer division's name`);
      const where = places.map((p) => [...p.chain].reverse().slice(1).join('') + p.name).join('、');
      const verdict = keep('register', `a division of Quzhou in the national register (${where})`, 'place');
      // 黄坛口行政村 is the register's 黄坛口村: the entry takes the register's name.
      const name = places[0]!.name;
      return name === e.term.term ? verdict : { ...verdict, rename: { term: name } };
    },
  },
  {
    // 源塘、汪坑、大坂、胡坑四个自然村: the count closing the list is the number of its items, so
    // each item is one such unit, whatever its words (listed.ts).
    name: 'counted-list',
    decide: (e) => {
      if (!e.detectors.includes('counted-list')) return undefined;
      // 浦城县仙阳镇的|黄康、文头、百善等3个行政村: the register holds every Quzhou township, town,
      // subdistrict, administrative village and community; an item counted as one that no Quzhou
      // division has as its name or stem is one elsewhere. Natural villages and compounds are
      // not in the register, and are taken as the count says.
      if (
        e.register &&
        REGISTERED_UNITS.has(e.term.kind) &&
        e.register.quzhou.length === 0 &&
        !e.register.quzhouStem
      )
        return drop(
          'counted-list',
          `counted as a ${e.term.kind}, but no Quzhou division has the name: one elsewhere`,
        );
      return keep(
        'counted-list',
        `one of a list a count or a kind of units closes: a ${e.term.kind}`,
        'place',
      );
    },
  },
  {
    name: 'possessive-item',
    decide: (e) => {
      // 长虹乡霞川村的番薯干: an item of a list with 的 inside is a phrase, whose owner (the village)
      // is written before 的 and whose thing (a product) after it; names do not hold 的 unquoted.
      const at = e.term.term.indexOf('的');
      return e.detectors.every((d) => d === 'enumeration') && at > 0
        ? drop('possessive-item', `${e.term.term.slice(0, at)} and 的: a phrase, not a name`)
        : undefined;
    },
  },
  {
    name: 'unit-prefix',
    decide: (e) => {
      const county = e.register?.countyAfterCity;
      if (county)
        return drop('unit-prefix', `${county} written after its city: that county, which the register names`);
      const unit = e.register?.unitPrefix;
      if (!unit || e.detectors.includes('quoted')) return undefined;
      const { written, place } = unit;
      // 芳村镇|至新昌乡公路: a road named by the places it runs between starts at the first; the
      // rest is no name of its own.
      if (/^[至到]/.test(e.term.term.slice(written.length)))
        return drop(
          'unit-prefix',
          `a way from ${written} to another place: described by its ends, not named`,
        );
      return withoutPrefix(e, written, 'unit-prefix', {
        reason: `${written} is the division it lies in (${place.chain[0]}), written before its name`,
        parent: place.name,
      });
    },
  },
  {
    name: 'region-prefix',
    decide: (e) => {
      // 浙江常山|诗教浸润行动: the province and county that run a programme, written before its
      // name. Places and bodies keep theirs (江山市文化馆 is that city's, and so named).
      const region = e.register?.region;
      if (!region || e.term.category !== 'program' || !e.detectors.includes('name-suffix')) return undefined;
      // A county alone before it is how the county's own people name it (衢江抽水蓄能电站).
      if (!/^浙江省?/.test(region.prefix) || region.prefix.length <= 3) return undefined;
      return withoutPrefix(e, region.prefix, 'region-prefix', {
        reason: `${region.prefix} runs it: the province or county written before its name`,
        ...(region.quzhou ? { parent: region.quzhou } : {}),
      });
    },
  },
  {
    name: 'office-prefix',
    decide: (e) => {
      // 市水利局|信安湖管理处: the office a body belongs to, written before the body's own name.
      if (e.detectors.includes('quoted')) return undefined;
      const office = officePrefix(e);
      if (!office || e.term.term.length - office.length < 4) return undefined;
      return {
        keep: true,
        rule: 'office-prefix',
        reason: `${office} is the office it belongs to, written before its name`,
        rename: { term: e.term.term.slice(office.length), parent: office },
      };
    },
  },
  {
    name: 'trade-kind',
    decide: (e) => {
      // 茶油合作社, 水务公司, 箱包有限公司, 农机服务队: a firm, cooperative or service team called by
      // one common noun of its trade is a kind (a tea-oil cooperative); firms have names of their
      // own (禾盛箱包有限公司), or a place or owner before the trade (八面山油茶专业合作社,
      // 花海服务队: 花海 is a place to jieba).
      if (e.term.category !== 'organization' || !e.detectors.every((d) => d === 'name-suffix'))
        return undefined;
      const trade = TRADE_KIND.exec(e.term.term);
      if (!trade || trade.index < 2) return undefined;
      const noun = e.term.term.slice(0, trade.index);
      // 羊业|专业合作社: a thing's name and 业 is its trade, as 茶业 or 渔业 are, though the
      // dictionary lists only the common ones.
      const tag = (w: string) => generalDictionary().get(w)?.tag ?? '';
      // jieba tags some common nouns nz (竹林/nz, 316 uses): as frequent as that, not a firm's own
      // name, which the dictionary knows rarely if at all (华友/nz, 4).
      const common =
        /^(n|vn)$/.test(tag(noun)) || (tag(noun) === 'nz' && (generalFrequency(noun) ?? 0) >= 300);
      return common || (/^.业$/.test(noun) && /^(n|ng)$/.test(tag(noun[0]!)))
        ? drop('trade-kind', `${noun}, a common noun, and ${trade[0]}: a kind of firm, not a name`)
        : undefined;
    },
  },
  {
    name: 'department',
    decide: (e) => {
      // 浙江工业大学|机械工程: a university or company followed by a discipline or trade it has.
      const [first, ...rest] = e.tokens;
      if (!first || first.tag !== 'nt' || rest.length !== 1 || !e.detectors.every((d) => d === 'name-suffix'))
        return undefined;
      return generalFrequency(rest[0]!.word) !== undefined
        ? drop(
            'department',
            `${first.word} and a word of the dictionary (${rest[0]!.word}): a department or discipline, not a name`,
          )
        : undefined;
    },
  },
  {
    // 问题清单、责任清单、整改清单“三张清单”: an item of a formula the text spells out, in ordinary
    // words written nowhere else, is explained by the formula's entry (its expansion); an entry
    // of its own would light every 问题清单 on the web.
    name: 'formula-item',
    decide: (e) => {
      const formula = e.term.partOf;
      if (!formula || !e.detectors.every((d) => d === 'expansion')) return undefined;
      if (isGenericPhrase(e.term.term))
        return drop('formula-item', `an item of ${formula} in ordinary words: its entry explains it`);
      // 推动|巡河员、护林员、生态管护员“三员合一”: the verb before the list was cut with its first
      // item; the item is explained by the formula's entry like the rest.
      const [first] = e.tokens;
      if (first && first.tag === 'v' && first.word.length >= 2 && e.tokens.length > 1)
        return drop('formula-item', `an item of ${formula} cut with ${first.word}, the verb before the list`);
      // 枢纽之城、康养之城…“五城”: a formula that counts its items by the word they end in says
      // what they are (five 城 the city is to be); each is one of them, told by a quality.
      const head = formula.replace(/^[一二三四五六七八九十两]+/, '');
      return head.length > 0 && head.length < formula.length && e.term.term.endsWith(head)
        ? drop('formula-item', `one of the ${formula}, which its entry explains: it ends in ${head}`)
        : undefined;
    },
  },
  {
    name: 'epithet',
    decide: (e) => {
      if (!cue.EPITHET.test(e.term.term)) return undefined;
      // 鱼米之乡: an idiom of the dictionary is said of many places, not a name of one.
      if (e.word && /^(i|l)$/.test(e.word.tag))
        return drop('epithet', `an idiom of the dictionary (${e.word.tag}), said of many places`);
      const other = e.register?.epithetElsewhere;
      if (other) return drop('epithet', `what ${other}, a place outside Quzhou, is called`);
      return keep('epithet', 'an epithet: what a place is called, not the place', 'slogan');
    },
  },
  ...ELSEWHERE_RULES,
  ...PEOPLE_RULES,
  ...POST_RULES,
  ...LIST_ITEM_RULES,
  ...DESCRIPTION_RULES,
  ...TITLE_RULES,
  DESCRIPTIVE_RULE,
  OPENS_ELSEWHERE,
  ...STEM_RULES,
  {
    name: 'verb-led',
    decide: (e) => {
      // “打造四省边际中心城市”, 谋划|教育实践基地, 距离|三清山景区: a verb or preposition before a
      // thing is a call to do something or a clause, not the thing's name. Parallel slogans
      // (打通围墙、打开心墙) and one-word idioms (腾笼换鸟) are left alone.
      const quoted = e.detectors.includes('quoted');
      if (!quoted && !e.detectors.includes('name-suffix')) return undefined;
      // A list, a chain of steps (“发现—派单—处置—反馈”) or a formula starts with its first part.
      if (/[、，,\s·+—]/.test(e.term.term) || e.tokens.length < (quoted ? 3 : 2)) return undefined;
      // 规划|建设|食用菌产业园: jieba reads a word of planning as a noun (规划/n), but before a verb of
      // building it says the building is planned; the two open the clause as one verb.
      const [opening, second] = e.tokens;
      const planned = cue.PLAN_WORD.test(opening!.word) && cue.BUILD_VERB.test(second?.word ?? '');
      const first = planned
        ? { ...opening!, word: opening!.word + second!.word, end: second!.end, tag: 'v' }
        : opening;
      const common = (generalFrequency(opening!.word) ?? 0) >= 300;
      const rest = e.term.term.length - first!.word.length;
      // jieba tags a verb that can be a noun vn (建设|灵山江防洪工程): before a name it is the verb.
      // Verbs that govern a means or a partner (利用, 依托) are verbs whatever the tag says (利用/n).
      const verb = /^(v|vn|p)$/.test(first!.tag) || cue.GOVERNING_VERB.test(first!.word);
      if (!(verb && common && first!.word.length >= 2 && rest >= 3)) return undefined;
      const object = e.term.term.slice(first!.end);
      const kind = first!.tag === 'p' ? 'preposition' : 'verb';
      // vn is a verb where a division is written right before it (龙游县|建设|…工程), the one
      // who does it; elsewhere it may be a noun that names (服务|中心).
      const afterDivision = (o: Occurrence) => /[县市区镇乡村]$/.test(beforeTerm(o, e.term.term));
      // So is it after an adverb or another verb (将|建设|…展示馆, 加快|启动|…走廊).
      // Looked up in the dictionary, not cut by jieba: a frequent name has thousands of mentions.
      const afterVerb = (o: Occurrence) => o.form === e.term.term && wordBeforeTagged(o.before, /^(d|v|ad)$/);
      if (first!.tag === 'vn' && !quoted && !e.occurrences.some((o) => afterDivision(o) || afterVerb(o)))
        return undefined;
      // “相当于把太阳能存进了水池里”: what follows the verb is a clause of its own (把 or 被 opening
      // it, 了 marking a deed done), a saying, not a thing to build.
      const objectTokens = tokenize(object);
      const clause =
        objectTokens[0]?.word === '把' ||
        objectTokens[0]?.word === '被' ||
        objectTokens.some((t) => t.tag === 'ul');
      // “打造四省边际中心城市”: the call is to build a named thing; the thing is the term.
      if (quoted && object.length >= 4 && !isGenericPhrase(object) && !clause)
        return {
          keep: true,
          rule: 'verb-led',
          reason: `opens with the ${kind} ${first!.word}: the name is what it acts on, a goal the text sets`,
          rename: { term: object },
          // A place one is called to build (打造“…中心城市”) is a goal, said, not yet a place.
          ...(e.term.category === 'place' ? { category: 'slogan' as const } : {}),
        };
      const reason = `opens with the ${kind} ${first!.word}: a clause, not a name`;
      // 利用|创客电商孵化园: a name by its suffix may follow the verb.
      return (
        (quoted
          ? undefined
          : withoutPrefix(e, first!.word, 'verb-led', {
              reason: `${reason}; the name follows it`,
              clause: true,
            })) ?? drop('verb-led', reason)
      );
    },
  },
  {
    name: 'ordinary-place-word',
    decide: (e) => {
      // 新思路 (n): the suffix detector read …路 as a road, but jieba knows the whole as a common noun.
      // So with any kind the suffix detector alone read (物业公司/n: a kind of firm, not one firm).
      if (!e.word) return undefined;
      const kindWord = e.detectors.every((d) => d === 'name-suffix') && /^(n|vn|l|i)$/.test(e.word.tag);
      if (e.term.category !== 'place' && !kindWord) return undefined;
      // jieba tags some places as persons (文昌阁/nr), and some four-character idioms too
      // (绿水青山/nr): a person's name has at most three characters.
      if (/^(ns|nz|nt)/.test(e.word.tag) || (/^nr/.test(e.word.tag) && e.term.term.length <= 3))
        return undefined;
      return drop(
        'ordinary-place-word',
        `an ordinary word (${e.term.term}/${e.word.tag} in jieba's dictionary), not a name`,
      );
    },
  },
  {
    name: 'inside-name',
    decide: (e) => {
      // 碗窑·|碗东未来乡村, 江郎山|现代农业园区: written only inside a longer name the first round
      // kept, it is a part of that name, not a name the text uses on its own. (The labels of the
      // seeds disagree once: 白沙溪 of 白沙溪景观改造工程 is listed as a river; the blind sets'
      // labellers list such a place only where the text writes it alone.)
      if (e.detectors.includes('quoted') || e.detectors.includes('register')) return undefined;
      const inside = onlyInside(e);
      return inside ? drop('inside-name', `written only inside ${inside}, a longer name`) : undefined;
    },
  },
  {
    name: 'chain-part',
    decide: (e) => {
      // “集中培训+驻村实训+导师带教”: each part of a chain joined by + is proposed for the names
      // such chains hold (云智钉 of “四平台交办+云智钉指令+掌上指挥”); a part written only there
      // that is ordinary words, or opens with a verb, is a step the chain's entry explains.
      if (!e.detectors.every((d) => d === 'quoted') || e.term.quoted?.length) return undefined;
      const inChain = (o: Occurrence) =>
        /[+＋][^“”]*$/.test(o.before.slice(o.before.lastIndexOf('“'))) || /^[^“”]*[+＋]/.test(o.after);
      if (e.occurrences.length === 0 || !e.occurrences.every(inChain)) return undefined;
      // A count names its things (四平台 of the seeds' chain): a formula of its own.
      if (cue.COUNT.test(e.term.term)) return undefined;
      const verbFirst = /^v/.test(e.tokens[0]?.tag ?? '');
      return isGenericPhrase(e.term.term) || verbFirst
        ? drop('chain-part', 'a step of a chain joined by +, in ordinary words: the chain explains it')
        : undefined;
    },
  },
  {
    name: 'inside-quote',
    decide: (e) => {
      // “护鸟巡江队”, “卵石江岸风光带”: a quoted name is one unit; a name by its suffix read only
      // inside such a quote, short of its end, is a piece of it (巡江 is patrolling the river, not
      // a river 护鸟巡江). Not inside quoted speech, whose sentences name places in passing.
      if (e.detectors.includes('quoted') || e.detectors.includes('register')) return undefined;
      const insideQuotedName = (o: Occurrence) => {
        const open = /“([^“”，。！？；：、,!?;:]*)$/.exec(o.before);
        const close = /^([^“”，。！？；：、,!?;:]+)”/.exec(o.after);
        return open !== null && close !== null;
      };
      return e.occurrences.length > 0 && e.occurrences.every(insideQuotedName)
        ? drop('inside-quote', 'read only inside a quoted name, short of its end: a piece of it')
        : undefined;
    },
  },
  {
    name: 'verse',
    decide: (e) =>
      // 南通梨岭北仙霞，浙水闽山极目赊: a line of verse packs names cut short between verbs; a name
      // by its suffix read only there is a guess at where one starts.
      e.detectors.every((d) => d === 'name-suffix') &&
      e.occurrences.length > 0 &&
      e.occurrences.every((o) => o.verse)
        ? drop('verse', 'read only in lines of verse, where names are cut short: its edges are a guess')
        : undefined,
  },
  {
    name: 'kind-after-name',
    decide: (e) =>
      // 六春湖|山脚下, 绿春湖|山顶: the hill of a place the text names, written after its name.
      e.kindAfterName && !e.detectors.includes('register')
        ? drop('kind-after-name', `${e.kindAfterName}, a name of its own, and the kind of thing after it`)
        : undefined,
  },
  {
    name: 'crosses-name',
    decide: (e) => {
      // 遗产地江|郎山: where it is written, a name the first round kept (江郎山) starts inside it
      // and runs on past its end; it was cut across that name.
      if (e.detectors.includes('quoted') || e.detectors.includes('register')) return undefined;
      const crossed = e.occurrences.find((o) => o.crosses)?.crosses;
      if (!crossed) return undefined;
      // Half the uses will do where the name crossed is a division's that runs on from the form's
      // last characters (衢江区岭|洋乡 in one use of two, 衢江区岭|洋… with the town's stem alone, which
      // the first round does not keep, in the other): the form's end was cut inside a township's or a
      // village's name. Not a name read by its suffix (城白|线公路 of 城白线公路), a guess itself.
      const runsOn = (name: string) =>
        /(乡|镇|村|街道|社区)$/.test(name) &&
        [...name.slice(0, -1)].some((_, k) => e.term.term.endsWith(name.slice(0, k + 1)));
      const twice = 2 * e.occurrences.filter((o) => o.crosses !== undefined).length;
      return twice > e.occurrences.length ||
        (twice === e.occurrences.length && e.occurrences.every((o) => !o.crosses || runsOn(o.crosses)))
        ? drop('crosses-name', `cut across ${crossed}, a name written there`)
        : undefined;
    },
  },
  {
    name: 'split-word',
    decide: (e) => {
      // 改走乡|间小道, 村规村|约, 副总工程|师: the suffix is the start of the word written after it;
      // so is a stem two names seem to share (衢州高|新园区: 高新 is one word).
      if (!e.detectors.includes('name-suffix') && !e.detectors.includes('shared-stem')) return undefined;
      // A name jieba's dictionary has whole, and often (钱塘江/nr, 282), is no cut, whatever follows
      // (钱塘江|源头); a rare one may be (富春山/nr, 10, in 富春山居图).
      if (e.word && /^n[rsz]/.test(e.word.tag) && e.word.freq >= 100) return undefined;
      const last = e.term.term[e.term.term.length - 1]!;
      // One character joining the next (总部|落户 → 部落) splits only a place's one-character suffix.
      const joins = (o: Occurrence) =>
        o.suffixStartsWord || (e.term.category === 'place' && o.lastJoinsAfter);
      // 看看煤气关|没关: the last character asked again after 没 or 不 is a verb in a question.
      const asked = (o: Occurrence) => o.after.startsWith(`没${last}`) || o.after.startsWith(`不${last}`);
      if (mostly(e.occurrences, asked))
        return drop('split-word', `${last}没${last}, ${last}不${last}: ${last} is a verb asked about`);
      // 厨师|江建华说: a one-character suffix that is a surname, then a given name and a verb of
      // speech, is a person named after their trade; so is one after the person's post or role
      // (管水员|江来福, 村支书|江建国).
      if (e.term.category === 'place' && cue.SURNAMES.includes(last)) {
        if (mostly(e.occurrences, (o) => SPEAKER_AFTER.test(o.after)))
          return drop('split-word', `${last} opens a person's name, who speaks after it`);
        if (PERSON_BEFORE_NAME.test(e.term.term.slice(0, -1)))
          return drop('split-word', `${last} opens a person's name, after their post`);
      }
      return mostly(e.occurrences, joins)
        ? drop('split-word', `its end (${last}) and what is written after it make one word`)
        : undefined;
    },
  },
  {
    name: 'suffix-in-word',
    decide: (e) => {
      // 珍爱|青山, 清溪|江湖, 常遇|沪江: a one-character suffix ends a word of jieba's dictionary
      // written last in the form; it belongs to that word and names no kind of place. (A longer
      // suffix ending a word names the kind all the same: 赵鼎考古|文化公园.)
      if (e.term.category !== 'place' || !e.detectors.includes('name-suffix')) return undefined;
      const form = e.term.term;
      const suffix = suffixOf(form);
      const last = e.tokens[e.tokens.length - 1];
      // A four-character word of the dictionary with a place's last character is an idiom of the
      // land (半壁江山, 崇山峻岭, 锦绣河山), not a place.
      if (suffix.length === 1 && form.length >= 4 && last?.word === form && generalDictionary().has(form))
        return drop('suffix-in-word', `${form} is a word of four characters, an idiom, not a name`);
      if (suffix.length !== 1 || !last || last.word === form || last.word.length < 2) return undefined;
      const word = generalDictionary().get(last.word);
      // jieba tags some rare place names as persons (马|金溪): those are the name's own part.
      if (word && /^nr/.test(word.tag) && word.freq < WORD_FREQUENCY) return undefined;
      return last.word.endsWith(suffix) && word !== undefined
        ? drop('suffix-in-word', `${suffix} ends the word ${last.word} (${last.tag}), not a name of a kind`)
        : undefined;
    },
  },
  {
    name: 'verb-before-kind',
    decide: (e) => {
      // 红木|打造|小镇: a verb of building right before the kind says what is being made of it;
      // a place's name does not end in one. So does a verb of founding before a body's kind
      // (蜂农抱团|成立|合作社): the body is being set up, and its name, if any, is not written there.
      const verbs =
        e.term.category === 'place'
          ? cue.BUILD_VERB
          : e.term.category === 'organization'
            ? cue.FOUND_VERB
            : undefined;
      if (!verbs || !e.detectors.includes('name-suffix')) return undefined;
      const suffix = suffixOf(e.term.term);
      const stemEnd = e.term.term.length - suffix.length;
      const last = e.tokens.filter((t) => t.end <= stemEnd).pop();
      return last && last.end === stemEnd && verbs.test(last.word) && last.start > 0
        ? drop('verb-before-kind', `${last.word} before ${suffix}: what is being made, not a name`)
        : undefined;
    },
  },
  ...KIND_RULES,
  DESCRIBED_ONCE,
  {
    name: 'not-in-register',
    decide: (e) => {
      // 改走乡: read as a division, but China has no division of that name; one article is not enough.
      if (!e.register || e.term.category !== 'place' || !DIVISION_KINDS.has(e.term.kind)) return undefined;
      // 库区村, 山区村: a village whose stem is a common noun of the dictionary (or a noun of a
      // quality, 卫生/an: 卫生村, the "hygienic village" title every county awards), which Quzhou's
      // register lacks, is a kind of village (those by the reservoir), whatever village elsewhere
      // bears the name.
      const stem = e.term.term.slice(0, -1);
      const word = generalDictionary().get(stem);
      if (e.term.kind === '行政村' && /^a?n$/.test(word?.tag ?? '') && !e.detectors.includes('register'))
        return drop(
          'not-in-register',
          `${stem}, a common noun, and 村: a kind of village or a title, not one in the register`,
        );
      // A name China has elsewhere may be a Quzhou division newer than the register (东港街道).
      if (e.register.named > 0) return undefined;
      return e.articles < 2
        ? drop(
            'not-in-register',
            'read as a division, but no division in China has that name and only one article uses it',
          )
        : undefined;
    },
  },
  ...BODY_RULES,
  {
    name: 'distance-praise',
    decide: (e) => {
      // 百里|金溪, 千里|钱塘江: a distance praising a river or place written before its name.
      const form = e.term.term;
      if (e.term.category !== 'place' || !cue.DISTANCE_PRAISE.test(form)) return undefined;
      const rest = form.slice(2);
      const word = generalDictionary().get(rest);
      return word && /^(ns|nr)/.test(word.tag)
        ? {
            keep: true,
            rule: 'distance-praise',
            reason: `${form.slice(0, 2)} praises ${rest}: the name is ${rest}`,
            rename: { term: rest },
          }
        : undefined;
    },
  },
  ...QUOTED_PHRASE_RULES,
  {
    name: 'team',
    decide: (e) => {
      if (!cue.TEAM.test(e.term.term)) return undefined;
      // 网格|团队, 学子|团队: one common noun before 团队 says what kind of people it has; a team
      // is named by its leader (万少华团队) or more words of its purpose.
      const stem = /^(.{2})团队$/.exec(e.term.term)?.[1];
      if (stem && commonWordEntry(stem, 100))
        return drop('team', `${stem} and 团队: a kind of team, named by no one and nothing particular`);
      return keep('team', 'a team or group named by its leader or purpose', 'organization');
    },
  },
  {
    name: 'task-force',
    decide: (e) =>
      // 企业服务专班, 征迁攻坚专班: a task force is set up for a job and named by it, as offices are
      // by function (LABELLING.md); one counted in a formula (一企一专班) is the formula's.
      /专班$/.test(e.term.term) && !cue.COUNT.test(e.term.term)
        ? drop('task-force', 'a task force named by its job, as an office is by its function')
        : undefined,
  },
];

export function decide(e: TermEvidence): Decision {
  for (const rule of RULES) {
    const verdict = rule.decide(e);
    if (verdict) return { category: e.term.category, ...verdict };
  }
  // 生态立县, 工业立市: what a unit is founded on is the strategy it sets itself, something said,
  // where 农业大市 or 文化强市 only describes it (generic.ts: nationwide mottos). Only the category:
  // whether it is a term at all is the other rules' to say.
  if (cue.FOUNDED_ON.test(e.term.term))
    return {
      keep: true,
      category: 'slogan',
      rule: 'unit-strategy',
      reason: 'what a unit is founded on (…立县): its strategy, something said',
    };
  // 远近闻名的“西瓜村”, 有“小三清山”之称, 打造“风情古镇”: a place the text quotes as what a place is
  // known as, or is to become, is a nickname or a goal, something said; the place itself is named
  // elsewhere.
  const quoted = e.occurrences.filter((o) => /[“"]$/.test(o.before));
  if (
    e.term.category === 'place' &&
    !e.register?.quzhou.length &&
    quoted.length > 0 &&
    quoted.every((o) => cue.CALLED_OR_GOAL_BEFORE.test(o.before) || cue.CALLED_AFTER.test(o.after))
  )
    return {
      keep: true,
      category: 'slogan',
      rule: 'nickname-or-goal',
      reason: 'quoted as what a place is known as or is to become (闻名的“…”, 打造“…”)',
    };
  const usage = saidOrRun(e, e.term.category);
  if (usage) return { keep: true, category: usage.category, rule: 'said-or-run', reason: usage.reason };
  // Only a phrase no rule has placed as run or said falls to the default of slogan.
  if (e.term.category === 'slogan' && isBareShortQuote(e))
    return {
      keep: false,
      category: 'slogan',
      rule: 'bare-short-quote',
      reason:
        'a quoted phrase of four characters or fewer, in one article, with no place, count or list: its words say it',
    };
  return {
    keep: true,
    category: e.term.category,
    rule: 'detected',
    reason: `proposed by ${e.detectors.join(', ')}; no rule against it`,
  };
}
