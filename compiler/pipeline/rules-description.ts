/**
 * Rules that tell a description from a name (decide.ts runs them): what something is to become
 * (打造成为…), what it is likened to (宛如“…”), ranked (全国最大的…) or counted (6个…) as, a
 * place's quality (“柯城之变”), and phrases that carry a pronoun, a quote or a particle.
 */
import { generalDictionary } from '../lexicon';
import * as cue from './cues';
import type { Occurrence } from './evidence';
import { drop, mostly, type Rule } from './rule';

/** A count of the parts one thing is divided into: 三个阶段, 五个等级, 六个板块, 三个篇章. */
const PARTS_COUNTED = new RegExp(`^[两三四五六七八九十]+[个大]?(${cue.PART_KINDS}|阶段|等级)$`);

export const DESCRIPTION_RULES: readonly Rule[] = [
  {
    name: 'predicate',
    decide: (e) => {
      // 将信安湖打造成为|滨水生态长廊: what a place is to become is a description, not a name.
      if (!e.detectors.every((d) => d === 'name-suffix') || /^ns/.test(e.word?.tag ?? '')) return undefined;
      // The whole predicate: the form ends its phrase (成为钱塘江|航线… is a modifier, not a predicate).
      const whole = (o: Occurrence) =>
        cue.BECOME_BEFORE.test(o.before) && /^([、，。；！？,;]|$)/.test(o.after);
      return e.occurrences.length > 0 && e.occurrences.every(whole)
        ? drop('predicate', 'only ever what something is to become (打造成为…): a description')
        : undefined;
    },
  },
  {
    name: 'likened',
    decide: (e) =>
      // 成为美丽的“天鹅湖”, 虽有“金银山”: a place in quotes after a verb that likens is a figure of
      // speech. A division the register knows is still the place (the register rule runs first).
      e.term.category === 'place' &&
      e.occurrences.length > 0 &&
      e.occurrences.every((o) => cue.LIKENED_BEFORE.test(o.before))
        ? drop(
            'likened',
            'only ever in quotes after a verb that likens (成为“…”, 宛如“…”): a figure of speech',
          )
        : undefined,
  },
  {
    name: 'superlative',
    decide: (e) => {
      // 全国最大的氟化工生产基地, 华东最大的竹木加工基地: a thing ranked by a superlative is
      // described by what it is the most of, not named. A name ranked so keeps a place, a person or a word
      // no dictionary has (中国最美的江郎山), and is kept.
      if (!e.detectors.every((d) => d === 'name-suffix') || e.occurrences.length === 0) return undefined;
      if (!e.occurrences.every((o) => cue.SUPERLATIVE_BEFORE.test(o.before))) return undefined;
      const dictionary = generalDictionary();
      const named = e.tokens.some((t) => !dictionary.has(t.word) || /^(ns|nr)/.test(t.tag));
      return named
        ? undefined
        : drop(
            'superlative',
            'only ever after a superlative and 的 (全国最大的…): a description, not a name',
          );
    },
  },
  {
    name: 'counted',
    decide: (e) => {
      // 有6个龙窑遗址, 一座熠熠生辉的临港新城: a name names one thing; what the text counts is a kind.
      // So in a list (古田村的一座|单孔石拱廊桥|、…的一处…). Divisions the register knows are kept
      // before this rule (一个江山市 is still the city).
      if (!e.detectors.every((d) => d === 'name-suffix' || d === 'enumeration')) return undefined;
      const own = e.occurrences.filter((o) => o.form === e.term.term);
      return own.length > 0 && own.every((o) => cue.COUNTED_BEFORE.test(o.before))
        ? drop('counted', 'only ever counted (6个…, 一座…的): a kind of thing, not a name')
        : undefined;
    },
  },
  {
    name: 'kinds-counted',
    decide: (e) => {
      if (!e.detectors.every((d) => d === 'expansion')) return undefined;
      // “必改、选改、提升”三类清单: the number of kinds a list sorts things into (三类, 四类) says
      // how it is sorted, and names no formula the way 三改一拆 does.
      if (/^[一二三四五六七八九十两]+类/.test(e.term.term))
        return drop('kinds-counted', 'N kinds of a thing (三类清单): a sorting, not a named formula');
      // 分为“…、…”五个等级, 以“…”三个篇章: the stages, grades or sections one thing is divided into,
      // counted, say how it is laid out (the parts rules-quotes.ts's PARTS_AFTER reads after quotes,
      // and stages and grades).
      if (PARTS_COUNTED.test(e.term.term))
        return drop(
          'kinds-counted',
          'N parts of one thing (五个等级, 三个篇章): a layout, not a named formula',
        );
      return undefined;
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
];

export const DESCRIPTIVE_RULE: Rule = {
  name: 'descriptive',
  decide: (e) => {
    if (cue.DESCRIPTIVE.test(e.term.term))
      return drop('descriptive', 'a description: it carries a pronoun, demonstrative or interrogative');
    // 走出一条“A、B、C”的…路: traits listed before 的 describe a way of working; they do not name it.
    if (
      /[、，,]/.test(e.term.term) &&
      e.detectors.every((d) => d === 'quoted') &&
      mostly(e.occurrences, (o) => /一条[“"]$/.test(o.before) && /^[”"]的/.test(o.after))
    )
      return drop('descriptive', 'traits of a way of working (一条“…”的路): a description');
    // 在‘宋诗之河’写首诗: a quote inside the quote, or a preposition opening it, makes a title or a clause.
    if (/[‘’《》]/.test(e.term.term) || (e.detectors.includes('quoted') && /^[在从把被让]/.test(e.term.term)))
      return drop('descriptive', 'a title or a clause: a quote inside it, or a preposition opening it');
    if (e.tokens.some((t) => cue.MODAL_TAG.test(t.tag)))
      return drop('descriptive', 'a sentence: it carries a modal particle');
    // “一斤能多卖两三块钱”: a modal verb (能, 会, 可以) and another verb make a quoted sentence, what
    // someone said, not a name. Parallel clauses are a slogan however they are worded (“…，作用能发挥，…”).
    const verbs = e.tokens.filter((t) => /^v/.test(t.tag));
    if (
      e.detectors.every((d) => d === 'quoted') &&
      !cue.JOINED.test(e.term.term) &&
      verbs.length >= 2 &&
      verbs.some((t) => /^(能|会|可以|能够|应该)$/.test(t.word))
    )
      return drop('descriptive', 'a sentence: a modal verb and another verb');
    return undefined;
  },
};
