/**
 * The glossary as the content script reads it (MatchIndex in lib/glossary/glossary.ts): each
 * entry's id, category, forms and which forms are contextual; the ordinary words that contain a
 * contextual form, or a form starting inside one of their words, and the two-character words a
 * contextual form may straddle (all from jieba's dictionary); and other places' names from the
 * register.
 */
import { CATEGORIES, parentCode, type Glossary } from '../lib/glossary/glossary';
import { buildAutomaton } from '../lib/matching/automaton';
import { encodeAutomaton } from '../lib/matching/automaton-data';
import { indexEntries, type MatchIndex } from '../lib/matching/page-entries';

/** jieba words rarer than this are mostly names and fragments, not words a page will contain. */
const BLOCKER_FREQUENCY = 3;
/** Longest blocker: jieba's long entries are set phrases and company names. */
const BLOCKER_LENGTH = 8;
/**
 * How common a two-character word must be for a form that starts on its second character to be
 * inside it (示|范村: 示范 981) rather than after it.
 */
const ACROSS_FREQUENCY = 20;

/**
 * How common a two-character word must be for a contextual form that starts on its second
 * character, and ends on the first character of another such word, to be read as cut out of the
 * two (以前|村里 → 前村): the words of everyday text, not the rare ones a name may make by accident.
 */
const STRADDLE_FREQUENCY = 300;
/**
 * A division's unit before a name ends the name before it (…镇|上…村): the word it makes with the
 * name's first character (镇上, 乡下, 县长) is no word there.
 */
const UNIT_CHAR = /^[省市县区镇乡村街]/;
/** jieba's tags of words that are no noun: verbs, adjectives, adverbs (联合/v, 团结/a, 相对/d). */
const NO_NOUN_TAG = /^(v|vn|a|ad|d)$/;

/** The two-character words a contextual form may straddle (lib/matching/straddles.ts). */
function straddleWords(
  contextual: ReadonlySet<string>,
  dictionary: ReadonlyMap<string, { freq: number; tag?: string }>,
): MatchIndex['straddles'] {
  const firsts = new Set([...contextual].map((f) => f[0]!));
  const lasts = new Set([...contextual].map((f) => f[f.length - 1]!));
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, char: string) => {
    const chars = map.get(key);
    if (chars) chars.push(char);
    else map.set(key, [char]);
  };
  for (const [word, { freq }] of dictionary) {
    if (word.length !== 2 || freq < STRADDLE_FREQUENCY) continue;
    const one = word[0]!;
    const two = word[1]!;
    if (firsts.has(two) && !UNIT_CHAR.test(one)) add(before, two, one);
    if (lasts.has(one)) add(after, one, two);
  }
  // Sorted, keys and characters, so that the same dictionary gives the same bytes.
  const record = (map: Map<string, string[]>) =>
    Object.fromEntries(
      [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, cs]) => [k, cs.sort().join('')]),
    );
  // Villages named by a frequent word that is no noun (联合|村, 团结|村): straddles.ts cuts them at
  // the edge after alone.
  const wordStems = [...contextual]
    .filter((form) => {
      const stem = dictionary.get(form.slice(0, -1));
      return (
        form.length === 3 &&
        form.endsWith('村') &&
        stem !== undefined &&
        stem.freq >= STRADDLE_FREQUENCY &&
        NO_NOUN_TAG.test(stem.tag ?? '')
      );
    })
    .sort();
  return { before: record(before), after: record(after), wordStems };
}

export function buildMatchIndex(
  glossary: Glossary,
  dictionary: ReadonlyMap<string, { freq: number; tag?: string }>,
  qualifiers: readonly string[],
): MatchIndex {
  const contextual = new Set<string>();
  const forms = new Set<string>();
  const rowOfCode = new Map<string, number>();
  glossary.entries.forEach((e, i) => e.division && rowOfCode.set(e.division.code, i));
  const entries = glossary.entries.map((e): MatchIndex['entries'][number] => {
    const all = [e.term, ...e.aliases];
    const ambiguous = new Set((e.ambiguous ?? []).map((c) => c.form));
    let mask = 0;
    all.forEach((form, i) => {
      forms.add(form);
      if (ambiguous.has(form)) {
        mask |= 1 << i;
        contextual.add(form);
      }
    });
    const parent = e.division && parentCode(e.division.code);
    const within = parent === undefined ? undefined : rowOfCode.get(parent);
    const row: MatchIndex['entries'][number] = [e.id, CATEGORIES.indexOf(e.category), all, mask];
    if (within !== undefined) row.push(within);
    return row;
  });
  // A form that is contextual in one entry and plain in another (a homonym) is plain somewhere:
  // a blocker must not hide it.
  const plain = new Set([...forms].filter((f) => !contextual.has(f)));
  const blockers: string[] = [];
  for (const [word, { freq }] of dictionary) {
    if (freq < BLOCKER_FREQUENCY || word.length < 3 || word.length > BLOCKER_LENGTH || forms.has(word))
      continue;
    let containsContextual = false;
    let containsPlain = false;
    let plainInside = false;
    for (let i = 0; i < word.length; i++) {
      for (let j = i + 2; j <= word.length; j++) {
        const part = word.slice(i, j);
        if (contextual.has(part)) containsContextual = true;
        else if (plain.has(part)) {
          containsPlain = true;
          // 示范村 holds 范村, a village of 柯城区, starting inside the word 示范: news everywhere
          // writes it, and no page means the village by it.
          if (i > 0 && (dictionary.get(word.slice(i - 1, i + 1))?.freq ?? 0) >= ACROSS_FREQUENCY)
            plainInside = true;
        }
      }
    }
    if ((containsContextual && !containsPlain) || plainInside) blockers.push(word);
  }
  const index = {
    version: 1,
    entries,
    blockers: blockers.sort(),
    qualifiers: qualifiers.filter((q) => !forms.has(q)),
    straddles: straddleWords(contextual, dictionary),
  };
  // Built for the entries as the content script reads them, so a frame can load it as it is.
  const automaton = encodeAutomaton(buildAutomaton(indexEntries(index), index));
  return { ...index, automaton };
}
