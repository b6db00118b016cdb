/**
 * Stage three of the compiler: one decision per candidate, from its evidence (evidence.ts), with
 * the reason recorded. The rules are read top to bottom and the first that speaks decides; each
 * names the general fact it relies on (the register, a part-of-speech tag, the words around the
 * occurrences), never a particular term.
 */
import type { Category } from '../../lib/glossary/glossary';
import { DIVISION_SUFFIX } from '../register/ambiguity';
import { isGenericPhrase } from '../generic';
import { SUFFIXES } from '../rules/suffixes';
import { isSpecific } from '../specific';

const NO_ANCHORS = new Set<string>();
import { generalDictionary } from '../lexicon';
import type { Occurrence, TermEvidence } from './evidence';

const generalFrequency = (word: string) => generalDictionary().get(word)?.freq;

export interface Decision {
  keep: boolean;
  category: Category;
  /**
   * The form to keep instead of the one proposed: the name without the division or office written
   * before it (its parent), or without the verb that calls for it (no parent).
   */
  rename?: { term: string; parent?: string };
  /** The rule that decided (see RULES), for `npm run glossary -- --explain`. */
  rule: string;
  /** Why, in a sentence. */
  reason: string;
}

type Verdict = Omit<Decision, 'category'> & { category?: Category };
type Rule = { name: string; decide: (e: TermEvidence) => Verdict | undefined };

const keep = (rule: string, reason: string, category?: Category): Verdict => ({
  keep: true,
  rule,
  reason,
  ...(category ? { category } : {}),
});
const drop = (rule: string, reason: string): Verdict => ({ keep: false, rule, reason });

/** Kinds the suffix detector gives to names that claim to be divisions (rules/suffixes.ts). */
const DIVISION_KINDS = new Set(['行政村', '社区', '街道', '镇', '乡', '区', '县', '市']);

/** More than half of the occurrences satisfy `test` (a frame the text puts the form in). */
function mostly(occurrences: readonly Occurrence[], test: (o: Occurrence) => boolean): boolean {
  const n = occurrences.filter(test).length;
  return n > 0 && n * 2 > occurrences.length;
}

/** jieba reads the whole form as one person's name. */
const PERSON_TAG = /^(nr|nrfg|nrt)$/;
/** Words written right next to a person's name: their post, a form of address. */
const PERSON_AFTER =
  /^[”"]?(医生|大夫|老师|书记|主任|同志|先生|女士|师傅|院长|校长|教授|村长|镇长|县长|市长|等人|说|表示|介绍|告诉)/;
const PERSON_BEFORE = /(医生|老师|书记|主任|村民|党员|志愿者|记者|通讯员|患者|队长|站长)[“"]?$/;
/** The hundred most common surnames: a two- or three-character unknown word opening with one may be a name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

function isPerson(e: TermEvidence): boolean {
  const form = e.term.term;
  // jieba tags some river and village names as persons (乌溪江/nr): a place suffix wins.
  if (e.term.category === 'place') return false;
  if (e.tokens.length === 1 && PERSON_TAG.test(e.tokens[0]!.tag)) return true;
  if (form.length < 2 || form.length > 3 || !SURNAMES.includes(form[0]!) || e.word) return false;
  return e.occurrences.some((o) => PERSON_AFTER.test(o.after) || PERSON_BEFORE.test(o.before));
}

/** What introduces what a thing is to become: 打造成为, 建设成, 成为. */
const BECOME_BEFORE = /(打造成为|打造成|建设成为|建设成|建成|成为|变成|作为)$/;

/** Words for a person at the end of a quoted nickname. */
const PERSON_NOUN = /(娘娘|掌柜|大姐|大妈|大嫂|大叔|大爷|阿姨|师傅|老板|哥|姐|嫂|妹|叔|伯|婆|爷)$/;

/** How Chinese news frames an honour: 荣获“…”称号, 被评为“…”. */
const HONOUR_BEFORE = /(荣获|获得|获评|获颁|评为|评选为|授予|荣膺|当选|入选|被命名为|命名为)[“"]?$/;
const HONOUR_AFTER = /^[”"]?(称号|荣誉|荣誉称号|奖|奖项|大奖|表彰|提名)/;
/** The shape of an honour title: a praise word and a kind of person or group. */
const HONOUR_SHAPE =
  /^(优秀|先进|最美|十佳|模范|金牌|优秀青年|全国|省级).*(者|员|师|任|手|兵|范|星|人|集体|个人|家庭|单位|组织)$/;

const DESIGNATION =
  /^(国家|全国|中国|省级|省)[\u4e00-\u9fff]{2,10}(示范区|示范县|示范市|示范村|示范基地|体验地|先行区|试验区|样板区)$/;

/** How it frames the title of a talk, lecture, course or report: 以“…”为主题, 作“…”专题报告. */
const TITLE_BEFORE = /(题为|主题为|以|作了?|围绕|课程|单元|讲座|宣讲)[“"]?$/;
const TITLE_AFTER = /^[”"]?(为题|为主题|主题|的主题|专题|报告|讲座|课程|宣讲|演讲|分享|微课|党课|讲话)/;

/** Grammar that only a sentence or a description has: pronouns, demonstratives, modal particles. */
const DESCRIPTIVE = /这种|那种|这个|那个|这样|那样|这些|那些|一种|一个|我们|你们|他们|大家/;
const MODAL_TAG = /^(y|e|o)$/;

/** Industries and product lines are objects of business verbs: 主营|锂电新材料, 锂电新材料|产业. */
const TRADE_SUFFIX = /(新材料|新能源|科技|化工|药化|制冷|材料|能源)$/;
const BUSINESS_BEFORE = /(主营|生产|研发|专注|深耕|布局|聚焦|做强|培育|发展|从事|涉足)$/;
const INDUSTRY_AFTER = /^(产业|行业|领域|产品|赛道|板块|业务)/;

/** Single-character verbs of movement and connection that take a place as object: 通村, 进村, 入户. */
const VERB_CHAR = /[通进入到出连联串下]/;

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

/** Epithets (胡柚之乡, 江南小延安): what a place is called, not the place. */
const EPITHET = /(之乡|之都|之源|之窗|之心|明珠|小延安|小上海)$/;
/** A group named after its leader or purpose is an organisation: 万少华团队, 红色代办服务队. */
const TEAM = /(团队|工作室|服务队|志愿队|小分队|突击队|宣讲团|先锋队)$/;

const RULES: readonly Rule[] = [
  {
    // The detector's own rule turned it down (extract.ts and the rules it calls).
    name: 'detector',
    decide: (e) =>
      e.term.rejected ? drop(`${e.term.rejected.detector}-rule`, e.term.rejected.reason) : undefined,
  },
  {
    // The register is the authority on Quzhou's divisions.
    name: 'register',
    decide: (e) => {
      const places = e.register?.quzhou ?? [];
      if (places.length === 0) return undefined;
      const where = places.map((p) => [...p.chain].reverse().slice(1).join('') + p.name).join('、');
      return keep('register', `a division of Quzhou in the national register (${where})`, 'place');
    },
  },
  {
    name: 'unit-prefix',
    decide: (e) => {
      const unit = e.register?.unitPrefix;
      if (!unit || e.detectors.includes('quoted')) return undefined;
      const term = e.term.term.slice(unit.name.length);
      // 廿里镇|工业功能区: without its place the rest names only a kind; the place is part of the name.
      const suffix = SUFFIXES.find((x) => term.endsWith(x.suffix))?.suffix ?? '';
      if (!isSpecific(term.slice(0, term.length - suffix.length), NO_ANCHORS, false)) return undefined;
      return {
        keep: true,
        rule: 'unit-prefix',
        reason: `${unit.name} is the division it lies in (${unit.chain[0]}), written before its name`,
        rename: { term, parent: unit.name },
      };
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
    name: 'epithet',
    decide: (e) =>
      EPITHET.test(e.term.term)
        ? keep('epithet', 'an epithet: what a place is called, not the place', 'slogan')
        : undefined,
  },
  {
    name: 'elsewhere',
    decide: (e) =>
      // 黄山 (of 安徽省黄山市): the name of a province, city or county outside Quzhou.
      e.register?.elsewhere &&
      e.term.category === 'place' &&
      // A short form (西山, 黄山) may be a Quzhou place too: only where the text writes its level after it.
      (/[省市县区州盟旗]$/.test(e.term.term) || e.occurrences.some((o) => /^[省市县区]/.test(o.after)))
        ? drop('elsewhere', `${e.term.term} is a province, city or county outside Quzhou`)
        : undefined,
  },
  {
    name: 'glued-place',
    decide: (e) =>
      e.register?.gluedTo && e.term.category === 'place' && !e.detectors.includes('quoted')
        ? drop(
            'glued-place',
            `a word of grammar before ${e.register.gluedTo}, a place the register knows: a phrase, not a name`,
          )
        : undefined,
  },
  {
    name: 'person',
    decide: (e) =>
      isPerson(e)
        ? drop('person', "a person's name (jieba's tag, or a surname with a post beside it)")
        : undefined,
  },
  {
    name: 'nickname',
    decide: (e) =>
      // “多肉娘娘”, “面条陈掌柜”: a person called after what they do.
      e.detectors.every((d) => d === 'quoted') && PERSON_NOUN.test(e.term.term)
        ? drop('nickname', "a person's nickname: it ends in a word for a person")
        : undefined,
  },
  {
    name: 'activity-item',
    decide: (e) => {
      // 路灯亮化, 江边游步道: list items that are things done or descriptions of where.
      if (!e.detectors.every((d) => d === 'enumeration')) return undefined;
      const last = e.tokens[e.tokens.length - 1];
      const first = e.tokens[0];
      if (last && last.tag === 'v' && e.tokens.length >= 2)
        return drop(
          'activity-item',
          `a list item ending in the verb ${last.word}: something done, not a name`,
        );
      if (first && /^(s|f|p)$/.test(first.tag))
        return drop(
          'activity-item',
          `a list item opening with the locative ${first.word}: a description of where`,
        );
      return undefined;
    },
  },
  {
    name: 'predicate',
    decide: (e) => {
      // 将信安湖打造成为|滨水生态长廊: what a place is to become is a description, not a name.
      if (!e.detectors.every((d) => d === 'name-suffix') || /^ns/.test(e.word?.tag ?? '')) return undefined;
      // The whole predicate: the form ends its phrase (成为钱塘江|航线… is a modifier, not a predicate).
      const whole = (o: Occurrence) => BECOME_BEFORE.test(o.before) && /^([、，。；！？,;]|$)/.test(o.after);
      return e.occurrences.length > 0 && e.occurrences.every(whole)
        ? drop('predicate', 'only ever what something is to become (打造成为…): a description')
        : undefined;
    },
  },
  {
    name: 'possessive',
    decide: (e) => {
      // “柯城之变”, “衢州之美”: a place's change or beauty, said of it; 之 before a noun is an
      // epithet instead (胡柚之乡, 浙西之窗).
      const form = e.term.term;
      const at = form.indexOf('之');
      if (at < 2 || at !== form.length - 2 || !e.detectors.includes('quoted')) return undefined;
      const head = form[at + 1]!;
      const tag = generalDictionary().get(head)?.tag ?? '';
      return /^(v|a)$/.test(tag)
        ? drop(
            'possessive',
            `${form.slice(0, at)}'s ${head} (${tag}): a description of the place, not a name`,
          )
        : undefined;
    },
  },
  {
    name: 'honour',
    decide: (e) => {
      const framed = mostly(e.occurrences, (o) => HONOUR_BEFORE.test(o.before) || HONOUR_AFTER.test(o.after));
      if (framed) return drop('honour', 'an honour: the text awards it (荣获, 评为, …称号)');
      if (HONOUR_SHAPE.test(e.term.term) && e.term.category !== 'place')
        return drop('honour', 'an honour title: a praise word and a kind of person or group');
      // 国家生态旅游示范区, 省级特色体验地: a designation the state confers, not a local name.
      if (DESIGNATION.test(e.term.term))
        return drop('honour', 'a designation the state or province confers (国家…示范区, 省级…基地)');
      return undefined;
    },
  },
  {
    name: 'title',
    decide: (e) =>
      e.detectors.every((d) => d === 'quoted') &&
      mostly(e.occurrences, (o) => TITLE_BEFORE.test(o.before) && TITLE_AFTER.test(o.after))
        ? drop('title', 'the title of a talk, report or course (以“…”为主题, 作“…”报告)')
        : undefined,
  },
  {
    name: 'descriptive',
    decide: (e) => {
      if (DESCRIPTIVE.test(e.term.term))
        return drop('descriptive', 'a description: it carries a pronoun or demonstrative');
      // 在‘宋诗之河’写首诗: a quote inside the quote, or a preposition opening it, makes a title or a clause.
      if (
        /[‘’《》]/.test(e.term.term) ||
        (e.detectors.includes('quoted') && /^[在从把被让]/.test(e.term.term))
      )
        return drop('descriptive', 'a title or a clause: a quote inside it, or a preposition opening it');
      if (e.tokens.some((t) => MODAL_TAG.test(t.tag)))
        return drop('descriptive', 'a sentence: it carries a modal particle');
      return undefined;
    },
  },
  {
    name: 'verb-led',
    decide: (e) => {
      // “打造四省边际中心城市”, 谋划|教育实践基地, 距离|三清山景区: a verb or preposition before a
      // thing is a call to do something or a clause, not the thing's name. Parallel slogans
      // (打通围墙、打开心墙) and one-word idioms (腾笼换鸟) are left alone.
      const quoted = e.detectors.includes('quoted');
      if (!quoted && !e.detectors.includes('name-suffix')) return undefined;
      if (/[、，,\s·+]/.test(e.term.term) || e.tokens.length < (quoted ? 3 : 2)) return undefined;
      const [first] = e.tokens;
      const common = (generalFrequency(first!.word) ?? 0) >= 300;
      const rest = e.term.term.length - first!.word.length;
      if (!(/^(v|p)$/.test(first!.tag) && common && first!.word.length >= 2 && rest >= 3)) return undefined;
      const object = e.term.term.slice(first!.end);
      const kind = first!.tag === 'p' ? 'preposition' : 'verb';
      // “打造四省边际中心城市”: the call is to build a named thing; the thing is the term.
      if (quoted && object.length >= 4 && !isGenericPhrase(object))
        return {
          keep: true,
          rule: 'verb-led',
          reason: `opens with the ${kind} ${first!.word}: the name is what it acts on, a goal the text sets`,
          rename: { term: object },
          // A place one is called to build (打造“…中心城市”) is a goal, said, not yet a place.
          ...(e.term.category === 'place' ? { category: 'slogan' as const } : {}),
        };
      return drop('verb-led', `opens with the ${kind} ${first!.word}: a clause, not a name`);
    },
  },
  {
    name: 'ordinary-place-word',
    decide: (e) => {
      // 新思路 (n): the suffix detector read …路 as a road, but jieba knows the whole as a common noun.
      if (e.term.category !== 'place' || !e.word || /^(ns|nz|nt|nr)/.test(e.word.tag)) return undefined;
      return drop(
        'ordinary-place-word',
        `an ordinary word (${e.term.term}/${e.word.tag} in jieba's dictionary), not a place`,
      );
    },
  },
  {
    name: 'split-word',
    decide: (e) => {
      // 改走乡|间小道, 村规村|约: the suffix is the first character of the word written after it.
      if (!e.detectors.includes('name-suffix') || e.term.category !== 'place') return undefined;
      const last = e.term.term[e.term.term.length - 1]!;
      return mostly(e.occurrences, (o) => o.lastJoinsAfter)
        ? drop('split-word', `its last character ${last} starts the word written after it`)
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
      return verb && VERB_CHAR.test(stem[0]!) && /[村乡镇户县城区]/.test(stem[1]!)
        ? drop('generic-kind', `${stem} is a verb and its object: a kind of thing, not the name of one`)
        : undefined;
    },
  },
  {
    name: 'doubled-stem',
    decide: (e) => {
      // 贺田村|村支书: a division's name followed by a word that starts with its suffix again.
      const form = e.term.term;
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
      if (e.term.category !== 'organization' || !TRADE_SUFFIX.test(e.term.term)) return undefined;
      const opensWithVerb = e.tokens[0] !== undefined && BUSINESS_BEFORE.test(e.tokens[0].word);
      const asIndustry = e.occurrences.some(
        (o) => BUSINESS_BEFORE.test(o.before) || INDUSTRY_AFTER.test(o.after),
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
    name: 'not-in-register',
    decide: (e) => {
      // 改走乡: read as a division, but China has no division of that name; one article is not enough.
      if (!e.register || e.term.category !== 'place' || !DIVISION_KINDS.has(e.term.kind)) return undefined;
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
  {
    name: 'team',
    decide: (e) =>
      TEAM.test(e.term.term)
        ? keep('team', 'a team or group named by its leader or purpose', 'organization')
        : undefined,
  },
];

/**
 * Slogan or program, from how the text uses it: a program is something carried out or built
 * (实施“四边三化”, “152”工作体系), a slogan something said or aimed at (提出“重要窗口”, “五城”目标).
 * Only where the detector's guess was one of the two and the text leans one way.
 */
function saidOrRun(e: TermEvidence, guess: Category): { category: Category; reason: string } | undefined {
  // A railway, road or port the text is building is a project, not yet a place to go.
  if (guess === 'place' && TRANSPORT_KINDS.has(e.term.kind) && !e.register?.quzhou.length) {
    const built = e.occurrences.filter(
      (o) => BUILT_BEFORE.test(unquoteBefore(o.before)) || BUILT_AFTER.test(unquoteAfter(o.after)),
    ).length;
    const done = e.occurrences.filter((o) => DONE_AFTER.test(unquoteAfter(o.after))).length;
    return built > done
      ? {
          category: 'program',
          reason: `a ${e.term.kind} the text is building (${built} of ${e.occurrences.length} uses)`,
        }
      : undefined;
  }
  if (guess !== 'slogan' && guess !== 'program') return undefined;
  // What a strategy, a spirit or an idea is: said.
  if (SAID_HEAD.test(e.term.term))
    return guess === 'program'
      ? { category: 'slogan', reason: 'a strategy, spirit or idea: something said' }
      : undefined;
  // Parallel clauses are said, however they are carried out (推行“树正打歪、拔钉清障”).
  if (/[、，,\s]/.test(e.term.term) && guess === 'slogan') return undefined;
  const run = e.occurrences.filter(
    (o) => RUN_BEFORE.test(unquoteBefore(o.before)) || RUN_AFTER.test(unquoteAfter(o.after)),
  ).length;
  const said = e.occurrences.filter(
    (o) => SAID_BEFORE.test(unquoteBefore(o.before)) || SAID_AFTER.test(unquoteAfter(o.after)),
  ).length;
  if (run > said && guess === 'slogan')
    return {
      category: 'program',
      reason: `carried out or built in ${run} of ${e.occurrences.length} uses (实施…, …机制)`,
    };
  if (said > run && guess === 'program')
    return {
      category: 'slogan',
      reason: `said or aimed at in ${said} of ${e.occurrences.length} uses (提出…, …目标)`,
    };
  return undefined;
}

const TRANSPORT_KINDS = new Set([
  '铁路',
  '高速公路',
  '公路',
  '通道',
  '港口',
  '机场',
  '高铁站',
  '桥梁',
  '道路',
]);
const BUILT_BEFORE = /(建设|开工建设|加快|推进|谋划|规划|争取|启动|开工|规划中的|在建的|拟建的)$/;
const BUILT_AFTER = /^(建设|项目|工程|开工|前期|规划|一期|二期)/;
/** Open for use: a place now (衢宁铁路建成通车). */
const DONE_AFTER = /^(建成|通车|开通|投用|运营|正式开通)/;
const SAID_HEAD = /(战略|精神|理念)$/;

const unquoteBefore = (s: string) => s.replace(/[“"‘]$/, '');
/** What follows a quote, past the quotes listed right after it (“152”“141”衔接 → 衔接). */
const unquoteAfter = (s: string) => s.replace(/^[”"’]/, '').replace(/^(“[^”]*”)+/, '');
const RUN_BEFORE =
  /(实施|推进|推行|落实|深化|开展|运用|依托|借助|启动|上线|推广|探索|创新|搭建|建立|健全|完善|试行|首创|推出)$/;
const RUN_AFTER =
  /^(工作法|工作机制|工作体系|机制|体系|模式|改革|行动|工程|平台|试点|应用|项目|专项|运行机制|管理)/;
const SAID_BEFORE = /(提出|喊出|叫响|唱响|擦亮|争创|打响|口号|理念|号召|誉为|称为|号称|定位为|目标是|成为)$/;
const SAID_AFTER = /^(口号|理念|精神|品牌|目标|定位|战略|之称|美誉|名片|新篇章|的号召|的要求|重要指示)/;

export function decide(e: TermEvidence): Decision {
  for (const rule of RULES) {
    const verdict = rule.decide(e);
    if (verdict) return { category: e.term.category, ...verdict };
  }
  const usage = saidOrRun(e, e.term.category);
  if (usage) return { keep: true, category: usage.category, rule: 'said-or-run', reason: usage.reason };
  return {
    keep: true,
    category: e.term.category,
    rule: 'detected',
    reason: `proposed by ${e.detectors.join(', ')}; no rule against it`,
  };
}
