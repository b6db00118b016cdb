/**
 * Scores a glossary against hand-labelled terms: recall over the labels, precision over the entries,
 * and category accuracy over the labels found. Pure.
 */

export interface EvaluatedEntry {
  term: string;
  aliases: string[];
  category: string;
  expansion?: string[];
}

export interface LabelledTerm {
  term: string;
  category: string;
  /** Other forms of the same term; an entry naming any of them finds it. */
  aliases?: string[];
  /** What the text says a formula stands for, where it says so. */
  expansion?: string[];
}

export interface Evaluation {
  /** found / expected; 0 when nothing is labelled. */
  recall: number;
  /** Entries whose term or an alias is labelled, over all entries; 0 for an empty glossary. */
  precision: number;
  /** Found labels whose matching entry has the labelled category, over found; 0 when none is found. */
  categoryAccuracy: number;
  found: number;
  expected: number;
  /** Labelled terms no entry names (as labelled). */
  missed: string[];
  /** Entry terms that name no labelled term, by term or alias. */
  extra: string[];
  /** Found labels whose entry has another category (as labelled). */
  wrongCategory: string[];
  /** Labels with an expansion stated in the text, and those whose entry carries one. */
  expansions: { expected: number; carried: number; missing: string[] };
}

/**
 * Half-width punctuation and the full-width form compiler/normalize.ts writes in its place: labels
 * and entries may write it either way (全体(扩大)会议 = 全体（扩大）会议).
 */
const FULLWIDTH: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
};

export function normalizeTerm(s: string): string {
  // Labels keep the text as the page had it: its half-width commas and brackets (南孔圣地,衢州有礼)
  // and the space of a parallel slogan (两新惠民 幸福衢江). The compiler's text has full-width
  // punctuation (normalize.ts) and no space.
  return s.replace(/[(),;:!?]/g, (c) => FULLWIDTH[c]!).replace(/\s+/g, '');
}

/**
 * The entry a labelled term matches: the entry whose term it is, else the first entry that lists it
 * as an alias. Keys are normalised.
 */
export function entryIndex<E extends EvaluatedEntry>(entries: readonly E[]): Map<string, E> {
  const index = new Map<string, E>();
  for (const e of entries) index.set(normalizeTerm(e.term), index.get(normalizeTerm(e.term)) ?? e);
  for (const e of entries) {
    for (const a of e.aliases) {
      const key = normalizeTerm(a);
      if (!index.has(key)) index.set(key, e);
    }
  }
  return index;
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/**
 * Whether an entry is right, as precision counts it: its term or an alias is a form some label
 * is written in (the label's term or an alias).
 */
export function labelNamer(
  labelled: readonly LabelledTerm[],
): (entry: Pick<EvaluatedEntry, 'term' | 'aliases'>) => boolean {
  const forms = new Set<string>();
  for (const l of labelled) for (const f of [l.term, ...(l.aliases ?? [])]) forms.add(normalizeTerm(f));
  return (entry) => [entry.term, ...entry.aliases].some((t) => forms.has(normalizeTerm(t)));
}

export function evaluateGlossary(
  entries: readonly EvaluatedEntry[],
  labelled: readonly LabelledTerm[],
): Evaluation {
  const index = entryIndex(entries);
  // A term labelled twice counts once, with its first label.
  const labels = new Map<string, LabelledTerm>();
  for (const l of labelled) {
    const key = normalizeTerm(l.term);
    if (!labels.has(key)) labels.set(key, l);
  }
  const namesALabel = labelNamer([...labels.values()]);

  const missed: string[] = [];
  const wrongCategory: string[] = [];
  const expansions = { expected: 0, carried: 0, missing: [] as string[] };
  let found = 0;
  for (const l of labels.values()) {
    const entry = [l.term, ...(l.aliases ?? [])].map((f) => index.get(normalizeTerm(f))).find(Boolean);
    if (!entry) {
      missed.push(l.term);
      // A formula the text expands counts against the expansions even where it is missed.
      if (l.expansion?.length) {
        expansions.expected++;
        expansions.missing.push(l.term);
      }
      continue;
    }
    found++;
    if (entry.category !== l.category) wrongCategory.push(l.term);
    if (l.expansion?.length) {
      expansions.expected++;
      if (entry.expansion?.length) expansions.carried++;
      else expansions.missing.push(l.term);
    }
  }

  const extra: string[] = [];
  let truePositives = 0;
  for (const e of entries) {
    if (namesALabel(e)) truePositives++;
    else extra.push(e.term);
  }

  return {
    recall: ratio(found, labels.size),
    precision: ratio(truePositives, entries.length),
    categoryAccuracy: ratio(found - wrongCategory.length, found),
    found,
    expected: labels.size,
    missed,
    extra,
    wrongCategory,
    expansions,
  };
}
