/**
 * Decision rules about people and what is given to them or named after what it does: a person's
 * name or nickname, a job title a formula counts, an honour, a title, an event, a byline, a
 * government or an office named by its function (LABELLING.md). Read in decide.ts's order.
 */
import { generalDictionary, tokenize } from '../lexicon';
import * as cue from './cues';
import type { Occurrence, TermEvidence } from './evidence';
import { drop, generalFrequency, mostly, type Rule } from './rule';

function isPerson(e: TermEvidence): boolean {
  const form = e.term.term;
  if (form.length <= 4 && mostly(e.occurrences, (o) => cue.CREDIT_AFTER.test(o.after))) return true;
  // A post right before or a verb of saying right after most uses (市委秘书长郑河江介绍): a person,
  // whatever suffix the name happens to end in.
  const framed = (o: Occurrence) => cue.PERSON_BEFORE.test(o.before) || cue.PERSON_AFTER.test(o.after);
  const named = form.length <= 3 && cue.SURNAMES.includes(form[0]!) && !e.word;
  if (named && (e.occurrences.some((o) => cue.PERSON_BEFORE.test(o.before)) || mostly(e.occurrences, framed)))
    return true;
  // 村民方景、裴松泉: listed after a person named with a post, a name is another person's, whatever
  // suffix it ends in (泉). Surnames outside the hundred commonest (裴) are met this way.
  const listed = form.length >= 2 && form.length <= 3 && !e.word && !e.register?.quzhou.length;
  if (listed && mostly(e.occurrences, (o) => cue.PERSON_LISTED_BEFORE.test(o.before))) return true;
  // jieba tags some river and village names as persons (乌溪江/nr): a place suffix wins.
  if (e.term.category === 'place') return false;
  if (e.tokens.length === 1 && cue.PERSON_TAG.test(e.tokens[0]!.tag)) return true;
  if (form.length < 2 || form.length > 3 || !cue.SURNAMES.includes(form[0]!) || e.word) return false;
  return e.occurrences.some(framed);
}

/**
 * A person's name right after the closing quote (“梅花诗人”张道洽的…): the quote is what they are
 * called. jieba seldom knows a rare full name, so a surname, one or two characters that make no
 * dictionary word, and then a grammar word or punctuation will do too.
 */
function personAfterQuote(after: string): boolean {
  if (!/^[”"]/.test(after)) return false;
  const rest = after.slice(1);
  const [first] = tokenize(rest);
  if (first && cue.PERSON_TAG.test(first.tag) && first.word.length >= 2 && first.word.length <= 3)
    return cue.SURNAMES.includes(first.word[0]!);
  const name = /^([\u4e00-\u9fff]{2,3}?)(的|是|在|、|，|。|,|；)/.exec(rest)?.[1];
  return name !== undefined && cue.SURNAMES.includes(name[0]!) && !generalDictionary().has(name);
}

export const PEOPLE_RULES: readonly Rule[] = [
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
      e.detectors.every((d) => d === 'quoted') &&
      (cue.PERSON_NOUN.test(e.term.term) ||
        e.occurrences.some((o) => cue.PERSON_CALLED_BEFORE.test(o.before)) ||
        mostly(e.occurrences, (o) => personAfterQuote(o.after)))
        ? drop(
            'nickname',
            "a person's nickname: it ends in a word for a person, people are called it, or a name follows it",
          )
        : undefined,
  },
];

/** Occupations and posts the dictionary has as words ending in 师, 员 or 警: 工程师, 网格员, 民警. */
const POST_WORD = /^[\u4e00-\u9fff]+[师员警]$/;

export const POST_RULES: readonly Rule[] = [
  {
    name: 'post',
    decide: (e) => {
      // 社区规划师、专业设计师、驻点工程师“三师联动”: the posts a formula counts are job titles, not
      // local terms (LABELLING.md), however they were proposed. The formula is the term.
      if (e.register?.quzhou.length || !e.detectors.every((d) => d === 'expansion' || d === 'enumeration'))
        return undefined;
      const last = e.tokens[e.tokens.length - 1];
      return last && POST_WORD.test(last.word) && generalDictionary().has(last.word) && e.tokens.length >= 2
        ? drop('post', `ends in ${last.word}, a job title: a post, not a local term`)
        : undefined;
    },
  },
];

export const TITLE_RULES: readonly Rule[] = [
  {
    name: 'honour',
    decide: (e) => {
      // The frame before may stand before the quotes coordinated with this one (评出“金篾手”“银篾手”).
      const framed = mostly(
        e.occurrences,
        (o) =>
          cue.HONOUR_BEFORE.test(o.before.replace(/(“[^“”]{1,20}”[、和与及]?)+“$/, '“')) ||
          cue.HONOUR_AFTER.test(o.after),
      );
      if (framed) return drop('honour', 'an honour: the text awards it (荣获, 评为, …称号)');
      if (cue.HONOUR_SHAPE.test(e.term.term) && e.term.category !== 'place')
        return drop('honour', 'an honour title: a praise word and a kind of person or group');
      // 中国好人, 江山好人, …好人榜: the "good person" titles every city and county awards, and
      // their lists.
      if (/.{2}好人榜?$/.test(e.term.term) && e.term.category !== 'place')
        return drop('honour', 'a "good person" title (…好人) or its list: an honour');
      // “江山港绿道推广大使”, …形象代言人: an envoy's or a spokesperson's title, conferred on people
      // (颁发聘书) as an honour is.
      if (/(大使|代言人)$/.test(e.term.term) && e.term.category !== 'place')
        return drop('honour', 'an envoy or spokesperson title (…推广大使, …代言人): conferred on people');
      // 国家生态旅游示范区, 省级特色体验地: a designation the state confers, not a local name.
      if (cue.DESIGNATION.test(e.term.term))
        return drop('honour', 'a designation the state or province confers (国家…示范区, 省级…基地)');
      return undefined;
    },
  },
  {
    name: 'title',
    decide: (e) => {
      if (!e.detectors.every((d) => d === 'quoted')) return undefined;
      // “纸短情长——柯城百年家书地契展”: a title and its subtitle, joined by a dash pair, the way
      // exhibitions, features and talks are titled; no slogan or programme is written so.
      if (/[\u4e00-\u9fff]——[\u4e00-\u9fff]/.test(e.term.term))
        return drop('title', 'a title and its subtitle, joined by ——: the title of a piece or show');
      return mostly(
        e.occurrences,
        (o) =>
          cue.TITLED_BEFORE.test(o.before) ||
          cue.DOCUMENT_AFTER.test(o.after) ||
          (cue.TITLE_BEFORE.test(o.before) && cue.TITLE_AFTER.test(o.after)),
      )
        ? drop(
            'title',
            'the title of a talk, report, course or piece (以“…”为主题, 作“…”报告, 题目“…”, “…”倡议书)',
          )
        : undefined;
    },
  },
  {
    name: 'book-title',
    decide: (e) =>
      // 《乘梯公约》, 《柑橘买卖避坑提醒》: a form that is only ever a whole title in book-title marks
      // names a document, a book or a piece, which the labels leave out. A register place is kept
      // before this rule (a title may be a place's name alone).
      e.occurrences.length > 0 &&
      e.occurrences.every(
        (o) => o.form === e.term.term && o.before.endsWith('《') && o.after.startsWith('》'),
      )
        ? drop('book-title', 'only ever a whole title in 《》: a document, book or piece')
        : undefined,
  },
  {
    name: 'event',
    decide: (e) => {
      if (e.detectors.includes('register')) return undefined;
      if (cue.EVENT_END.test(e.term.term))
        return drop('event', 'an event, ceremony or contest: a named occasion, not a local term');
      const quotedOnly = e.detectors.every((d) => d === 'quoted');
      // The quoted words title the occasion named right after them; not where what stands between
      // says they are a programme or idea the occasion is about (“两山”理念研讨会).
      const titles = (after: string) => {
        const m = cue.EVENT_AFTER.exec(after);
        return m !== null && !cue.KIND_WORD.test(m[1]!);
      };
      if (quotedOnly && mostly(e.occurrences, (o) => titles(o.after)))
        return drop('event', 'the title of an occasion named right after it (“…”徒步大会, “…”文化季开幕式)');
      if (quotedOnly && cue.HISTORY_END.test(e.term.term))
        return drop('event', 'a war, revolt or incident of history, named the way history names them');
      return quotedOnly && mostly(e.occurrences, (o) => cue.STORY_AFTER.test(o.after))
        ? drop('event', 'the title of a story or legend the text tells (“…”的故事)')
        : undefined;
    },
  },
];

/** One or more divisions written by their form: a name of two to four characters and its unit. */
const DIVISION_CHAIN = /^(?:[\u4e00-\u9fff]{2,4}?(?:省|市|县|区|镇|乡|街道|村|社区))+$/;

export const BODY_RULES: readonly Rule[] = [
  {
    name: 'byline',
    decide: (e) =>
      e.term.category === 'organization' && mostly(e.occurrences, (o) => cue.BYLINE_AFTER.test(o.after))
        ? drop('byline', "a publisher in a byline, written before its reporter's name")
        : undefined,
  },
  {
    name: 'government',
    decide: (e) => {
      // 浙江省江山市人民政府, 西山下村党群服务中心: a place's government or its party and service
      // centre is named by what it does (LABELLING.md: bodies named by function).
      const m = /(人民政府|政府|党群服务中心|便民服务中心)$/.exec(e.term.term);
      if (!m || e.term.category === 'slogan') return undefined;
      const places = e.tokens.filter((t) => t.end <= m.index);
      const covered = places.length > 0 && places[places.length - 1]!.end === m.index;
      // Or divisions by their form, each a name and its unit (江山市|贺村镇, where jieba reads 贺/nr
      // 村镇/n).
      const chain = DIVISION_CHAIN.test(e.term.term.slice(0, m.index));
      return (covered && places.every((t) => /^ns/.test(t.tag) || /[省市县区镇乡村]$/.test(t.word))) || chain
        ? drop('government', `the ${m[1]} of a place: a body named by what it does`)
        : undefined;
    },
  },
  {
    name: 'function-office',
    decide: (e) => {
      // 衢县|手工业|管理局: a place, what the office does and its kind name a department
      // (LABELLING.md), unlike 钱江源国家公园|管理局, named after a thing of its own.
      if (e.term.category !== 'organization' || !cue.OFFICE_END.test(e.term.term)) return undefined;
      const head = cue.OFFICE_END.exec(e.term.term)![0];
      const [first, ...rest] = e.tokens.filter((t) => t.end <= e.term.term.length - head.length);
      if (!first || rest.length === 0) return undefined;
      const place = /^ns/.test(first.tag) || /[省市县区镇乡]$/.test(first.word);
      // Without its place (衢州市|市场监督管理局, the place read as the unit it is written in), what
      // the office does is all its name says.
      const does = place ? rest : [first, ...rest];
      const generic = does.every(
        (t) => (generalFrequency(t.word) ?? 0) >= 300 && /^(n|vn|v|an)$/.test(t.tag),
      );
      if (!generic) return undefined;
      const what = does.map((t) => t.word).join('');
      return drop(
        'function-office',
        `${place ? `${first.word}'s office` : 'an office'} for ${what}: a department`,
      );
    },
  },
];
