/**
 * `npm run eval [-- --sets seeds,madeup1,madeup4,dev,test] [--curated FILE] [--quiet] [--why] [--rules]`
 * Compiles each labelled set's articles (eval/sets/, see eval/LABELLING.md) with the register, once
 * without and once with the curated file, and scores what the articles gave: precision over the
 * entries with a source in them (register places the articles never name are not the compiler's
 * output), recall and category accuracy over the labels, expansions carried, and the Quzhou
 * divisions the labels name. It lists the wrong, missed and miscategorised terms of the automatic
 * output, and with `--why` the decision behind each of them. With `--rules`, after all the sets,
 * each decision rule that dropped a labelled term or kept a labelled negative, with the counts:
 * read sets only, as `--why`. The `test` set is for the end of a change: look at `dev` while
 * working.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileGlossary, type CandidateRecord } from './compile';
import { EMPTY_CURATED, parseCurated, type Curated } from './curated';
import { CompileError } from './errors';
import {
  evaluateGlossary,
  normalizeTerm,
  entryIndex,
  type EvaluatedEntry,
  type LabelledTerm,
} from './evaluate';
import { labelsNotInText, readSet, readSetTexts, setLabels, SetError } from './eval-sets';
import { decisionLine } from './eval-why';
import { formatTallies, tallyRules, type RuleTally } from './eval-rules';
import { buildPlaceRegister, type PlaceRegister } from './register/places';
import { readRegister } from './register/read-register';

const USAGE =
  'usage: npm run eval -- [--sets seeds,madeup1,madeup4,dev,test] [--curated FILE] [--quiet] [--why] [--rules]';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function list(title: string, items: string[]): void {
  console.log(`  ${title} (${items.length}): ${items.length ? items.join(' | ') : '(none)'}`);
}

function score(
  label: string,
  entries: EvaluatedEntry[],
  terms: LabelledTerm[],
  negatives: string[],
  register: PlaceRegister,
  details: boolean,
  /** With --why: the decisions, to say why each wrong or missed term is so. */
  why?: readonly CandidateRecord[],
): void {
  const r = evaluateGlossary(entries, terms);
  const correct = r.found - r.wrongCategory.length;
  const places = new Set(register.places.map((p) => p.name));
  const divisions = terms.filter((t) => t.category === 'place' && places.has(t.term));
  const index = entryIndex(entries);
  const divisionsMissed = divisions.filter((t) => !index.has(normalizeTerm(t.term))).map((t) => t.term);
  console.log(
    `  ${label.padEnd(18)} precision ${pct(r.precision)} (${entries.length - r.extra.length}/${entries.length})` +
      `  recall ${pct(r.recall)} (${r.found}/${r.expected})` +
      `  category ${pct(r.categoryAccuracy)} (${correct}/${r.found})` +
      `  expansions ${r.expansions.carried}/${r.expansions.expected}` +
      `  divisions ${divisions.length - divisionsMissed.length}/${divisions.length}`,
  );
  if (!details) return;
  const negative = new Set(negatives.map(normalizeTerm));
  list(
    'wrong: entries no label names',
    r.extra.map((t) => (negative.has(normalizeTerm(t)) ? `${t}（negative）` : t)),
  );
  list('missed', r.missed);
  const labelOf = new Map(terms.map((t) => [t.term, t.category]));
  list(
    'wrong category (labelled → compiled)',
    r.wrongCategory.map((t) => `${t} ${labelOf.get(t)}→${index.get(normalizeTerm(t))?.category ?? '?'}`),
  );
  list('expansion not carried', r.expansions.missing);
  list('register divisions missed', divisionsMissed);
  if (!why) return;
  console.log('  why wrong:');
  for (const t of r.extra) console.log(`    ${decisionLine(t, why)}`);
  console.log('  why missed:');
  for (const t of r.missed) console.log(`    ${decisionLine(t, why)}`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string', default: 'seeds,madeup1,madeup4,dev,test' },
      curated: { type: 'string', default: 'data/curated.json' },
      quiet: { type: 'boolean', default: false },
      why: { type: 'boolean', default: false },
      rules: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const curated: Curated = existsSync(values.curated)
    ? parseCurated(readFileSync(values.curated, 'utf8'), values.curated)
    : EMPTY_CURATED;
  // Every set file is read and checked before the register's 665,276 rows are.
  const sets = values.sets
    .split(',')
    .filter(Boolean)
    .map((name) => ({ name, file: path.join('eval', 'sets', `${name}.json`) }))
    .map(({ name, file }) => ({ name, file, set: readSet(file) }));
  const register = buildPlaceRegister(readRegister());
  const tallies = new Map<string, RuleTally>();
  for (const { name, file, set } of sets) {
    const { texts, absent, dir } = readSetTexts(set);
    console.log(
      `\n${name}: ${set.articles.length} articles labelled in ${file}, texts from ${dir}/` +
        (set.blind ? ' (blind: figures only)' : ''),
    );
    if (absent.length > 0)
      console.log(
        `  ${absent.length} texts absent (${absent.join(', ')}): third-party text is not committed; see eval/README.md`,
      );
    const changed = texts.filter((t) => t.changed);
    if (changed.length > 0) {
      // Restored copies (eval/README.md) differ in their bytes; what matters is whether each still
      // writes every label, so those that do not are named with how many they lack.
      const short = changed
        .map((t) => ({ id: t.article.id, ...labelsNotInText(t.article, t.text) }))
        .filter((c) => c.absent > 0);
      console.log(
        `  ${changed.length} texts differ from the ones labelled (SHA-256); ` +
          (short.length === 0
            ? 'each writes every one of its labels'
            : `${changed.length - short.length} write every label, these do not: ` +
              short.map((c) => `${c.id} lacks ${c.absent} of ${c.of}`).join(', ')),
      );
    }
    if (texts.length === 0) continue;
    const { terms, negatives } = setLabels(texts.map((t) => t.article));
    const seeds = texts.map((t) => ({ name: t.article.id, text: t.text }));
    for (const [label, c] of [
      ['automatic', EMPTY_CURATED],
      ['with curated.json', curated],
    ] as const) {
      const { glossary, decisions } = compileGlossary(seeds, c, { register });
      // What the articles gave: entries with a source there, and curated additions.
      const entries = glossary.entries.filter((e) => e.sources.length > 0 || e.origin === 'curated');
      // A blind set is scored, never read: its figures only, whatever the options.
      const details = !values.quiet && !set.blind && c === EMPTY_CURATED;
      score(
        label,
        entries,
        terms,
        negatives,
        register,
        details,
        details && values.why ? decisions : undefined,
      );
      if (values.rules && !set.blind && c === EMPTY_CURATED) tallyRules(tallies, decisions, terms, negatives);
    }
  }
  if (!values.rules) return;
  console.log(`\nrules against the labels (${sets.map((s) => s.name).join(', ')}):`);
  for (const line of formatTallies(tallies)) console.log(`  ${line}`);
}

try {
  main();
} catch (err) {
  if (err instanceof SetError || err instanceof CompileError) {
    console.error(`error: ${err.message}`);
    process.exit(1);
  }
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  throw err;
}
