/**
 * The register and the seeds, merged into one entry per place. What the seeds say (evidence,
 * titles, dates) stays with the entry; the register supplies the kind, the code and the chain
 * of divisions, and wins where the text disagrees. (Which names the register rejects is decided
 * with the rest in pipeline/decide.ts.)
 */
import type { Division, GlossaryEntry } from '../../lib/glossary/glossary';
import { termPinyin } from '../../lib/glossary/pinyin';
import { listItemSuffix } from '../rules/suffixes';
import type { Term } from '../term';
import { DIVISION_SUFFIX, formContext } from './ambiguity';
import type { PlaceRegister, RegisterPlace } from './places';

type Entry = Omit<GlossaryEntry, 'id'>;

/** Where a place lies, as a summary says it: 龙游县大街乡 (the province and city are implied). */
export function whereText(place: Pick<RegisterPlace, 'chain' | 'level'>): string {
  // Down to the county, the chain's prefecture and province go without saying.
  const shown =
    place.level === 'town' || place.level === 'village' ? place.chain.slice(0, -2) : place.chain.slice(0, 1);
  return [...shown].reverse().join('');
}

export function divisionOf(place: RegisterPlace): Division {
  return {
    code: place.code,
    kind: place.kind,
    chain: place.chain,
    english: place.english,
    englishChain: place.englishChain,
  };
}

/**
 * Matches the seeds' place terms with the register's places of the prefecture. A name several
 * places share (92 in Quzhou: 白沙村, 花园村…) is grounded only where the text names its parent;
 * otherwise the seed entry stays as the text has it, beside the register's entries.
 */
export function groundTerms(terms: readonly Term[], register: PlaceRegister): Map<Term, RegisterPlace> {
  const byName = new Map<string, RegisterPlace[]>();
  for (const place of register.places) byName.set(place.name, [...(byName.get(place.name) ?? []), place]);
  const placeOf = new Map<Term, RegisterPlace>();
  for (const term of terms) {
    if (term.category !== 'place') continue;
    const candidates = byName.get(term.term) ?? [];
    const place =
      candidates.length === 1
        ? candidates[0]
        : candidates.find((c) => term.parent !== undefined && c.chain.includes(term.parent));
    if (place) placeOf.set(term, place);
  }
  return placeOf;
}

/** A seed term the register knows: its summary says where it is, from the register. */
export function groundTerm(term: Term, place: RegisterPlace): Term {
  return { ...term, kind: place.kind, parent: whereText(place) };
}

/** An entry for a place only the register knows. */
export function registerEntry(place: RegisterPlace): Entry {
  return {
    term: place.name,
    aliases: place.short ? [place.short] : [],
    category: 'place',
    pinyin: termPinyin(place.name),
    summary: `${whereText(place)}的${place.kind}。`,
    ...(place.chain[0] ? { parent: place.chain[0] } : {}),
    sources: [],
    division: divisionOf(place),
    origin: 'register',
  };
}

/**
 * The aliases the register allows: a village's stem that is a word is not a name of it (上门 of
 * 上门村 is "door to door"), nor one that is a town's stem (双港 of 双港社区 is 双港街道); one that
 * is neither, written alone in the text (三卿口 of 三卿口村), is. So is the short form people write
 * for a county or a 汪村村.
 */
export function registerAliases(
  entry: Entry,
  place: RegisterPlace,
  isNameOfItsOwn: (stem: string) => boolean,
): void {
  if (place.level === 'village' && !isNameOfItsOwn(place.stem))
    entry.aliases = entry.aliases.filter((a) => a !== place.stem);
  if (place.short && !entry.aliases.includes(place.short))
    entry.aliases = [...entry.aliases, place.short].sort();
}

/**
 * Records, for each form of each entry, why it may mean something else (see ambiguity.ts).
 * Homonyms inside the glossary are not namesakes of each other's: the popover lists them.
 */
export function annotateAmbiguity(
  entries: Entry[],
  register: PlaceRegister,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
): void {
  const ownNamed = new Map<string, number>();
  for (const e of entries) if (e.division) ownNamed.set(e.term, (ownNamed.get(e.term) ?? 0) + 1);
  const ownStems = new Map<string, number>();
  for (const p of register.places) ownStems.set(p.stem, (ownStems.get(p.stem) ?? 0) + 1);
  // What makes a name Quzhou's whatever page it is on: 衢, or the city's, a county's or a town's
  // name (衢州有礼, 运动柯城, 平安江山; not a town's stem alone, often a word: 莲花).
  const quzhouNames = register.places
    .filter((p) => p.level !== 'village')
    .flatMap((p) => (p.short ? [p.name, p.short] : [p.name]));
  const namesQuzhou = (form: string) => form.includes('衢') || quzhouNames.some((n) => form.includes(n));
  for (const entry of entries) {
    const suffix = DIVISION_SUFFIX.exec(entry.term);
    const stem = suffix && entry.category === 'place' ? entry.term.slice(0, suffix.index) : undefined;
    const contexts = [entry.term, ...entry.aliases].flatMap((form) => {
      const short = form === stem;
      const full = short ? { name: entry.term, ownNamed: ownNamed.get(entry.term) ?? 0 } : undefined;
      const kind =
        entry.category === 'place' && !entry.division && !DIVISION_SUFFIX.test(form)
          ? listItemSuffix(form, 'place')?.suffix
          : undefined;
      const kindStem = kind ? form.slice(0, -kind.length) : undefined;
      const context = formContext(
        {
          form,
          ownNamed: ownNamed.get(form) ?? 0,
          short,
          ...(full ? { full } : {}),
          ...(kindStem ? { kindStem: { stem: kindStem, own: ownStems.get(kindStem) ?? 0 } } : {}),
          local: entry.category !== 'place' && entry.scope === undefined && !namesQuzhou(form),
        },
        register,
        dictionary,
      );
      return context ? [context] : [];
    });
    if (contexts.length > 0) entry.ambiguous = contexts;
    else delete entry.ambiguous;
  }
}
