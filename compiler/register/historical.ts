/**
 * Quzhou's former divisions and ancient names (historical-places.json): 衢县, 太末县, 姑蔑. The
 * register lists today's divisions only, and local news often writes the old ones; each found is a
 * place, explained by the reference's sentence.
 */
import type { Sentence } from '../article';
import { findForms, formsOf, readEntries, readOpenSentence, type FormMention } from '../reference-list';
import data from './historical-places.json';

export interface HistoricalPlace {
  term: string;
  aliases: string[];
  /** What it was and is now, one sentence without its closing 。 (the summary adds it). */
  definition: string;
}

function validate(raw: unknown): HistoricalPlace[] {
  return readEntries(raw, 'compiler/register/historical-places.json', 'places').map(
    ({ term, aliases, fields, where }) => {
      const { definition } = fields;
      return { term, aliases, definition: readOpenSentence(definition, `${where}.definition`) };
    },
  );
}

const FORMS = formsOf(validate(data));

/** Every former division or ancient name a sentence writes, leftmost longest. */
export function findHistoricalPlaces(sentences: readonly Sentence[]): FormMention<HistoricalPlace>[] {
  return findForms(sentences, FORMS);
}
