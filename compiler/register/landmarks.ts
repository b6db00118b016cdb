/**
 * Quzhou's rivers, lakes, mountains, passes and best-known sites (landmarks.json): 江郎山, 马金溪,
 * 钱江源. The register lists divisions only, and local news names these without a suffix the
 * name detector can always read (江郎山 after a verb, 钱江源头 with no suffix at all); each found is a
 * place, explained by the reference's sentence, as a former division is (historical.ts). Those the
 * seeds never name are in the glossary all the same, as the register's divisions are
 * ({@link landmarkEntries}).
 */
import type { GlossaryEntry } from '../../lib/glossary/glossary';
import { termPinyin } from '../../lib/glossary/pinyin';
import type { Sentence } from '../article';
import { findForms, formsOf, readEntries, readOpenSentence, type FormMention } from '../reference-list';
import { placeKind } from '../summary';
import data from './landmarks.json';

export interface Landmark {
  term: string;
  aliases: string[];
  /** What kind of place in a word or two (河流, 山, 水库, 景区). */
  kind: string;
  /** What and where it is, one sentence without its closing 。 (the summary adds it). */
  definition: string;
}

function validate(raw: unknown): Landmark[] {
  return readEntries(raw, 'compiler/register/landmarks.json', 'places').map(
    ({ term, aliases, fields, where }) => {
      const { kind, definition } = fields;
      if (typeof kind !== 'string' || !/^\p{Script=Han}{1,4}$/u.test(kind))
        throw new Error(`${where}.kind must be one to four Chinese characters`);
      return { term, aliases, kind, definition: readOpenSentence(definition, `${where}.definition`) };
    },
  );
}

const LANDMARKS = validate(data);
const FORMS = formsOf(LANDMARKS);

/**
 * A landmark's name before a division's suffix names the division (江郎山村, 浮盖山村: villages of
 * the register named after the mountain), or a village the register lacks (钱江源村), not the landmark.
 */
const DIVISION_AFTER = /^(村|镇|乡|街道|社区)/;

/** Every landmark a sentence writes, leftmost longest (钱江源国家公园 over 钱江源). */
export function findLandmarks(sentences: readonly Sentence[]): FormMention<Landmark>[] {
  return findForms(sentences, FORMS, (text, _at, end) => DIVISION_AFTER.test(text.slice(end)));
}

/**
 * Whether the text names a landmark right before `at` (江山港|清湖街道, 乌溪江|湖南镇): a division
 * written there starts after the landmark, however jieba joins their characters (港清湖/x).
 */
export function landmarkEndsAt(text: string, at: number): boolean {
  return FORMS.some(({ form }) => text.endsWith(form, at));
}

/** A landmark whose name is also a division's short form (衢江: the river and 衢江区). */
interface AlsoDivision {
  term: string;
  /** The division whose short form the name is. */
  division: string;
  /** What else the name means, one sentence without its closing 。. */
  definition: string;
}

function validateAlsoDivisions(raw: unknown): AlsoDivision[] {
  return readEntries(raw, 'compiler/register/landmarks.json', 'alsoDivisions').map(
    ({ term, fields, where }) => {
      const { division, definition } = fields;
      if (typeof division !== 'string' || !division.startsWith(term) || division === term)
        throw new Error(`${where}.division must be the name of the division whose short form ${term} is`);
      return { term, division, definition: readOpenSentence(definition, `${where}.definition`) };
    },
  );
}

const ALSO_DIVISIONS = validateAlsoDivisions(data);

/**
 * Says in a division's summary what else its short form names (衢江区: “衢江”也指钱塘江上游的河流…),
 * where the entry has that form: a page writes 衢江 for the district and for the river alike, and
 * the one entry that matches it must not tell the reader of the river only of the district.
 */
export function noteLandmarkNamesakes(
  entries: readonly { term: string; aliases: string[]; summary: string; division?: unknown }[],
): void {
  for (const also of ALSO_DIVISIONS) {
    const entry = entries.find(
      (e) => e.division !== undefined && e.term === also.division && e.aliases.includes(also.term),
    );
    if (entry && !entry.summary.includes(`“${also.term}”也指`))
      entry.summary += `“${also.term}”也指${also.definition}。`;
  }
}

/**
 * An entry for each landmark the seeds never mention (江郎山, 龙游石窟, 钱江源国家公园), as the
 * register's divisions get one: a reader of Quzhou news meets them as often, and the list says what
 * and where each is. A form another entry already has is left to it (`taken`).
 */
export function landmarkEntries(taken: ReadonlySet<string>): Omit<GlossaryEntry, 'id'>[] {
  return LANDMARKS.filter((l) => !taken.has(l.term)).map((l) => ({
    term: l.term,
    aliases: l.aliases.filter((a) => !taken.has(a)).sort(),
    category: 'place',
    pinyin: termPinyin(l.term),
    summary: `${placeKind(l.kind)}${l.definition}。`,
    sources: [],
    origin: 'register',
  }));
}
