/**
 * A term as the rules collect it, before it becomes a glossary entry, and the one way rules add
 * evidence to it.
 */
import type { Category } from '../lib/glossary/glossary';
import type { Sentence } from './article';
import type { NameMatch } from './rules/names';
import type { QuoteMatch } from './rules/quotes';

export interface Term {
  term: string;
  category: Category;
  /** What kind of thing, from the suffix or rule ("镇", "湖泊", "数字口号"). */
  kind: string;
  aliases: Set<string>;
  sentences: Sentence[];
  parent?: string;
  fullName?: string;
  definition?: string;
  expansion?: string[];
  /** For an item of a formula's expansion: the formula (枢纽之城 → 五城). */
  partOf?: string;
  rules: Set<string>;
  /**
   * Where the text quotes exactly this form, for the decision stage to judge (pipeline/rules-quotes.ts).
   * Absent where a detector that ran before the quotes vouches for the form (a name by its suffix,
   * a name in a chain joined by +): there the quotes are more evidence, not a test.
   */
  quoted?: QuoteMatch[];
  /** The lists that proposed it (listed.ts), for the decision stage to judge (pipeline/rules-lists.ts). */
  lists?: ListedIn[];
  /**
   * What the name detector saw of a name by a division's suffix (…村, …镇), for the decision stage
   * to judge (pipeline/rules-divisions.ts).
   */
  division?: DivisionFacts;
  /**
   * The uses of a name by another suffix (…公园, …山) the name detector proposed it from, each with
   * its other readings, for the decision stage to judge (pipeline/rules-names.ts).
   */
  nameUses?: NameMatch[];
}

/** A name by a division's suffix, as the text writes it (extract.ts), over all of its uses. */
export interface DivisionFacts {
  term: string;
  /** The name before the suffix. */
  stem: string;
  suffix: string;
  /** An organ or office of it is written right after it somewhere (党委, 村民, 书记). */
  organ: boolean;
  /** It is written right after the division it lies in somewhere (衢江区|廿里镇). */
  parent: boolean;
  /** Other names with the same suffix written beside it in a list (大头村、少岭坞村), with their own facts. */
  listedWith: readonly Omit<DivisionFacts, 'listedWith'>[];
}

/** What a list that proposed an item says about it, as read when the list was (listed.ts). */
export interface ListedIn {
  /** What the words closing the list say its items are (…等村, …等项目). */
  head?: Category;
  /** A term already known that the item opens or ends with (樟潭街道|廖家村): a cut, not a name. */
  edgeTerm?: string;
  /** A longer known name that holds the item and is written in the same sentence (霞飞跨|江大桥). */
  pieceOf?: string;
}

export function add(
  terms: Map<string, Term>,
  term: string,
  category: Category,
  kind: string,
  sentence: Sentence,
  rule: string,
): Term {
  let t = terms.get(term);
  if (!t) {
    t = { term, category, kind, aliases: new Set(), sentences: [], rules: new Set() };
    terms.set(term, t);
  }
  if (!t.sentences.includes(sentence)) t.sentences.push(sentence);
  t.rules.add(rule);
  return t;
}
