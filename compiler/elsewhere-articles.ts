/**
 * Articles about somewhere else. A page about 婺城区's villages (金华, next door) reads like Quzhou
 * news: townships, villages counted as 行政村, a reservoir, programmes in quotes. Every term it
 * proposes is that place's, and a Quzhou glossary would explain them as Quzhou's. What tells them
 * apart is general: Quzhou news names Quzhou, by 衢 (衢州, 衢江, 三衢: the character is Quzhou's
 * alone), by a county's name or short form, by a division the register detector found or a
 * division's name or stem, or by a landmark (江郎山, 钱江源). An article that names none of these,
 * and names a place elsewhere, is about that place.
 */
import { articleTexts, type Sentence } from './article';
import type { RegisterMention } from './pipeline/register-places';
import { findLandmarks } from './register/landmarks';
import { unitNames, type PlaceRegister } from './register/places';

/**
 * The files among `sentences` that name a place outside Quzhou (a province, a city, a county) and
 * no Quzhou place, sorted. Generous to Quzhou on purpose: a word that may name one of its counties
 * (江山, also "the realm") counts, so that no Quzhou article is set aside; and an article that
 * names no place at all (a sentence, a note) is not said to be about anywhere.
 */
export function articlesAboutElsewhere(
  sentences: readonly Sentence[],
  register: PlaceRegister,
  registerMentions: readonly RegisterMention[],
): string[] {
  const counties = unitNames(register);
  const naming = new Set(registerMentions.map((m) => m.sentence.file));
  for (const s of sentences)
    if (!naming.has(s.file) && (s.text.includes('衢') || counties.some((c) => s.text.includes(c))))
      naming.add(s.file);
  // Landmarks are looked for only in what is left, not over the whole corpus a second time.
  const left = sentences.filter((s) => !naming.has(s.file));
  for (const m of findLandmarks(left)) naming.add(m.sentence.file);
  const texts = articleTexts(left.filter((s) => !naming.has(s.file)));
  if (texts.size === 0) return [];
  // Provinces and cities by full and short name (浙江 is Quzhou's own, so not among them); other
  // counties by full name only, three characters or more: their short forms and two-character
  // names are too often ordinary words or names of Quzhou's own places (通道 "a passage", 城区
  // "the city proper", 河口 "a river mouth"); a page about 龙泉 that never writes 龙泉市 or 丽水 is
  // known by its towns (townElsewhere).
  const elsewhere = [
    ...register.regions,
    ...register.qualifiers.filter((q) => q.length >= 3 && /[县区市旗]$/.test(q)),
  ];
  // Asked last, of the few articles left: any Quzhou division by its name or its stem, three
  // characters or more (黄坛口 of 黄坛口行政村, which the register detector leaves to the suffix).
  const quzhou = register.places.flatMap((p) => [p.name, p.stem]).filter((n) => n.length >= 3);
  return [...texts]
    .filter(([, text]) => elsewhere.some((name) => text.includes(name)) || townElsewhere(text, register))
    .filter(([, text]) => !quzhou.some((name) => text.includes(name)))
    .map(([file]) => file)
    .sort();
}

/**
 * A township, town or subdistrict of three characters or more that the register has only outside
 * Quzhou (龙泉|住龙镇, 竹垟畲族乡): a page that writes a county elsewhere by its short form alone still
 * names its towns in full. Only such towns count: two-character ones (新镇) and villages are too
 * often words or share their names with Quzhou's.
 */
function townElsewhere(text: string, register: PlaceRegister): boolean {
  for (const m of text.matchAll(/镇|乡|街道/g)) {
    const end = m.index + m[0].length;
    for (let length = 3; length <= 7 && length <= end; length++)
      if (register.named(text.slice(end - length, end)) > 0) return true;
  }
  return false;
}
