/**
 * Quzhou's former divisions and ancient names (historical-places.json): 衢县, 太末县, 姑蔑. The
 * register lists today's divisions only, and local news often writes the old ones; each found is a
 * place, explained by the reference's sentence.
 */
import type { Sentence } from '../article';
import { findForms, formsOf, type FormMention } from '../find-forms';
import data from './historical-places.json';

export interface HistoricalPlace {
  term: string;
  aliases: string[];
  /** What it was and is now, one sentence without its closing 。 (the summary adds it). */
  definition: string;
}

function validate(raw: unknown): HistoricalPlace[] {
  const file = 'compiler/register/historical-places.json';
  const places = (raw as { places?: unknown }).places;
  if (!Array.isArray(places)) throw new Error(`${file}: "places" must be an array`);
  return places.map((p: unknown, i) => {
    const o = p as Record<string, unknown>;
    const where = `${file}: places[${i}]`;
    if (typeof o.term !== 'string' || o.term === '') throw new Error(`${where}.term must be a string`);
    if (typeof o.definition !== 'string' || o.definition === '' || o.definition.endsWith('。'))
      throw new Error(`${where}.definition must be a sentence without its closing 。`);
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))
      throw new Error(`${where}.aliases must be an array of strings`);
    return { term: o.term, aliases: aliases as string[], definition: o.definition };
  });
}

const FORMS = formsOf(validate(data));

/** Every former division or ancient name a sentence writes, leftmost longest. */
export function findHistoricalPlaces(sentences: readonly Sentence[]): FormMention<HistoricalPlace>[] {
  return findForms(sentences, FORMS);
}
