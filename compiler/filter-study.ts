/**
 * A study, not part of the compiler: how much precision a score learned from the read sets' labels
 * would buy on the blind sets, and at what cost in right entries. Every entry the compiler keeps
 * (register places aside: they are kept whatever the score) is described by general evidence (its
 * rule, detectors, kind, category, jieba's reading, how often and in how many articles it is
 * written); a logistic regression is fitted on the read sets, checked leaving one read set out at a
 * time, then fitted on all of them and applied to the blind sets, of which only totals are printed.
 *
 *   npm run eval:filter-study -- --read seeds,dev,… --blind holdout10,…
 */
import { compileGlossary } from './compile';
import { EMPTY_CURATED } from './curated';
import { readSet, readSetTexts, setLabels } from './eval-sets';
import { labelNamer, normalizeTerm } from './evaluate';
import { generalDictionary } from './lexicon';
import { buildPlaceRegister, type PlaceRegister } from './register/places';
import { readRegister } from './register/read-register';
import { isSpecific } from './specific';

interface Row {
  set: string;
  ok: boolean;
  /** Kept whatever the score: the register's places. */
  always: boolean;
  features: Map<string, number>;
}

function rowsOf(name: string, register: PlaceRegister): Row[] {
  const set = readSet(`eval/sets/${name}.json`);
  const { texts } = readSetTexts(set);
  const { terms } = setLabels(texts.map((t) => t.article));
  const namesALabel = labelNamer(terms);
  const articles = texts.map((t) => ({ name: t.article.id, text: t.text }));
  const { glossary, decisions } = compileGlossary(articles, EMPTY_CURATED, { register });
  const kept = new Map(
    decisions
      .filter((d) => d.decision.keep)
      .map((d) => [normalizeTerm(d.decision.rename?.term ?? d.evidence.term.term), d]),
  );
  const freq = (word: string) => generalDictionary().get(word)?.freq ?? 0;
  return glossary.entries
    .filter((entry) => entry.sources.length > 0)
    .map((entry) => {
      const ok = namesALabel(entry);
      const d = kept.get(normalizeTerm(entry.term));
      const f = new Map<string, number>();
      if (!d) return { set: name, ok, always: true, features: f };
      const e = d.evidence;
      const use = e.term.nameUses?.[0];
      const freqs = e.tokens.map((t) => freq(t.word));
      f.set(`category ${entry.category}`, 1);
      f.set(`rule ${d.decision.rule}`, 1);
      for (const detector of e.detectors) f.set(`detector ${detector}`, 1);
      f.set(`kind ${e.term.kind}`, 1);
      f.set(`first tag ${e.tokens[0]?.tag ?? '-'}`, 1);
      f.set('uses', Math.log1p(e.occurrences.length));
      f.set('articles', Math.log1p(e.articles));
      f.set('quotes', Math.log1p(e.term.quoted?.length ?? 0));
      f.set('length', entry.term.length / 10);
      f.set('words', e.tokens.length / 5);
      f.set('unknown word', e.tokens.some((t) => t.tag === 'x' && t.word.length >= 2) ? 1 : 0);
      f.set('rarest word', Math.log1p(Math.min(...freqs)) / 10);
      f.set('commonest word', Math.log1p(Math.max(...freqs, 0)) / 10);
      f.set('edge support', use ? use.support / 4 : 0);
      f.set('after 的', use?.afterDe ? 1 : 0);
      f.set('stem names one thing', use && e.anchors && isSpecific(use.stem, e.anchors, false) ? 1 : 0);
      f.set('has aliases', entry.aliases.length > 0 ? 1 : 0);
      f.set('one dictionary word', e.word ? 1 : 0);
      f.set('Quzhou place within', e.register?.within ? 1 : 0);
      f.set('divisions so named', Math.log1p(e.register?.named ?? 0));
      return { set: name, ok, always: d.decision.rule === 'register', features: f };
    });
}

/** Logistic regression by full-batch gradient descent: deterministic, no dependency. */
function fit(rows: readonly Row[], epochs = 1500, rate = 1, l2 = 0.003): (row: Row) => number {
  const data = rows.filter((r) => !r.always);
  const w = new Map<string, number>();
  let bias = 0;
  const z = (r: Row) => {
    let s = bias;
    for (const [k, v] of r.features) s += (w.get(k) ?? 0) * v;
    return s;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map<string, number>();
    let gradBias = 0;
    for (const r of data) {
      const err = 1 / (1 + Math.exp(-z(r))) - (r.ok ? 1 : 0);
      gradBias += err;
      for (const [k, v] of r.features) grad.set(k, (grad.get(k) ?? 0) + err * v);
    }
    bias -= (rate * gradBias) / data.length;
    for (const [k, g] of grad) w.set(k, (w.get(k) ?? 0) - rate * (g / data.length + l2 * (w.get(k) ?? 0)));
  }
  return (r) => 1 / (1 + Math.exp(-z(r)));
}

const THRESHOLDS = [0.75, 0.85, 0.9];

function report(label: string, rows: readonly Row[], score: (r: Row) => number): void {
  const right = rows.filter((r) => r.ok).length;
  const cells = [`${label}: ${rows.length} entries, precision ${((100 * right) / rows.length).toFixed(1)}%`];
  for (const t of THRESHOLDS) {
    const kept = rows.filter((r) => r.always || score(r) >= t);
    const ok = kept.filter((r) => r.ok).length;
    cells.push(
      `score ≥ ${t}: ${kept.length} kept, precision ${((100 * ok) / kept.length).toFixed(1)}%, ${right - ok} right entries lost`,
    );
  }
  console.log(cells.join(' | '));
}

function main(argv: readonly string[]): void {
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    const value = at >= 0 ? argv[at + 1] : undefined;
    if (!value) throw new Error(`filter-study: ${name} SET,SET,… is required`);
    return value.split(',');
  };
  const readSets = arg('--read');
  const blindSets = arg('--blind');
  // Fitting on a blind set would tune on it.
  for (const name of readSets)
    if (readSet(`eval/sets/${name}.json`).blind)
      throw new Error(
        `filter-study: ${name} is a blind set (eval/sets/${name}.json): give it to --blind only`,
      );
  const register = buildPlaceRegister(readRegister());
  const read = readSets.flatMap((name) => rowsOf(name, register));
  console.log('Leaving each read set out in turn:');
  const scores = new Map<Row, number>();
  for (const name of readSets) {
    const model = fit(read.filter((r) => r.set !== name));
    const held = read.filter((r) => r.set === name);
    for (const r of held) scores.set(r, model(r));
    report(name, held, (r) => scores.get(r)!);
  }
  report('all read sets', read, (r) => scores.get(r)!);
  console.log('Fitted on every read set, applied to the blind sets (totals only):');
  const model = fit(read);
  const blind = blindSets.flatMap((name) => rowsOf(name, register));
  for (const name of blindSets)
    report(
      name,
      blind.filter((r) => r.set === name),
      model,
    );
  report('all blind sets', blind, model);
}

main(process.argv.slice(2));
