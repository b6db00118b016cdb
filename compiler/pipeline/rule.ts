/**
 * What a decision rule is and the helpers the rules share (decide.ts runs them in order; the rules
 * about where a thing is and about the words of a name's stem live in rules-elsewhere.ts and
 * rules-stem.ts).
 */
import type { Category } from '../../lib/glossary/glossary';
import { isGenericPhrase, isInDictionary, isNationwide } from '../generic';
import { generalDictionary } from '../lexicon';
import { SUFFIXES } from '../rules/suffixes';
import { isSpecific } from '../specific';
import type { Decision } from './decide';
import type { Occurrence, TermEvidence } from './evidence';

export type Verdict = Omit<Decision, 'category'> & { category?: Category };
export type Rule = { name: string; decide: (e: TermEvidence) => Verdict | undefined };

export const keep = (rule: string, reason: string, category?: Category): Verdict => ({
  keep: true,
  rule,
  reason,
  ...(category ? { category } : {}),
});
export const drop = (rule: string, reason: string): Verdict => ({ keep: false, rule, reason });

/** How often jieba's general dictionary has the word, if it has it. */
export const generalFrequency = (word: string) => generalDictionary().get(word)?.freq;

/**
 * The word written right before a form, of one or two characters as the dictionary has them (not as
 * jieba cuts the sentence: a frequent name has thousands of mentions), has a tag `tags` matches.
 */
export const wordBeforeTagged = (before: string, tags: RegExp): boolean =>
  [before.slice(-2), before.slice(-1)].some((w) => tags.test(generalDictionary().get(w)?.tag ?? ''));

/** Kinds of natural feature the suffix detector names (rules/suffixes.ts). */
export const NATURAL_KINDS = new Set(['江河', '湖泊', '溪流', '山', '湿地', '花海']);

/**
 * What is written right before the term in an occurrence: the text before the form where the form
 * is the term, else what the form (an alias holding the term at its end, 贺田村红色教育基地) has
 * before it.
 */
export function beforeTerm(o: Occurrence, term: string): string {
  return o.form === term ? o.before : o.form.slice(0, -term.length);
}

/** More than half of the occurrences satisfy `test` (a frame the text puts the form in). */
export function mostly(occurrences: readonly Occurrence[], test: (o: Occurrence) => boolean): boolean {
  const n = occurrences.filter(test).length;
  return n > 0 && n * 2 > occurrences.length;
}

/** Railways and expressways (suffixes.ts's kinds of 铁路, 高铁, 高速, 高速公路). */
export const LINE_KINDS = new Set(['铁路', '高速公路']);

/** No place stems: isSpecific judged on the words alone. */
export const NO_ANCHORS = new Set<string>();
/** The name suffix the form ends in (rules/suffixes.ts), or '' for none. */
export const suffixOf = (form: string) => SUFFIXES.find((x) => form.endsWith(x.suffix))?.suffix ?? '';

/** 居家养老|服务: nationwide vocabulary, then nothing or ordinary words only. */
function opensNationwide(stem: string): boolean {
  for (let end = stem.length; end >= 2; end--)
    if (isNationwide(stem.slice(0, end))) return end === stem.length || isGenericPhrase(stem.slice(end));
  return false;
}

/**
 * Keeps the name without the place written before it, where the rest still names one thing:
 * 廿里镇|工业功能区 without its place names only a kind, and the place stays part of the name.
 * `clause` says the prefix is words of the sentence (a verb, a word of grammar), not of the name.
 */
export function withoutPrefix(
  e: TermEvidence,
  prefix: string,
  rule: string,
  { reason, parent, clause }: { reason: string; parent?: string; clause?: boolean },
): Verdict | undefined {
  const term = e.term.term.slice(prefix.length);
  const suffix = suffixOf(term);
  if (!isSpecific(term.slice(0, term.length - suffix.length), NO_ANCHORS, false)) return undefined;
  // What is left is one word of the dictionary, a kind, or the central one of a kind (何田乡|卫生院,
  // 廿八都镇|中心卫生院: jieba tags 卫生院 a body, nt, but every township has one): the prefix is
  // part of the name. (Ordinary words in general are not: 同弓乡|大宝山基地.)
  if (isInDictionary(term.replace(/^中心/, ''))) return undefined;
  // So is one whose stem opens with the nation's vocabulary, ordinary words after it (周家乡|
  // 居家养老|服务中心): without its place it names the kind, which every township has.
  if (opensNationwide(term.slice(0, term.length - suffix.length))) return undefined;
  return {
    keep: true,
    rule,
    reason,
    rename: { term, ...(parent ? { parent } : {}), ...(clause ? { clause: true as const } : {}) },
  };
}
