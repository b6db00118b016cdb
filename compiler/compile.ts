/**
 * The whole build step as one pure function: seed texts (and the curated file) in, glossary out.
 * Deterministic: the same input gives the same glossary, byte for byte once serialised.
 */
import {
  GLOSSARY_VERSION,
  type Glossary,
  type GlossaryEntry,
  type SourceArticle,
} from '../lib/glossary/glossary';
import { articleTexts, readArticle, type Sentence } from './article';
import { EMPTY_CURATED, type Curated } from './curated';
import { evidence, SOURCE_LIMIT } from './explain';
import { widerTerm } from './scope/wider-terms';
import { summarize } from './summary';
import { articlesAboutElsewhere } from './elsewhere-articles';
import { extractTerms, type OnReject, type Term } from './extract';
import { decide, type Decision } from './pipeline/decide';
import { gatherEvidence, type TermEvidence } from './pipeline/evidence';
import { findRegisterPlaces, type RegisterMention } from './pipeline/register-places';
import { add } from './term';
import { findHealthCentres } from './rules/patterns';
import { normalizeArticle } from './normalize';
import { generalDictionary } from './lexicon';
import {
  annotateAmbiguity,
  divisionOf,
  registerAliases,
  groundTerm,
  groundTerms,
  registerEntry,
} from './register/ground';
import type { PlaceRegister } from './register/places';
import { landmarkEntries, noteLandmarkNamesakes } from './register/landmarks';
import { compileMatcher } from '../lib/matching/matcher';
import { tonelessTermPinyin, termPinyin } from '../lib/glossary/pinyin';

export interface SeedText {
  /** The name the glossary cites (the file's base name). */
  name: string;
  text: string;
}

export interface CompileResult {
  glossary: Glossary;
  /** Things the user should know: curated entries that no longer match the seeds. */
  warnings: string[];
  /** Every candidate the detectors proposed, with its evidence and what was decided (`--explain`). */
  decisions: CandidateRecord[];
  /** Articles about a place outside Quzhou, whose terms were not taken (elsewhere-articles.ts). */
  elsewhere: string[];
}

export interface CandidateRecord {
  evidence: TermEvidence;
  decision: Decision;
}

function toEntry(
  t: Term,
  mentions: readonly Sentence[],
  runBy: RunByFinder | undefined,
): Omit<GlossaryEntry, 'id'> {
  const wider = t.category === 'place' ? undefined : widerTerm([t.term, ...t.aliases]);
  const used = { ...t, sentences: [...mentions] };
  return {
    term: t.term,
    aliases: [...t.aliases].filter((a) => a !== t.term).sort(),
    category: t.category,
    pinyin: termPinyin(t.term),
    summary: summarize(used, {
      ...(wider ? { wider } : {}),
      // A place the register does not place: the division the text writes before it, if any.
      // Not for a landmark: its reference sentence says where it is (钱江源 after 齐溪镇 is no 源头 of
      // the town's).
      ...(runBy && (t.category !== 'place' || !t.parent) && !t.rules.has('landmark')
        ? { runBy: runBy(used) }
        : {}),
    }),
    ...(wider ? { scope: wider.scope } : {}),
    ...(t.expansion ? { expansion: t.expansion } : {}),
    ...(t.fullName ? { fullName: t.fullName } : {}),
    ...(t.parent ? { parent: t.parent } : {}),
    sources: evidence(used),
    origin: 'extracted',
  };
}

/**
 * An entry whose term another entry has as an alias (of its category, or of any where neither is a
 * place: 马金 beside 马金镇, 千万工程 beside 千村示范、万村整治) is that entry: its sources join the
 * other's and it goes. Two entries for one form made the matcher pick the bare one (a term beats an
 * alias), whose summary says least (地名。 where the other says 开化县的镇。).
 */
function foldAliasEntries(entries: Map<string, Omit<GlossaryEntry, 'id'>>): void {
  type Entry = Omit<GlossaryEntry, 'id'>;
  const owners = new Map<string, Entry[]>();
  for (const e of entries.values())
    for (const a of e.aliases) {
      const list = owners.get(a);
      if (list) list.push(e);
      else owners.set(a, [e]);
    }
  /** Where a folded entry went, so that what folds into it later follows. */
  const into = new Map<Entry, Entry>();
  const resolve = (e: Entry) => {
    for (let n = 0; into.has(e) && n < entries.size; n++) e = into.get(e)!;
    return e;
  };
  for (const [term, e] of [...entries]) {
    const found = (owners.get(term) ?? []).filter(
      (o) => o !== e && (o.category === e.category || (o.category !== 'place' && e.category !== 'place')),
    );
    // Two owners (homonyms) leave the reader to choose: keep the bare entry.
    if (found.length !== 1) continue;
    const owner = resolve(found[0]!);
    if (owner === e) continue;
    const seen = new Set(owner.sources.map((x) => x.excerpt));
    for (const x of e.sources) {
      if (owner.sources.length >= SOURCE_LIMIT) break;
      if (!seen.has(x.excerpt)) owner.sources.push(x);
    }
    owner.aliases = [...new Set([...owner.aliases, ...e.aliases, term])]
      .filter((a) => a !== owner.term)
      .sort();
    into.set(e, owner);
    entries.delete(term);
  }
}

function applyCurated(
  entries: Map<string, Omit<GlossaryEntry, 'id'>>,
  curated: Curated,
  corpus: string,
  warnings: string[],
): void {
  for (const term of curated.block) {
    if (!entries.delete(term))
      warnings.push(
        `curated block "${term}": the compiler no longer finds it; remove it from the curated file`,
      );
  }
  for (const c of curated.correct) {
    const e = entries.get(c.term);
    if (!e) {
      warnings.push(
        `curated correction "${c.term}": the compiler no longer finds it; remove it or move it to "add"`,
      );
      continue;
    }
    if (c.category) e.category = c.category;
    if (c.summary) e.summary = c.summary;
    if (c.parent) e.parent = c.parent;
    if (c.aliases) e.aliases = [...new Set([...e.aliases, ...c.aliases])].sort();
    e.origin = 'curated';
  }
  for (const a of curated.add) {
    if (!corpus.includes(a.term))
      warnings.push(`curated addition "${a.term}": not found in the seeds any more`);
    entries.set(a.term, {
      term: a.term,
      aliases: [...(a.aliases ?? [])].sort(),
      category: a.category,
      pinyin: termPinyin(a.term),
      summary: a.summary,
      sources: [],
      origin: 'curated',
    });
  }
}

/** Ids stay well inside what the extension accepts (isEntryId: 120 characters), cut at a syllable. */
const ID_BASE_MAX = 60;

function idBase(term: string): string {
  const full =
    tonelessTermPinyin(term)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'term';
  if (full.length <= ID_BASE_MAX) return full;
  // A long parallel slogan (支部建在小区、小组设在楼栋、…): its first syllables are enough to name it.
  const cut = full.lastIndexOf('-', ID_BASE_MAX);
  return full.slice(0, cut > 0 ? cut : ID_BASE_MAX);
}

/**
 * Ids are toneless pinyin with dashes (nian-li-zhen); a clash gets -2, -3 in sorted order, the
 * entries the seeds or the curated file make before the register's own, so that adding a register
 * place never renumbers an entry the seeds already had.
 */
function assignIds(entries: Omit<GlossaryEntry, 'id'>[]): GlossaryEntry[] {
  const used = new Map<string, number>();
  const ids = new Map<Omit<GlossaryEntry, 'id'>, string>();
  for (const pass of [false, true]) {
    for (const e of entries) {
      if ((e.origin === 'register') !== pass) continue;
      const base = idBase(e.term);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      ids.set(e, n === 1 ? base : `${base}-${n}`);
    }
  }
  return entries.map((e) => ({ id: ids.get(e)!, ...e }));
}

type RunByFinder = (t: Term) => string | undefined;

/**
 * The division of the prefecture a term belongs to, as its full name: one named in the term
 * (衢州有礼), else one written right before it (衢江“两山银行”, 柯城区邻礼通), the most frequent
 * winning, the first seen on a tie. Counties, districts and towns by full or short name.
 */
function runByFinder(register: PlaceRegister): RunByFinder {
  const full = new Map<string, string>();
  for (const p of register.places) {
    if (p.level === 'village') continue;
    full.set(p.name, p.name);
    if (p.short) full.set(p.short, p.name);
  }
  const longest = Math.max(...[...full.keys()].map((k) => k.length));
  return (t) => {
    // A division named in the term itself (衢州有礼) is whose it is.
    for (let n = Math.min(longest, t.term.length); n >= 2; n--)
      for (let at = 0; at + n <= t.term.length; at++) {
        const name = full.get(t.term.slice(at, at + n));
        if (name) return name;
      }
    const counts = new Map<string, number>();
    for (const s of t.sentences.slice(0, 50)) {
      for (let at = s.text.indexOf(t.term); at >= 0; at = s.text.indexOf(t.term, at + 1)) {
        const before = s.text.slice(Math.max(0, at - longest - 1), at).replace(/[“"‘]$/, '');
        for (let n = Math.min(longest, before.length); n >= 2; n--) {
          const name = full.get(before.slice(-n));
          if (name) {
            counts.set(name, (counts.get(name) ?? 0) + 1);
            break;
          }
        }
      }
    }
    let best: [string, number] | undefined;
    for (const c of counts) if (!best || c[1] > best[1]) best = c;
    return best?.[0];
  };
}

/**
 * Every sentence each term appears in, in corpus order: the rules see a term where its pattern
 * is (often one quoted use), but its evidence is all of its uses. One pass of the extension's own
 * matcher over the corpus, so a mention is exactly what the content script would highlight
 * (leftmost-longest: 四省边际 inside 四省边际中心城市 is not a mention of 四省边际). Sentences a
 * rule found the term in are kept even where the matcher does not see it (an OCR-split form).
 */
function findMentions(terms: readonly Term[], sentences: readonly Sentence[]): Sentence[][] {
  const matcher = compileMatcher(
    terms.map((t, i) => ({ id: String(i), term: t.term, aliases: [...t.aliases], category: t.category })),
  );
  const order = new Map(sentences.map((s, i) => [s, i]));
  const found = terms.map((t) => new Set(t.sentences));
  for (const sentence of sentences) {
    for (const match of matcher.findAll(sentence.text)) found[match.entry]!.add(sentence);
  }
  return found.map((set) => [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}

/**
 * The kept candidates as terms, in candidate order, with the decided category. A renamed one
 * (同弓乡太公山胡柚基地 → 太公山胡柚基地) keeps the long form as an alias and joins the candidate
 * of the same name, if there is one.
 */
function keptTerms(decisions: readonly CandidateRecord[]): Term[] {
  const byTerm = new Map<string, Term>();
  for (const { evidence: e, decision } of decisions) {
    if (!decision.keep) continue;
    const rename = decision.rename;
    const form = rename?.term ?? e.term.term;
    // The long form stays an alias where it is the name with its place (同弓乡太公山胡柚基地) or a
    // quote as written (“重现江山旅游辉煌”), not where words of the clause were glued to a name by
    // its suffix (利用|创客电商孵化园, 景点有|江郎山景区, 改造成|沿溪公园, 走一走|古道): a reader's
    // page should light up the name, not the words before it.
    const clauseGlued = rename?.clause === true && !e.detectors.includes('quoted');
    const longForm = rename && !clauseGlued ? [e.term.term] : [];
    const known = byTerm.get(form);
    if (!known) {
      byTerm.set(form, {
        ...e.term,
        term: form,
        category: decision.category,
        aliases: new Set([...e.term.aliases, ...longForm]),
        sentences: [...e.term.sentences],
        rules: new Set(e.term.rules),
        ...(rename?.parent ? { parent: rename.parent } : {}),
      });
      continue;
    }
    for (const a of longForm) known.aliases.add(a);
    for (const a of e.term.aliases) known.aliases.add(a);
    for (const s of e.term.sentences) if (!known.sentences.includes(s)) known.sentences.push(s);
    for (const r of e.term.rules) known.rules.add(r);
  }
  return [...byTerm.values()];
}

const NO_TOWNS: ReadonlySet<string> = new Set();

/** What both rounds read, the same in each: found once per compile (compileGlossary). */
interface Corpus {
  sentences: Sentence[];
  register: PlaceRegister | undefined;
  /** The register detector's finds. */
  registerMentions: readonly RegisterMention[];
  /** Counties' short forms the articles write in full. */
  placeStems: ReadonlySet<string>;
  /** The register's towns each sentence names. */
  townsIn: ReadonlyMap<Sentence, ReadonlySet<string>>;
  /** Every division's name without its kind (溪口 of 溪口镇). */
  divisionStems: ReadonlySet<string>;
  /** Each article's text. */
  texts: ReadonlyMap<string, string>;
}

/** One round of the pipeline: every detector's candidates, their evidence and a decision each. */
function detectAndDecide(
  { sentences, register, registerMentions, placeStems, townsIn, divisionStems, texts }: Corpus,
  earlier: { dropped: ReadonlySet<string>; kept: ReadonlySet<string> },
): CandidateRecord[] {
  const rejected = new Map<string, Term>();
  const onReject: OnReject = (form, detector, sentence, judged, guess) => {
    const t = rejected.get(form) ?? {
      term: form,
      category: guess.category,
      kind: guess.kind,
      aliases: new Set<string>(),
      sentences: [],
      rules: new Set([detector]),
    };
    if ('division' in judged) t.division = judged.division;
    else (t.nameUses ??= []).push(judged.nameUse);
    if (!t.sentences.includes(sentence)) t.sentences.push(sentence);
    rejected.set(form, t);
  };
  const {
    terms: candidates,
    anchors,
    nameAnchors,
  } = extractTerms(
    sentences,
    onReject,
    earlier.dropped,
    placeStems,
    (s) => townsIn.get(s) ?? NO_TOWNS,
    divisionStems,
  );
  for (const m of registerMentions) {
    const t = add(candidates, m.place.name, 'place', m.place.kind, m.sentence, 'register');
    if (m.parent) t.parent ??= m.parent;
    if (m.bare) t.aliases.add(m.bare);
  }
  // A township's health centre is named after the township (何田乡卫生院): the towns the text
  // names, by their suffix or as the register has them; not a town the register has only outside
  // Quzhou (福建浦城|九牧镇卫生院), whose health centre is a body from elsewhere (LABELLING.md).
  const quzhouNames = new Set(register?.places.map((p) => p.name));
  const elsewhereOnly = (name: string) => !quzhouNames.has(name) && (register?.named(name) ?? 0) > 0;
  const towns = [...candidates.values()]
    .filter((t) => t.category === 'place' && !elsewhereOnly(t.term))
    .map((t) => t.term);
  for (const centre of findHealthCentres(sentences, towns))
    add(candidates, centre.term, 'organization', '医院', centre.sentence, 'pattern');
  // What the division and name rules drop while detecting is a candidate too, so that the decision
  // stage records why (--explain).
  // A division the register detector found is that detector's candidate, and is kept as such.
  for (const [form, t] of rejected) if (!candidates.has(form)) candidates.set(form, t);
  const proposed = [...candidates.values()];
  const evidence = gatherEvidence({
    terms: proposed,
    mentions: findMentions(proposed, sentences),
    ...(register ? { register } : {}),
    kept: earlier.kept,
    anchors,
    nameAnchors,
    articleTexts: texts,
  });
  return evidence.map((e) => ({ evidence: e, decision: decide(e) }));
}

export interface CompileOptions {
  /**
   * The national register of divisions (compiler/register/): every place of the prefecture
   * becomes an entry, the seeds' places are grounded in it, and every form's ambiguity is recorded.
   * Without it the glossary holds only what the seeds say.
   */
  register?: PlaceRegister;
}

export function compileGlossary(
  seeds: SeedText[],
  curated: Curated = EMPTY_CURATED,
  { register }: CompileOptions = {},
): CompileResult {
  const sources: SourceArticle[] = [];
  const allSentences: Sentence[] = [];
  for (const seed of [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const article = readArticle(seed.name, normalizeArticle(seed.text));
    sources.push(article.source);
    allSentences.push(...article.sentences);
  }
  const warnings: string[] = [];
  const entries = new Map<string, Omit<GlossaryEntry, 'id'>>();
  // Candidates → evidence → decisions → entries, twice: detectors that take a known term as
  // support (a list with a place in it) must not lean on one the decisions dropped (古廊桥 from
  // 古|廊桥 made 泥土瓦房 a place), so the second round runs without what the first dropped.
  const everyMention = register ? findRegisterPlaces(allSentences, register, generalDictionary()) : [];
  // An article that names a place elsewhere and no Quzhou place is about that place: it stays a
  // source, but its terms are that place's and none is taken (elsewhere-articles.ts). Without the
  // register nothing says what is Quzhou's, so every article is read.
  const elsewhere = register ? articlesAboutElsewhere(allSentences, register, everyMention) : [];
  const setAside = new Set(elsewhere);
  const sentences = allSentences.filter((s) => !setAside.has(s.file));
  const registerMentions = everyMention.filter((m) => !setAside.has(m.sentence.file));
  // 开化 of 开化县: Quzhou's city and counties by the short forms people write before a suffix,
  // where the articles write the full name somewhere (开化 alone is also a verb, to civilise).
  const placeStems = new Set(
    (register?.places ?? [])
      .filter((p) => p.level === 'county' || p.level === 'prefecture')
      .filter((p) => p.short && sentences.some((s) => s.text.includes(p.name)))
      .map((p) => p.short!),
  );
  // The towns the register detector found, by sentence: units for the name detector too, however
  // jieba reads them (何|家乡).
  const townsIn = new Map<Sentence, Set<string>>();
  for (const m of registerMentions) {
    if (m.place.level !== 'town') continue;
    const set = townsIn.get(m.sentence) ?? new Set<string>();
    set.add(m.place.name);
    townsIn.set(m.sentence, set);
  }
  // Every division's name without its kind (溪口 of 溪口镇, 石室 of 石室乡): a name before a place word.
  const divisionStems = new Set((register?.places ?? []).map((p) => p.stem));
  const texts = articleTexts(sentences);
  const corpus: Corpus = { sentences, register, registerMentions, placeStems, townsIn, divisionStems, texts };
  const first = detectAndDecide(corpus, { dropped: new Set(), kept: new Set() });
  const kept = new Set(
    first.filter((d) => d.decision.keep).map((d) => d.decision.rename?.term ?? d.evidence.term.term),
  );
  const dropped = new Set(first.filter((d) => !d.decision.keep).map((d) => d.evidence.term.term));
  for (const k of kept) dropped.delete(k);
  const decisions = detectAndDecide(corpus, { dropped, kept });
  const terms = keptTerms(decisions);
  // Again over what was kept: a dropped candidate (贺田村村) must not hide a kept one's mention (贺田村).
  const mentions = findMentions(terms, sentences);
  const placeOf = register ? groundTerms(terms, register) : undefined;
  const townStems = new Set(register?.places.filter((p) => p.level === 'town').map((p) => p.stem));
  const stemIsName = (stem: string) => !generalDictionary().has(stem) && !townStems.has(stem);
  const runBy = register ? runByFinder(register) : undefined;
  terms.forEach((t, i) => {
    const place = placeOf?.get(t);
    const entry = toEntry(place ? groundTerm(t, place) : t, mentions[i]!, runBy);
    if (place) {
      entry.parent = place.chain[0];
      entry.division = divisionOf(place);
      registerAliases(entry, place, stemIsName);
    }
    entries.set(t.term, entry);
  });
  foldAliasEntries(entries);
  applyCurated(entries, curated, sentences.map((s) => s.text).join('\n'), warnings);
  const all = [...entries.values()];
  if (register) {
    const grounded = new Set([...placeOf!.values()]);
    for (const place of register.places) if (!grounded.has(place)) all.push(registerEntry(place));
    all.push(...landmarkEntries(new Set(all.flatMap((e) => [e.term, ...e.aliases]))));
    noteLandmarkNamesakes(all);
    annotateAmbiguity(all, register, generalDictionary());
  }
  // Sorted by pinyin, then term, then register code (homonyms: 白沙村 of 柯城区 before 江山市's).
  const sorted = all.sort((a, b) => {
    const pa = tonelessTermPinyin(a.term);
    const pb = tonelessTermPinyin(b.term);
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (a.term !== b.term) return a.term < b.term ? -1 : 1;
    const ca = a.division?.code ?? '';
    const cb = b.division?.code ?? '';
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });
  return {
    glossary: { version: GLOSSARY_VERSION, sources, entries: assignIds(sorted) },
    warnings,
    decisions,
    elsewhere,
  };
}
