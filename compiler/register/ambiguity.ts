/**
 * Why a surface form may not mean the Quzhou entry, from general knowledge rather than from the
 * seeds: the national register (other divisions with the same name or stem), jieba's general
 * dictionary (an ordinary word people write every day), and the shape of the form (a short form
 * of a division, a bare number, a two-character numeral formula). A form with no reason is
 * unambiguous and is highlighted anywhere; one with a reason only on a page about Quzhou.
 */
import type { FormContext } from '../../lib/glossary/glossary';
import type { PlaceRegister } from './places';
import { isLevelHospital } from '../rules/patterns';

/**
 * jieba's dictionary frequency from which a string counts as an ordinary word. Its median entry
 * has frequency 3 and the 90th percentile 106; 20 keeps words people really use (开化 87, 上门
 * 500, 江山 1,224, 常山 108) and leaves out rare dictionary entries that are mostly names.
 */
export const WORD_FREQUENCY = 20;
/** From this frequency a word is one people write every day (相对 6,532, 清廉 103), not a rare sense. */
const EVERYDAY_FREQUENCY = 100;

/** Division suffixes a place name ends in (longest first). */
export const DIVISION_SUFFIX = /(?:街道|社区|镇|乡|村|区|县|市)$/;

/**
 * A bare number or number formula (152, 1+15) or two characters that open with a digit numeral
 * (三有, 五城, 八八): read as a count as often as a name. 双, 百, 千 and 万 open too many names
 * (双港, 万田) to count.
 */
function isFormula(form: string): boolean {
  if (/^[0-9０-９+＋\-.·×]+$/.test(form)) return true;
  return form.length <= 2 && /^[一二三四五六七八九十两]/.test(form);
}

/**
 * A count of one ordinary thing (一件事 "one matter", 三道题 "three questions", 一号工程 "the number
 * one project", 三大攻坚战 "the three great battles", which the country's are too): a numeral, a
 * measure word or 大 and one word of the dictionary, which any text may write.
 * Not a division (百家坊社区), whose kind makes it a name.
 */
function isCountPhrase(
  form: string,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
): boolean {
  const count = /^[一二三四五六七八九十两百千几]+[件个道号条项张位名家座所类种批场次步套本篇句大](.+)$/.exec(
    form,
  );
  if (!count || DIVISION_SUFFIX.test(form)) return false;
  const thing = dictionary.get(count[1]!);
  return (
    thing !== undefined && thing.tag !== 'ns' && (count[1]!.length === 1 || thing.freq >= WORD_FREQUENCY)
  );
}

/**
 * How many words the dictionary cuts `part` into, longest word first, where each is a word it knows
 * as common (or an idiom) and at most `singles` are single characters it has; 0 where it cannot.
 */
function commonWords(
  part: string,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
  singles: number,
): number {
  let words = 0;
  for (let at = 0; at < part.length; words++) {
    let len = Math.min(6, part.length - at);
    for (; len >= 2; len--) {
      const word = dictionary.get(part.slice(at, at + len));
      if (
        word &&
        (word.freq >= WORD_FREQUENCY || /^[il]$/.test(word.tag)) &&
        (word.tag !== 'ns' || word.freq >= 5000)
      )
        break;
    }
    if (len < 2) {
      if (--singles < 0 || !dictionary.has(part[at]!)) return 0;
      len = 1;
    }
    at += len;
  }
  return words;
}

/**
 * A slogan or formula of several parts (社区+公司, 一呼百应、握指成拳) each of which is ordinary
 * words, with no more than one single character: any text may say it, so it is the Quzhou slogan
 * only on a page about Quzhou. So is a name of one part made of two common words or more and no
 * single character (网格公约, 万达商圈, 智慧小区管理平台): another city may have its own. Not one
 * ending as a division does (霓虹社区, 浮石街道; 荷花小区 too, in 区), which the register judges.
 */
function isOrdinaryPhrase(
  form: string,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
): boolean {
  const parts = form.split(/[、，,+＋·\s]+/).filter((p) => p.length > 0);
  if (parts.length >= 2) return parts.every((part) => commonWords(part, dictionary, 1) > 0);
  return !DIVISION_SUFFIX.test(form) && commonWords(form, dictionary, 0) >= 2;
}

export interface AmbiguityInput {
  form: string;
  /** How many of the glossary's own places are named exactly `form` (homonyms in Quzhou). */
  ownNamed: number;
  /** The form is an entry's short form of a division name (龙游 of 龙游县, 廿里 of 廿里镇). */
  short: boolean;
  /**
   * For a short form ending in a suffix (余村 of 余村村), the full name and how many of the
   * glossary's places have it: divisions elsewhere with that full name are namesakes too.
   */
  full?: { name: string; ownNamed: number };
  /**
   * For a place that is not a division, the name before its kind (青龙 of 青龙码头, 东部 of
   * 东部新城) and how many of the prefecture's divisions have it as their stem: a name divisions
   * elsewhere carry, or a common word, may name another city's wharf or new town.
   */
  kindStem?: { stem: string; own: number };
  /**
   * The form is a programme's, a slogan's or a body's that the glossary knows from Quzhou's news
   * alone (no Zhejiang or national scope) and that names no Quzhou place (邻礼通, 一县一园, 3+X):
   * another city may run or say one of the same name.
   */
  local?: boolean;
}

/**
 * The reasons `form` may mean something else, or undefined when there are none:
 * - namesakes: divisions elsewhere in China with that name (白沙村) or, for a form without a
 *   division suffix, with that stem (西山 → 西山村, 西山镇, 西山区…), or, for another place, with the
 *   name before its kind (青龙码头 → 青龙村, 青龙镇…);
 * - word: jieba's frequency, where the form is an ordinary word. A place word (tag ns) with no
 *   namesake anywhere is this place's own name in the dictionary (衢州), not an ordinary word;
 * - formula: a bare number, a two-character numeral formula or a count of one ordinary thing;
 * - phrase: parts of ordinary words joined (社区+公司, 一呼百应、握指成拳), a place whose name
 *   before its kind is a common word (东部新城), or a village named by an everyday word that is no
 *   noun (相对村, 清廉社区);
 * - levelKind: a level and a kind every county or city has (县人民医院, 市二院);
 * - local: a programme, slogan or body known from Quzhou's news alone, naming no Quzhou place;
 * - brief: two characters, the second a division's kind (范村, 举村): a surname and a title as
 *   often (范村长, "village head 范") or a phrase (举村搬迁, "the whole village moves");
 * - short: recorded with the others, not a reason alone (柯城 names nothing else).
 */
export function formContext(
  input: AmbiguityInput,
  register: PlaceRegister,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
): FormContext | undefined {
  const { form } = input;
  let namesakes = register.named(form) - input.ownNamed;
  if (!DIVISION_SUFFIX.test(form)) namesakes += register.stemmed(form) - (input.short ? 1 : 0);
  else if (input.full) namesakes += register.named(input.full.name) - input.full.ownNamed;
  if (input.kindStem) namesakes += register.stemmed(input.kindStem.stem) - input.kindStem.own;
  const word = dictionary.get(form);
  const ordinary = word && word.freq >= WORD_FREQUENCY && !(word.tag === 'ns' && namesakes <= 0);
  const formula = isFormula(form) || isCountPhrase(form, dictionary);
  const stemWord = input.kindStem && dictionary.get(input.kindStem.stem);
  const phraseLike =
    !ordinary &&
    (isOrdinaryPhrase(form, dictionary) ||
      (stemWord !== undefined && stemWord.freq >= WORD_FREQUENCY && stemWord.tag !== 'ns'));
  const levelKind = isLevelHospital(form);
  // 相对|村, 清廉|社区: a village or community named by a word of everyday use that is no noun (an
  // adverb, an adjective, a verb) reads as that word and the next one's start as often (相对村民,
  // "relative to the villagers"; 清廉社区建设, any city's campaign).
  const village = /^(.{2,})(村|社区)$/.exec(form);
  const everyday = village ? dictionary.get(village[1]!) : undefined;
  const wordNamed =
    everyday !== undefined &&
    everyday.freq >= EVERYDAY_FREQUENCY &&
    /^(a|ad|an|d|v|vd|vn|c|p|r)$/.test(everyday.tag);
  const phrase = phraseLike || wordNamed;
  const local = input.local === true;
  const brief = form.length === 2 && DIVISION_SUFFIX.test(form);
  if (namesakes <= 0 && !ordinary && !formula && !phrase && !levelKind && !local && !brief) return undefined;
  return {
    form,
    ...(namesakes > 0 ? { namesakes } : {}),
    ...(ordinary ? { word: word.freq } : {}),
    ...(formula ? { formula: true as const } : {}),
    ...(phrase ? { phrase: true as const } : {}),
    ...(input.short ? { short: true as const } : {}),
    ...(levelKind ? { levelKind: true as const } : {}),
    ...(local ? { local: true as const } : {}),
    ...(brief ? { brief: true as const } : {}),
  };
}
