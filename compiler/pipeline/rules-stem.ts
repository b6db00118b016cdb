/**
 * Decision rules about the words of a name's stem, as the dictionary cuts them: a word of grammar
 * opening it, a division with its level before a bare 山, a verb of going after a noun (老人|去|医院),
 * a verb of motion inside a landscape's name, a verb's tentative form or a verb of handing over
 * before a body, a rare verb the name is never written without, a one-character verb before a
 * place written alone elsewhere (拍|霞溪), a stem of common words used once (村史|长廊). Read in
 * decide.ts's order.
 */
import { dictionaryCut, generalDictionary } from '../lexicon';
import { DIVISION_SUFFIX } from '../register/ambiguity';
import * as cue from './cues';
import { drop, withoutPrefix, wordBeforeTagged, type Rule, type Verdict } from './rule';
import type { TermEvidence } from './evidence';

/** Complements of result a verb takes, read by jieba as a name's first character, and their sense. */
const RESULTS: Record<string, string> = { 成: '"into"', 好: '"well"' };

/**
 * 主要景点|有|江郎山景区: a common noun, then a verb of being or having standing alone, then a name
 * of its own is a clause whose object is the name (the sights include 江郎山景区). Only renamed,
 * never dropped: where what follows is no name (衢州|有|礼驿站) the form is left to the other rules.
 */
function subjectAndVerb(e: TermEvidence, pieces: readonly string[]): Verdict | undefined {
  const at = pieces.findIndex((p, i) => i > 0 && /^[有是在]$/.test(p));
  if (at < 0 || pieces.slice(at + 1).join('').length < 3) return undefined;
  const subject = pieces.slice(0, at).join('');
  const word = generalDictionary().get(subject);
  if (!word || !/^(n|s|f)$/.test(word.tag)) return undefined;
  return withoutPrefix(e, subject + pieces[at]!, 'grammar-opening', {
    clause: true,
    reason: `${subject}, a common noun, then ${pieces[at]} standing alone: a clause; the name follows it`,
  });
}

/** Verbs of handing a thing over to a body: invested in it as shares, leased or entrusted to it. */
const HANDED_OVER = /^(入股|折股|流转给?|转让给?|出租给?|租给|交给|卖给|托管给|委托给|交由|捐给|移交给?)$/;

export const STEM_RULES: readonly Rule[] = [
  {
    name: 'unit-first',
    decide: (e) => {
      // 整|村旅游开发公司, 集聚|区常山片区, 县|经济技术开发区: a division's kind character standing
      // alone at the start ends the word before it or says only "the village's …"; so does an
      // office's (农业农村局|胡柚产业服务中心 cut as 局|…).
      const [first, second] = e.tokens;
      return e.detectors.includes('name-suffix') &&
        !e.register?.quzhou.length &&
        first?.word.length === 1 &&
        // 市美术家协会 is the city's own body, so named; a place is never "the county's …".
        (/^[村镇乡局委厅]$/.test(first.word) ||
          (/^[区县市省]$/.test(first.word) && e.term.category === 'place')) &&
        second !== undefined
        ? drop('unit-first', `opens with ${first.word} alone, the end of the word before it: a cut`)
        : undefined;
    },
  },
  {
    name: 'paired-modifier',
    decide: (e) => {
      // 古街古巷, 古民居古宗祠: two kinds each after the same modifier describe what a place has,
      // the way four-character pairs do; no name repeats its first character halfway.
      const pair = /^(\p{Script=Han})(\p{Script=Han}{1,3})\1(\p{Script=Han}{1,3})$/u.exec(e.term.term);
      // Not where the first character opens a division the text names (开化|经济开发区): that is
      // the place, named before the kind.
      const proper = [...(e.anchors ?? [])].some((a) => a.length >= 2 && e.term.term.startsWith(a));
      // Nor a numeral (一江一湖): that is a formula, counted.
      const counted = pair !== null && /[一二三四五六七八九十两百千万]/.test(pair[1]!);
      return pair && !proper && !counted && e.term.category === 'place' && !e.register?.quzhou.length
        ? drop('paired-modifier', `${pair[1]}… twice: a pair of kinds described, not a name`)
        : undefined;
    },
  },
  {
    name: 'this-one',
    decide: (e) =>
      // 这|一旅游休闲综合体, 该|一工程: 一 after a demonstrative is "this one", said of the thing
      // (这一项目 is the formal "this project"); the name detector counted it as a numeral of the name.
      e.detectors.includes('name-suffix') &&
      e.term.term.startsWith('一') &&
      e.occurrences.every((o) => /[这那该此同每其]$/.test(o.before))
        ? (withoutPrefix(e, '一', 'this-one', {
            clause: true,
            reason: '一 after 这 or 那 is "this one", said of it; the name follows',
          }) ?? drop('this-one', '一 after 这 or 那 is "this one", said of a kind of thing'))
        : undefined,
  },
  {
    name: 'tentative-verb',
    // 走一|走|古道, 看一|看|村容: a verb, 一 and the verb again is the tentative form ("take a walk
    // along"), and what follows is its object; the name detector read 一 and the second verb as
    // the name's first characters.
    decide: (e) => {
      const verb = e.term.term[1];
      if (
        e.term.term[0] !== '一' ||
        verb === undefined ||
        !/[\u4e00-\u9fff]/.test(verb) ||
        !e.detectors.every((d) => d === 'name-suffix') ||
        e.occurrences.length === 0 ||
        !e.occurrences.every((o) => o.form === e.term.term && o.before.endsWith(verb))
      )
        return undefined;
      const form = `${verb}一${verb} is a verb's tentative form`;
      return (
        withoutPrefix(e, `一${verb}`, 'tentative-verb', {
          clause: true,
          reason: `${form}; the name follows`,
        }) ?? drop('tentative-verb', `${form}, before a kind of thing`)
      );
    },
  },
  {
    name: 'as-soon-as',
    // 一进|府山公园南大门，…, 一到|村口: 一 and a verb of one character opening a clause is "as
    // soon as" (one enters the park …), and what follows is where; the name detector read 一 and
    // the verb as the name's first characters. Not where 一 and the character are a word of their
    // own (一带, 一体化, 一贯制).
    decide: (e) => {
      const verb = e.term.term[1];
      const dictionary = generalDictionary();
      const asVerb = verb === undefined ? undefined : dictionary.get(verb);
      if (
        e.term.term[0] !== '一' ||
        !asVerb ||
        asVerb.tag !== 'v' ||
        asVerb.freq < 1000 ||
        dictionary.has(`一${verb}`) ||
        !e.detectors.every((d) => d === 'name-suffix') ||
        e.occurrences.length === 0 ||
        !e.occurrences.every((o) => o.form === e.term.term && /(^|[，。；：！？、“”\s])$/.test(o.before))
      )
        return undefined;
      const form = `一${verb} opening a clause is "as soon as"`;
      return (
        withoutPrefix(e, `一${verb}`, 'as-soon-as', { clause: true, reason: `${form}; the name follows` }) ??
        drop('as-soon-as', `${form}, before a kind of thing`)
      );
    },
  },
  {
    name: 'local-opening',
    // 当地|观鸟协会, 本地|柑橘合作社: "the local bird-watchers' society" describes a body of the
    // kind where the text is, unnamed; a name is written without "local" before it.
    decide: (e) => {
      const local = /^(当地|本地)/.exec(e.term.term)?.[1];
      return local && e.detectors.every((d) => d === 'name-suffix')
        ? drop('local-opening', `opens with ${local} ("local"): a body of the kind described, not named`)
        : undefined;
    },
  },
  {
    name: 'resultative',
    decide: (e) => {
      // 改造|成|沿溪公园, 建|成|村文化礼堂: 成 after a verb is its complement of result ("into"),
      // what the thing was made into follows; the name detector read it as the name's first
      // character (jieba tags it a noun there). So is 好 ("well"): 守|好|钱江源国家公园 is to
      // guard the park well, and jieba reads 好 with the name (好/a 钱/n …).
      const result = Object.keys(RESULTS).find((c) => e.term.term.startsWith(c));
      if (
        !result ||
        !e.detectors.includes('name-suffix') ||
        e.occurrences.length === 0 ||
        !e.occurrences.every((o) => o.form === e.term.term && wordBeforeTagged(o.before, /^v/))
      )
        return undefined;
      const gloss = RESULTS[result];
      return (
        withoutPrefix(e, result, 'resultative', {
          clause: true,
          reason: `${result} after a verb is its result (${gloss}); the name follows`,
        }) ?? drop('resultative', `${result} after a verb is its result (${gloss}), before a kind of thing`)
      );
    },
  },
  {
    name: 'former',
    decide: (e) =>
      // 原|常山利华钙业有限公司: "the former" is said of the thing, not part of its name, also where
      // jieba's guesser glued it to the name (原球川/x 小学). So before a unit's one character and a
      // kind (原|村小学, 原|乡中心小学: the former village school), however jieba reads 原乡 or 原村.
      e.detectors.includes('name-suffix') &&
      (((e.tokens[0]?.word === '原' || (e.tokens[0]?.tag === 'x' && e.tokens[0].word.startsWith('原'))) &&
        e.term.term.length >= 5) ||
        (/^原[乡镇村]/.test(e.term.term) && e.term.term.length >= 4))
        ? // Where what follows is ordinary words (原|大处小学), the form is no name either.
          (withoutPrefix(e, '原', 'former', {
            reason: 'opens with 原 (former), said of it; the name follows',
          }) ?? drop('former', 'opens with 原 (former), said of it, before ordinary words'))
        : undefined,
  },
  {
    name: 'firm-province',
    decide: (e) => {
      // 运营方|浙江衢柚冷链物流有限公司: a registered firm's name opens with its province or city, so
      // the characters before 浙江 or 衢州 end the words before it. Not a group's name before its
      // branch there (巨化集团|衢州…有限公司).
      const m = /^([\u4e00-\u9fff]{1,4}?)(浙江|衢州).+(有限公司|有限责任公司|集团)$/.exec(e.term.term);
      return m &&
        !/(集团|公司)/.test(m[1]!) &&
        e.detectors.includes('name-suffix') &&
        e.term.category === 'organization'
        ? withoutPrefix(e, m[1]!, 'firm-province', {
            reason: `opens with ${m[1]} before ${m[2]}: a firm's name starts at its province or city`,
          })
        : undefined;
    },
  },
  {
    name: 'grammar-opening',
    decide: (e) => {
      // 金星村|仅|一桥之隔, 市域范围内|有|江郎山: an adverb, a verb of being or having, or a
      // preposition cut alone by the dictionary opens no name; jieba's HMM glued it to what follows.
      if (e.term.category !== 'place' || e.detectors.includes('quoted') || e.register?.quzhou.length)
        return undefined;
      const pieces = dictionaryCut(e.term.term);
      const [first, ...after] = pieces;
      // 辖 "has under it" opens a gazetteer's list of a division's parts (街道…，辖|坊门街、天皇巷…).
      const opening = first !== undefined && (cue.GRAMMAR_CHAR.test(first) || first === '辖');
      if (!opening) return subjectAndVerb(e, pieces);
      if (after.join('').length < 2) return undefined;
      // 更|多|山乡 ("more mountain villages"): an adverb of degree takes the word after it with
      // it, the adjective or verb it grades; the name, if any, follows that.
      const rest = /^[更很]$/.test(first) ? after.slice(1) : after;
      const reason = `opens with ${first}, a word of grammar standing alone: a clause, not a name`;
      // 有|江郎山 in a list of sights: the name after the word is the item, where it is a name of
      // its own (仅|一桥 is a count).
      const name = rest.join('');
      const named =
        name.length >= 3
          ? withoutPrefix(e, e.term.term.slice(0, -name.length), 'grammar-opening', {
              clause: true,
              reason: `${reason}; the name follows it`,
            })
          : undefined;
      return named ?? drop('grammar-opening', reason);
    },
  },
  {
    name: 'division-feature',
    decide: (e) => {
      // 我们衢州市|山多: a division written with its level and then a bare 山 or 江 is that division
      // and a word, never a mountain's name (mountains are not named 衢州市山). So is one and a
      // wetland, a sea of flowers or a reservoir (衢江区|湿地, 高家镇|湿地: the district's wetlands,
      // described); the few named so are landmarks (湖南镇水库), left alone.
      const feature = /(湿地|花海|水库|[山江湖溪])$/.exec(e.term.term)?.[1];
      if (!feature) return undefined;
      const stem = e.term.term.slice(0, -feature.length);
      if (
        e.term.category !== 'place' ||
        (feature.length === 2 && (!DIVISION_SUFFIX.test(stem) || e.detectors.includes('landmark'))) ||
        e.register?.within !== stem
      )
        return undefined;
      // 开化|山多路远: a county's short form, then a bare 山 or 江 said to be many, high, steep or
      // clear, is the county's hills or water described, where every use is so.
      const described =
        e.occurrences.length > 0 && e.occurrences.every((o) => /^[多少高低陡深险清秀美大]/.test(o.after));
      return DIVISION_SUFFIX.test(stem) || described
        ? drop('division-feature', `${stem}, a division, then ${feature}: not a name`)
        : undefined;
    },
  },
  {
    name: 'verb-complement',
    decide: (e) => {
      // 守好|山(口), “管得好”, “走得顺”: a verb of one character and its complement, of result (好:
      // guard it well) or of degree (得 and how well), is a verb phrase, said of the work; a
      // name's stem is never one. Only for what the suffix or the quotes alone propose.
      if (e.register?.quzhou.length || !e.detectors.every((d) => d === 'name-suffix' || d === 'quoted'))
        return undefined;
      const form = e.term.term;
      const verb = generalDictionary().get(form[0]!);
      if (!verb || !/^v/.test(verb.tag) || verb.freq < 1000) return undefined;
      const result = form[1] === '好' && e.detectors.includes('name-suffix');
      const degree = /^.得[\u4e00-\u9fff]{1,2}$/.test(form) && e.detectors.includes('quoted');
      return result || degree
        ? drop(
            'verb-complement',
            `${form[0]} and ${result ? '好, its result' : '得, then how well it is done'}: a verb phrase`,
          )
        : undefined;
    },
  },
  {
    name: 'kind-word-stem',
    decide: (e) => {
      const stem = e.register?.kindWordStem;
      return stem
        ? drop(
            'kind-word-stem',
            `${stem} is a common word for a kind of landscape, no division's name anywhere: it says only what kind`,
          )
        : undefined;
    },
  },
  {
    name: 'handed-over',
    decide: (e) => {
      // 以竹林|入股|合作社, 把老粮站|入股|合作社: a verb of handing a thing over to a body, inside
      // the words before the body's suffix, is the clause that gives it (the thing, the verb,
      // the body it goes to), not the body's name. The name, if any, follows the verb.
      if (e.register?.quzhou.length || !e.detectors.every((d) => d === 'name-suffix')) return undefined;
      const pieces = dictionaryCut(e.term.term);
      const at = pieces.findIndex((p, i) => i > 0 && i < pieces.length - 1 && HANDED_OVER.test(p));
      if (at < 0) return undefined;
      const verb = pieces[at]!;
      const reason = `${verb}, a verb of handing over, inside it: what is given to a body, not its name`;
      return (
        withoutPrefix(e, pieces.slice(0, at + 1).join(''), 'handed-over', {
          clause: true,
          reason: `${reason}; the name follows`,
        }) ?? drop('handed-over', reason)
      );
    },
  },
  {
    name: 'goes-to',
    decide: (e) => {
      // 陪高龄老人|去|医院复诊, 沼液|进|菜园, 游客|到|景区: a noun, then a verb of going standing
      // alone, then the place: someone or something goes there, a clause. A name opens with such a
      // verb if at all (回|龙桥, 进贤|门), never has one after a noun of its own.
      if (!e.detectors.includes('name-suffix')) return undefined;
      const at = e.tokens.findIndex(
        (t, i) => i > 0 && /^[去到进回来]$/.test(t.word) && t.tag === 'v' && e.tokens[i - 1]!.tag === 'n',
      );
      return at > 0 && at < e.tokens.length - 1
        ? drop(
            'goes-to',
            `${e.tokens[at - 1]!.word}, then ${e.tokens[at]!.word}: someone goes to a place, a clause`,
          )
        : undefined;
    },
  },
  {
    name: 'verb-object',
    decide: (e) => {
      // 来拍|霞溪的秋色, 一边逛|古埠: jieba's guess glues a one-character verb to the place it acts
      // on. A name written once that is a verb and a place the article writes alone elsewhere is
      // the verb and that place; the place, where it is a name, is proposed from those other uses.
      const v = e.verbBeforeName;
      return v
        ? drop(
            'verb-object',
            `${v.verb}, a verb, before ${v.name}, which the text also writes alone: a deed done there`,
          )
        : undefined;
    },
  },
  {
    name: 'motion-verb',
    decide: (e) => {
      const verb = e.register?.motionVerb;
      return verb
        ? drop(
            'motion-verb',
            `${verb} stands alone in its stem, a verb of motion or path: a clause, not a name`,
          )
        : undefined;
    },
  },
];

/**
 * A place by its suffix written once after a common noun, or after common words only, that no
 * division is named after: read after the rules about kinds, which say more where they apply.
 */
export const DESCRIBED_ONCE: Rule = {
  name: 'described-once',
  decide: (e) => {
    const stem = e.register?.describedOnce;
    return stem
      ? drop(
          'described-once',
          `written once, after ${stem}, common words no division anywhere is named after: a thing described, not named`,
        )
      : undefined;
  },
};
