/**
 * Stage one of the compiler (see pipeline/README.md): the detectors run over every sentence and
 * propose candidates. The quote and list detectors propose every quote and list item with where
 * and how it is written, for the decision stage to judge (pipeline/rules-quotes.ts,
 * pipeline/rules-lists.ts); the name detector proposes every name by its suffix with its uses,
 * asking the decision rules which divisions to anchor on (pipeline/rules-divisions.ts) and which
 * span of a use is the name (pipeline/rules-names.ts). What those rules drop is reported through
 * `reject`, so that the decision stage records it. Pure apart from nodejieba (segmentation) and
 * its dictionary, both deterministic.
 */
import type { Category } from '../lib/glossary/glossary';
import type { Sentence } from './article';
import { isNationwide, isOrdinaryWord } from './generic';
import { generalDictionary, tokenize, type Token } from './lexicon';
import { isSpecific } from './specific';
import { anchorsOpening, endingAnchor, nameReading } from './pipeline/rules-names';
import { findRoadCodes } from './rules/road-codes';
import { findWiderTerms } from './scope/wider-terms';
import { findHistoricalPlaces } from './register/historical';
import { findLandmarks } from './register/landmarks';
import { findAbbreviations, findExpansions } from './rules/definitions';
import { findEnumerations } from './rules/enumerations';
import { addListed } from './listed';
import {
  findAppNames,
  findCityShortForms,
  findDotCompounds,
  findEpithets,
  findGoals,
  findLevelHospitals,
  findSharedStems,
  findStations,
} from './rules/patterns';
import { add, type DivisionFacts, type Term } from './term';
import type { FormMention } from './reference-list';
import { isDivision } from './pipeline/rules-divisions';
import * as cue from './pipeline/cues';

export type { Term } from './term';
import { findNames, type NameMatch } from './rules/names';
import { findQuotes, isNumericFormula } from './rules/quotes';
import { SUFFIXES } from './rules/suffixes';
import { PLACE_END, PROGRAM_END, parallelClauses, quoteCategory, splitPlusCompound } from './quote-select';

/** Each sentence's tokens, kept across the compiler's two rounds (compile.ts) while it lives. */
const sentenceTokens = new WeakMap<Sentence, Token[]>();

function tokensFor(): (s: Sentence) => Token[] {
  return (s) => {
    let t = sentenceTokens.get(s);
    if (!t) sentenceTokens.set(s, (t = tokenize(s.text)));
    return t;
  };
}

/**
 * Every name by a division's suffix (…村, …镇, …街道), with what its uses show (`DivisionFacts`):
 * the decision stage judges them (pipeline/rules-divisions.ts).
 */
function divisionCandidates(matches: NameMatch[]): Map<string, { facts: DivisionFacts; uses: NameMatch[] }> {
  const byTerm = new Map<string, NameMatch[]>();
  for (const m of matches.filter((m) => m.suffix.admin)) {
    const list = byTerm.get(m.term) ?? [];
    list.push(m);
    byTerm.set(m.term, list);
  }
  const organ = (m: NameMatch) => {
    const text = m.sentence.text;
    for (let at = text.indexOf(m.term); at >= 0; at = text.indexOf(m.term, at + 1))
      if (cue.ORGAN_AFTER.test(text.slice(at + m.term.length))) return true;
    return false;
  };
  // What each name's own uses show; then, from those, the names of its kind listed beside it.
  const own = new Map<string, Omit<DivisionFacts, 'listedWith'>>();
  for (const [term, ms] of byTerm) {
    const first = ms[0]!;
    own.set(term, {
      term,
      stem: first.stem,
      suffix: first.suffix.suffix,
      organ: ms.some(organ),
      parent: ms.some((m) => m.parent !== undefined),
    });
  }
  // Written beside another name of the same kind in a list: 大头村、少岭坞村、上门村. The
  // neighbour is looked up by the ends of the text either side of the 、, not by trying every
  // other candidate: a large corpus has thousands.
  let longest = 0;
  for (const t of own.keys()) longest = Math.max(longest, t.length);
  const out = new Map<string, { facts: DivisionFacts; uses: NameMatch[] }>();
  for (const [term, uses] of byTerm) {
    const facts = own.get(term)!;
    const beside = new Set<Omit<DivisionFacts, 'listedWith'>>();
    const consider = (other: string) => {
      const neighbour = own.get(other);
      if (neighbour && other !== term && other.endsWith(facts.suffix)) beside.add(neighbour);
    };
    for (const m of uses) {
      const text = m.sentence.text;
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (text[at - 1] === '、')
          for (let n = 2; n <= longest && n < at; n++) consider(text.slice(at - 1 - n, at - 1));
        if (text[end] === '、')
          for (let n = 2; n <= longest && end + 1 + n <= text.length; n++)
            consider(text.slice(end + 1, end + 1 + n));
      }
    }
    out.set(term, { facts: { ...facts, listedWith: [...beside] }, uses });
  }
  return out;
}

/**
 * The name as written with the places it belongs to in front: 衢州|陆港现代物流中心,
 * 国家（衢州）|纸浆储备库, 衢江|杭州育才中学, 衢州市|衢江区|农业发展投资有限公司 (each longer form).
 * Readers meet every form, so each should match.
 */
function placePrefixed(m: NameMatch, placeNames: string[]): string[] {
  const text = m.sentence.text;
  for (let at = text.indexOf(m.term); at >= 0; at = text.indexOf(m.term, at + 1)) {
    const national = /国家（[^（）]{2,4}）$/.exec(text.slice(Math.max(0, at - 8), at));
    if (national) return [national[0] + m.term];
    const forms: string[] = [];
    let start = at;
    for (;;) {
      const before = text.slice(Math.max(0, start - 8), start);
      const place = placeNames.find((p) => before.endsWith(p));
      if (!place) break;
      start -= place.length;
      forms.push(text.slice(start, at) + m.term);
    }
    if (forms.length > 0) return forms;
  }
  return [];
}

/**
 * Told of each candidate the decision stage will drop, with what it judged, so that the drop is
 * recorded (`--explain`): a division its rule turns down (pipeline/rules-divisions.ts), or a use
 * of a name no reading of which names one thing (pipeline/rules-names.ts). The other detectors
 * propose what they find and leave all judging to the decision stage.
 */
export type OnReject = (
  form: string,
  detector: string,
  sentence: Sentence,
  judged: { division: DivisionFacts } | { nameUse: NameMatch },
  guess: { category: Category; kind: string },
) => void;

/** What the detectors propose. */
export interface Extracted {
  /** The candidates, keyed by term. */
  terms: Map<string, Term>;
  /** Stems of the divisions the text names by their suffix (衢江 of 衢江区): they anchor local names. */
  anchors: Set<string>;
  /** The anchors a name by its suffix is read with (pipeline/rules-names.ts anchorsOpening). */
  nameAnchors: (term: string) => ReadonlySet<string>;
}

/** Runs every detector over the sentences. */
export function extractTerms(
  sentences: Sentence[],
  reject: OnReject = () => {},
  /** Candidates an earlier round's decisions dropped: they are no support for a list's other items. */
  dropped: ReadonlySet<string> = new Set(),
  /** Short forms of Quzhou's city and counties (开化): names where they open a stem (rules/names.ts). */
  placeStems: ReadonlySet<string> = new Set(),
  /** The register's towns each sentence names, whatever jieba makes of them (rules/names.ts). */
  townsIn?: (s: Sentence) => ReadonlySet<string>,
  /** The names of Quzhou's divisions without their kinds (rules/names.ts). */
  divisionStems?: ReadonlySet<string>,
): Extracted {
  const tokensOf = tokensFor();
  const terms = new Map<string, Term>();
  const names = findNames(sentences, tokensOf, placeStems, townsIn, divisionStems);

  // Divisions first: the decision stage's verdict on them (pipeline/rules-divisions.ts) is needed
  // now, because the stems of the ones it keeps anchor everything else (衢江 of 衢江区 in 衢江港区).
  // The others are proposed too, for the decision stage to record why it drops them.
  const divisions = divisionCandidates(names);
  const admin = new Map<string, NameMatch[]>();
  for (const [term, { facts, uses }] of divisions) {
    if (isDivision(facts)) admin.set(term, uses);
    else for (const m of uses) reject(term, 'name-suffix', m.sentence, { division: facts }, m.suffix);
  }
  const anchors = new Set<string>();
  for (const [term, ms] of admin) {
    const first = ms[0]!;
    if (first.stem.length >= 2) anchors.add(first.stem);
    for (const m of ms) {
      const t = add(terms, term, 'place', first.suffix.kind, m.sentence, 'name-suffix');
      t.division ??= divisions.get(term)!.facts;
      if (m.parent && m.parent !== term) t.parent ??= m.parent;
    }
  }

  // The city's and counties' names in full as well (江山市|戎峰蜂业专业合作社): a body's registered
  // name opens with its county, which a text may write nowhere else.
  const countyNames = [...placeStems].flatMap((p) => ['市', '县', '区'].map((unit) => p + unit));
  const placeNames = [...new Set([...admin.keys(), ...anchors, ...countyNames])].sort(
    (a, b) => b.length - a.length,
  );
  // A name by its suffix may open with a county's short form the articles write in full
  // (江山|港, 开化|中学). Only its names: in a quote (“开化纸”) the form is as often a product's.
  const anchorsFor = anchorsOpening(anchors, placeStems);
  for (const m of names) {
    if (m.suffix.admin) continue;
    // Which span of the use names one thing is the decision rule's to say (pipeline/rules-names.ts):
    // the detector proposes that reading, and the decision stage records the verdict.
    // The anchors of whichever reading opens with a county's short form (开化|中学).
    const opening = [m, ...m.alternatives].map((r) => anchorsFor(r.term)).find((a) => a !== anchors);
    const reading = nameReading(m, opening ?? anchors);
    // A verb before a bare place name (让衢江, 放眼衢江) is not a new name ending in 江.
    if (!reading || endingAnchor(reading.term, anchors)) {
      reject(reading?.term ?? m.term, 'name-suffix', m.sentence, { nameUse: m }, m.suffix);
      continue;
    }
    const t = add(terms, reading.term, m.suffix.category, m.suffix.kind, m.sentence, 'name-suffix');
    (t.nameUses ??= []).push(m);
    if (reading.parent && reading.parent !== reading.term) t.parent ??= reading.parent;
    for (const form of placePrefixed({ ...m, ...reading }, placeNames)) t.aliases.add(form);
  }

  // “小病不出村、常见病不出乡、大病不出县”: a verb or an adverb in every stem's way makes the parts
  // clauses of a slogan, which end in a unit's character only as their object.
  const hasVerb = (stem: string) => tokenize(stem).some((t) => /^(v|vd|d)$/.test(t.tag));
  const quotes = findQuotes(sentences);
  const expansions = findExpansions(quotes, new Map(sentences.map((s, i) => [s, i])));
  for (const q of quotes) {
    const parts = q.text.split('、');
    // “东部新城、衢江新区”: a list of places in one pair of quotes.
    // Not mottos that end like a unit (“工业强市、产业兴市”): those are judged as parallel clauses.
    // Nor a list with a part whose stem names no particular place (“千年古县、慢城常山”: 千年古|县 is
    // an epithet), unless a part's stem is a division the text names (东部|新城 beside 衢江|新区).
    const stemOf = (p: string) => p.slice(0, PLACE_END.exec(p)!.index);
    if (
      parts.length > 1 &&
      parts.every((p) => PLACE_END.test(p) && p.length >= 3 && !isNationwide(p)) &&
      (parts.some((p) => [...anchors].some((a) => stemOf(p).includes(a))) ||
        parts.every((p) => isSpecific(stemOf(p), anchors) && !hasVerb(stemOf(p))))
    ) {
      for (const p of parts) add(terms, p, 'place', '地区', q.sentence, 'quoted');
      continue;
    }
    // “四平台交办+云智钉指令+掌上指挥”: each name in the chain is a term of its own.
    const chain = splitPlusCompound(q.text, (p) => terms.has(p));
    if (chain) {
      const category = chain.some((p) => PROGRAM_END.test(p)) ? 'program' : quoteCategory(q);
      for (const p of chain) add(terms, p, terms.get(p)?.category ?? category, '举措', q.sentence, 'quoted');
      // The chain as written is a formula of its own (a way of working), explained by its parts.
      add(terms, q.text, 'slogan', '公式', q.sentence, 'quoted');
      continue;
    }
    // A phrase some other rule already found (a name by its suffix, 掌上指挥 in a chain): the
    // sentence is more evidence. Otherwise the quote is recorded for the decision stage to judge.
    const known = terms.get(q.text);
    const category = quoteCategory(q);
    const kind = isNumericFormula(q.text)
      ? '数字概括'
      : category === 'program'
        ? '举措'
        : category === 'place'
          ? '地区'
          : '口号';
    const t = add(terms, q.text, known?.category ?? category, known?.kind ?? kind, q.sentence, 'quoted');
    if (!known || known.quoted) (t.quoted ??= []).push(q);
    // Each clause of a parallel slogan is written alone too (南孔圣地 of “东南阙里，南孔圣地”).
    const clauses = parts.length > 1 ? parts : (parallelClauses(q.text) ?? []);
    for (const p of clauses) if (p.length >= 4) t.aliases.add(p);
  }
  mergeParallelParts(terms);

  for (const e of expansions) {
    // 三道题 after its quoted list: the formula is the term, the list what it stands for.
    if (e.listed) {
      const list = terms.get(e.listed);
      terms.delete(e.listed);
      const f = add(terms, e.term, 'slogan', '数字概括', e.sentence, 'expansion');
      f.aliases.add(e.listed);
      for (const s of list?.sentences ?? []) if (!f.sentences.includes(s)) f.sentences.push(s);
    }
    const t = terms.get(e.term);
    if (!t) continue;
    t.expansion ??= e.items;
    if (!t.sentences.includes(e.sentence)) t.sentences.unshift(e.sentence);
    t.rules.add('expansion');
    if (!e.named) continue;
    for (const item of e.items) {
      const part = add(terms, item, t.category, '组成部分', e.sentence, 'expansion');
      part.partOf = e.term;
    }
  }

  for (const found of findAbbreviations(sentences)) {
    // The clause before the brackets may open with a verb: 设立|物联万家物业服务中心（以下简称物业服务）.
    const lead = tokenize(found.full).find((t) => t.start === 0);
    const a =
      lead && /^(v|p|c|d)$/.test(lead.tag) && found.full.length - lead.end >= 4
        ? { ...found, full: found.full.slice(lead.end) }
        : found;
    // A short form must be a name by itself; a rare common noun (物业服务) is not enough.
    const shortIsName = !isNationwide(a.short) && isSpecific(a.short, anchors, false);
    const suffix = SUFFIXES.find((s) => a.full.endsWith(s.suffix));
    // 九景衢铁路开化华埠段（简称华埠段）: a section of a railway, road or river is a place.
    const section = !suffix && SECTION.test(a.full);
    const category = suffix?.category ?? (section ? 'place' : 'organization');
    const main = shortIsName ? a.short : a.full;
    // The name rule may have found the full name without its leading unit (六禾港盟…公司 after 衢州市).
    const fullForms = [...terms.keys()].filter((k) => k !== a.short && k.length >= 6 && a.full.endsWith(k));
    const existingFull = fullForms.map((k) => terms.get(k)!).find(Boolean);
    const t = add(
      terms,
      main,
      category,
      suffix?.kind ?? (section ? '路段' : '机构'),
      a.sentence,
      'abbreviation',
    );
    t.category = category;
    if (shortIsName) {
      t.fullName = a.full;
      t.aliases.add(a.full);
      if (existingFull) {
        for (const s of existingFull.sentences) if (!t.sentences.includes(s)) t.sentences.push(s);
        for (const k of fullForms) terms.delete(k);
      }
    }
    if (a.definition) t.definition = a.definition;
  }

  addBareNames(terms, admin, sentences);
  // Before the lists, so that an item opening with a landmark (常山港、江山港|来水) is read as cut at
  // the wrong place, as one opening with any known term is.
  for (const m of findLandmarks(sentences)) addReferencePlace(terms, m, m.item.kind, 'landmark');
  const support = dropped.size > 0 ? new Map([...terms].filter(([k]) => !dropped.has(k))) : terms;
  addListed(support, findEnumerations(sentences, tokensOf), dropped);
  for (const [k, t] of support) if (!terms.has(k)) terms.set(k, t);
  addPatterns(terms, sentences, [...admin.keys()], dropped);
  for (const { item, form, sentence } of findWiderTerms(sentences)) {
    const kind = item.scope === 'national' ? '国家提法' : '浙江提法';
    const t = add(terms, item.term, item.category!, kind, sentence, 'wider-term');
    if (form !== item.term) t.aliases.add(form);
  }
  for (const m of findHistoricalPlaces(sentences)) addReferencePlace(terms, m, '古地名', 'historical');
  for (const road of findRoadCodes(sentences, tokensOf))
    add(terms, road.term, 'place', '道路', road.sentence, 'road-code');
  for (const station of findStations(sentences, placeStems))
    add(terms, station.term, 'place', '车站', station.sentence, 'pattern');
  for (const hospital of findLevelHospitals(sentences, tokensOf))
    add(terms, hospital.term, 'organization', '医院', hospital.sentence, 'pattern');
  return { terms, anchors, nameAnchors: anchorsFor };
}

/** Names found from their shape (see rules/patterns.ts). */
function addPatterns(
  terms: Map<string, Term>,
  sentences: Sentence[],
  units: string[],
  dropped: ReadonlySet<string>,
): void {
  // A name an earlier round dropped is no support for a compound or a shared stem.
  const isSupport = (n: string) => terms.has(n) && !dropped.has(n);
  for (const m of findEpithets(sentences)) add(terms, m.term, 'slogan', '美称', m.sentence, 'pattern');
  for (const m of findGoals(sentences, units)) add(terms, m.term, 'slogan', '定位', m.sentence, 'pattern');
  for (const m of findDotCompounds(sentences, isSupport))
    add(terms, m.term, 'program', '项目', m.sentence, 'pattern');
  for (const m of findAppNames(sentences)) {
    if (isNationwide(m.term) || isOrdinaryWord(m.term, 1)) continue;
    add(terms, m.term, 'program', '应用', m.sentence, 'pattern');
  }
  const known = new Set([...terms.values()].flatMap((t) => [t.term, ...t.aliases]));
  const named = [...terms.keys()].filter((k) => !k.includes('、') && isSupport(k));
  for (const shared of findSharedStems(sentences, named)) {
    if (known.has(shared.stem)) continue;
    const places = shared.names.filter((n) => terms.get(n)?.category === 'place').length;
    const category = places * 2 >= shared.names.length ? 'place' : terms.get(shared.names[0]!)!.category;
    for (const s of shared.sentences) add(terms, shared.stem, category, '地区', s, 'shared-stem');
  }
  for (const [short, city] of findCityShortForms(sentences, units)) {
    if (!known.has(short)) terms.get(city)?.aliases.add(short);
  }
}

/**
 * “最多跑一次、跑也不出村”: where one part of a quoted parallel phrase is a term by itself
 * (“最多跑一次”改革), the phrase is that term written with its tagline: an alias, not an entry.
 */
function mergeParallelParts(terms: Map<string, Term>): void {
  for (const t of [...terms.values()]) {
    if (!t.rules.has('quoted') || !t.term.includes('、')) continue;
    const own = t.term
      .split('、')
      .map((p) => terms.get(p))
      .find((p): p is Term => p !== undefined && p !== t);
    if (!own) continue;
    own.aliases.add(t.term);
    for (const s of t.sentences) if (!own.sentences.includes(s)) own.sentences.push(s);
    terms.delete(t.term);
  }
}

/** A section of a railway, road, waterway or river, named by where it runs (…铁路开化华埠段). */
const SECTION = /(铁路|公路|高速|高铁|大道|航道|[路线江溪河港]).{0,8}段$/;

/**
 * A place a reference list of general knowledge names (a former division, a landmark), as written:
 * the list is the authority on what it is, whatever a quote or a suffix made of the words (“姑蔑”).
 */
function addReferencePlace(
  terms: Map<string, Term>,
  { item, form, sentence }: FormMention<{ term: string; definition: string }>,
  kind: string,
  detector: string,
): void {
  const t = add(terms, item.term, 'place', kind, sentence, detector);
  t.kind = kind;
  t.definition ??= item.definition;
  if (form !== item.term) t.aliases.add(form);
}

/**
 * 衢江 for 衢江区, 柯城 for 柯城区: a unit's name used without its suffix, where the text does so
 * often; a natural village's always.
 */
function addBareNames(
  terms: Map<string, Term>,
  admin: Map<string, NameMatch[]>,
  sentences: Sentence[],
): void {
  const corpus = sentences.map((s) => s.text).join('\n');
  for (const [term, ms] of admin) {
    const stem = ms[0]!.stem;
    // A name by its suffix that is the unit's stem (贺邵溪 of 贺邵溪村, 江郎山 of 江郎山村) is the
    // unit's short form too: the entries fold into the unit's (compile.ts), which says where it is.
    const own = terms.get(stem);
    const ownIsName = own?.category === 'place' && own.rules.has('name-suffix');
    if (stem.length < 2 || (own && !ownIsName) || isOrdinaryWord(stem, 3)) continue;
    let bare = 0;
    for (let i = corpus.indexOf(stem); i >= 0; i = corpus.indexOf(stem, i + 1)) {
      if (!corpus.startsWith(term, i)) bare++;
    }
    // A natural village is called by its stem (渔塘 of 渔塘自然村) wherever it is no word.
    const natural = ms[0]!.suffix.suffix === '自然村' && !generalDictionary().has(stem);
    if (bare >= 2 || natural) terms.get(term)?.aliases.add(stem);
  }
}
