/**
 * `npm run eval [-- --glossary FILE] [--labels FILE] [--no-curated [--seeds DIR]]`
 * Scores the compiled glossary against the hand-labelled terms and lists what it missed, what it
 * found that is not labelled, and what it put in the wrong category. With `--no-curated` it
 * compiles the seeds in memory without the curated file and scores the automatic output alone.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileGlossary } from './compile';
import { CompileError } from './errors';
import { readSeeds } from './read-seeds';
import {
  entryIndex,
  evaluateGlossary,
  normalizeTerm,
  type EvaluatedEntry,
  type LabelledTerm,
} from './evaluate';

const USAGE = 'usage: npm run eval -- [--glossary FILE] [--labels FILE] [--no-curated [--seeds DIR]]';

class UsageError extends Error {}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readEntries(file: string): EvaluatedEntry[] {
  const json = readJson(file);
  const entries = isRecord(json) ? json.entries : undefined;
  if (!Array.isArray(entries)) throw new UsageError(`${file}: expected a glossary with an "entries" array`);
  return entries.map((e: unknown, i) => {
    if (!isRecord(e) || typeof e.term !== 'string' || typeof e.category !== 'string') {
      throw new UsageError(`${file}: entries[${i}] has no string "term" and "category"`);
    }
    const aliases = Array.isArray(e.aliases)
      ? e.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    return { term: e.term, aliases, category: e.category };
  });
}

function readLabels(file: string): { terms: LabelledTerm[]; negatives: string[] } {
  const json = readJson(file);
  const terms = isRecord(json) ? json.terms : undefined;
  if (!Array.isArray(terms)) throw new UsageError(`${file}: expected an object with a "terms" array`);
  const labelled = terms.map((t: unknown, i) => {
    if (!isRecord(t) || typeof t.term !== 'string' || typeof t.category !== 'string') {
      throw new UsageError(`${file}: terms[${i}] has no string "term" and "category"`);
    }
    return { term: t.term, category: t.category };
  });
  const negatives = isRecord(json) && Array.isArray(json.negatives) ? json.negatives : [];
  return { terms: labelled, negatives: negatives.filter((n): n is string => typeof n === 'string') };
}

/** The automatic output alone: the seeds compiled in memory, without the curated file. */
function compileUncurated(dir: string): EvaluatedEntry[] {
  const { seeds } = readSeeds(dir);
  const { glossary } = compileGlossary(seeds.map((s) => ({ name: s.name, text: s.text })));
  return glossary.entries;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function list(title: string, items: string[]): void {
  console.log(`\n${title} (${items.length}):`);
  if (items.length === 0) console.log('  (none)');
  for (const item of items) console.log(`  ${item}`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      glossary: { type: 'string', default: 'data/glossary.json' },
      labels: { type: 'string', default: 'tests/fixtures/labelled-terms.json' },
      seeds: { type: 'string', default: 'seeds' },
      'no-curated': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const entries = values['no-curated'] ? compileUncurated(values.seeds) : readEntries(values.glossary);
  const source = values['no-curated'] ? `${values.seeds} compiled without curation` : values.glossary;
  const { terms, negatives } = readLabels(values.labels);
  const r = evaluateGlossary(entries, terms);
  const truePositives = entries.length - r.extra.length;
  const correct = r.found - r.wrongCategory.length;

  console.log(
    `${source} (${entries.length} entries) against ${values.labels} (${r.expected} labelled terms)`,
  );
  console.log(`recall             ${pct(r.recall)}  (${r.found} / ${r.expected} labelled terms found)`);
  console.log(
    `precision          ${pct(r.precision)}  (${truePositives} / ${entries.length} entries are labelled terms)`,
  );
  console.log(
    `category accuracy  ${pct(r.categoryAccuracy)}  (${correct} / ${r.found} found terms in the labelled category)`,
  );

  const index = entryIndex(entries);
  const labelOf = new Map(terms.map((t) => [normalizeTerm(t.term), t] as const));
  list('missed: labelled, not in the glossary', r.missed);
  list('extra: in the glossary, not labelled', r.extra);
  list(
    'wrong category: labelled category → glossary category',
    r.wrongCategory.map((term) => {
      const entry = index.get(normalizeTerm(term));
      const via =
        entry && normalizeTerm(entry.term) !== normalizeTerm(term) ? ` (alias of ${entry.term})` : '';
      return `${term}: ${labelOf.get(normalizeTerm(term))?.category} → ${entry?.category}${via}`;
    }),
  );
  if (negatives.length > 0) {
    const present = negatives.filter((n) => index.has(normalizeTerm(n)));
    list(`labelled negatives in the glossary (${negatives.length} listed)`, present);
  }
}

try {
  main();
} catch (err) {
  if (err instanceof UsageError || err instanceof CompileError) {
    console.error(`error: ${err.message}`);
    process.exit(1);
  }
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  throw err;
}
