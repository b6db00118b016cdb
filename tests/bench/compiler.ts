/**
 * `npm run bench:compiler [-- --sizes 1,5,20] [--prof-dir DIR]`
 * Measures compileGlossary on the real seeds and on synthetic corpora of 1, 5 and 20 MB made of the
 * seeds' sentences, shuffled with a fixed-seed PRNG and cut into ~12 KB articles (deterministic).
 * Each size runs in its own child process, so its peak RSS (maxRSS) is its own. A benchmark, not a
 * test: it asserts nothing, but exits non-zero when a child fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileGlossary, type SeedText } from '../../compiler/compile';
import { readSeeds } from '../../compiler/read-seeds';
import { prng } from './prng';

const SEEDS_DIR = 'seeds';
/** MB here means 10^6 bytes of UTF-8 text. */
const MB = 1_000_000;
const ARTICLE_BYTES = 12 * 1024;
const PRNG_SEED = 0x5eed_2024;
/** The seeds run is short, so it is repeated and the median taken: it is the baseline of every ratio. */
const SEED_REPEATS = 5;
const DEFAULT_SIZES = [1, 5, 20];
/** Above this estimate for the largest size, say so before running it. */
const WARN_SECONDS = 6 * 60;
const RESULT_MARK = 'BENCH_RESULT ';

interface ChildResult {
  label: string;
  bytes: number;
  articles: number;
  seconds: number;
  entries: number;
  /** RSS after the warm-up and corpus generation, before the timed run (MB). */
  baseRssMb: number;
  /** process.resourceUsage().maxRSS at the end of the child (MB). */
  peakRssMb: number;
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function loadSeeds(): SeedText[] {
  return readSeeds(SEEDS_DIR).seeds.map((s) => ({ name: s.name, text: s.text }));
}

/** Sentences (with their closing punctuation and quotes) and headline-like lines of the seeds. */
function sentencePool(seeds: SeedText[]): string[] {
  const pool: string[] = [];
  for (const seed of seeds) {
    for (const line of seed.text.split(/\r?\n/)) {
      const text = line.trim();
      if (!text) continue;
      for (const m of text.match(/[^。！？；!?;]+(?:[。！？；!?;]+[”’）」]*|$)/g) ?? []) {
        const s = m.trim();
        if (s) pool.push(s);
      }
    }
  }
  return pool;
}

const ENDS_SENTENCE = /[。！？；!?;][”’）」]*$/;

/**
 * Articles of ~ARTICLE_BYTES, totalling at least `targetBytes` of text: the pool shuffled afresh
 * (Fisher–Yates) for every pass over it, sentences grouped into paragraphs of 2–6; a fragment
 * without closing punctuation (a headline, an OCR break) stands as its own line, as in the seeds.
 */
function syntheticCorpus(seeds: SeedText[], targetBytes: number, seed = PRNG_SEED): SeedText[] {
  const pool = sentencePool(seeds);
  const random = prng(seed);
  const articles: SeedText[] = [];
  let total = 0;
  let paragraphs: string[] = [];
  let paragraph = '';
  let sentencesInParagraph = 0;
  let paragraphTarget = 2;
  let articleBytes = 0;
  const flushParagraph = () => {
    if (paragraph) paragraphs.push(paragraph);
    paragraph = '';
    sentencesInParagraph = 0;
    paragraphTarget = 2 + Math.floor(random() * 5);
  };
  const flushArticle = () => {
    flushParagraph();
    if (paragraphs.length === 0) return;
    const name = `synthetic_${String(articles.length).padStart(5, '0')}.txt`;
    articles.push({ name, text: `${paragraphs.join('\n\n')}\n` });
    paragraphs = [];
    articleBytes = 0;
  };
  while (total < targetBytes) {
    const order = [...pool];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const bytes = utf8Bytes(s);
      total += bytes;
      articleBytes += bytes;
      if (!ENDS_SENTENCE.test(s)) {
        flushParagraph();
        paragraphs.push(s);
      } else {
        paragraph += s;
        if (++sentencesInParagraph >= paragraphTarget) flushParagraph();
      }
      if (articleBytes >= ARTICLE_BYTES) flushArticle();
      if (total >= targetBytes) break;
    }
  }
  flushArticle();
  return articles;
}

function timeCompile(input: SeedText[]): { seconds: number; entries: number } {
  const start = process.hrtime.bigint();
  const { glossary } = compileGlossary(input);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, entries: glossary.entries.length };
}

/** Child: one size, warm-up on the seeds, one timed run (median of several for the seeds). */
function runChild(label: string): void {
  const seeds = loadSeeds();
  compileGlossary(seeds); // warm-up: jieba dictionary, JIT
  const input = label === 'seeds' ? seeds : syntheticCorpus(seeds, Number(label) * MB);
  const bytes = input.reduce((n, a) => n + utf8Bytes(a.text), 0);
  const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
  let run: { seconds: number; entries: number };
  if (label === 'seeds') {
    const runs = Array.from({ length: SEED_REPEATS }, () => timeCompile(input));
    runs.sort((a, b) => a.seconds - b.seconds);
    run = runs[Math.floor(runs.length / 2)]!;
  } else {
    run = timeCompile(input);
  }
  const result: ChildResult = {
    label,
    bytes,
    articles: input.length,
    seconds: run.seconds,
    entries: run.entries,
    baseRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

function spawnChild(label: string, profDir: string | undefined): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const prof = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  const child = spawnSync(process.execPath, [...prof, '--import', 'tsx', self, '--child', label], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.error || child.status !== 0 || !line) {
    const why =
      child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`);
    console.error(`error: benchmark child for size "${label}" failed (${why})`);
    if (child.stdout) console.error(child.stdout.trim());
    process.exit(1);
  }
  return JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult;
}

/** Least-squares slope of ln(time) against ln(bytes): 1 is linear, 2 quadratic. */
function scalingExponent(rows: ChildResult[]): number {
  const xs = rows.map((r) => Math.log(r.bytes));
  const ys = rows.map((r) => Math.log(r.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

const mb = (bytes: number) => bytes / MB;

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

function printTable(rows: ChildResult[], seed: ChildResult): void {
  const head = [
    'corpus',
    'input MB',
    'articles',
    'time s',
    'MB/s',
    'entries',
    'base RSS MB',
    'peak RSS MB',
    'vs linear',
  ];
  const body = rows.map((r) => [
    r.label === 'seeds' ? '5 seeds' : `synthetic ${r.label} MB`,
    mb(r.bytes).toFixed(3),
    String(r.articles),
    r.seconds.toFixed(2),
    (mb(r.bytes) / r.seconds).toFixed(3),
    String(r.entries),
    r.baseRssMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    r === seed ? 'baseline' : (r.seconds / ((r.bytes / seed.bytes) * seed.seconds)).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  console.log(row(head, widths));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(row(b, widths));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      sizes: { type: 'string' },
      'prof-dir': { type: 'string' },
    },
    strict: true,
  });
  if (values.child !== undefined) {
    runChild(values.child);
    return;
  }
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  if (sizes.some((s) => !(s > 0)))
    throw new Error(`--sizes: expected positive numbers of MB, got "${values.sizes}"`);
  sizes.sort((a, b) => a - b);
  const profDir = values['prof-dir'];
  const started = Date.now();

  console.log(
    `compiler benchmark: node ${process.version}, one child process per corpus, warm-up run on the seeds in each`,
  );
  const seed = spawnChild('seeds', profDir);
  const rows = [seed];
  console.log(
    `baseline (5 seeds, ${(seed.bytes / 1024).toFixed(1)} KB, median of ${SEED_REPEATS}): ` +
      `${seed.seconds.toFixed(3)} s = ${(seed.seconds / mb(seed.bytes)).toFixed(2)} s/MB; "vs linear" is ` +
      `time / (size/seed size × seed time), 1.0 = linear`,
  );
  for (const size of sizes) {
    const prev = rows[rows.length - 1]!;
    if (prev !== seed) {
      const linear = (prev.seconds * size * MB) / prev.bytes;
      const k = scalingExponent(rows);
      const fitted = prev.seconds * ((size * MB) / prev.bytes) ** Math.max(1, k);
      const note =
        linear > WARN_SECONDS || fitted > WARN_SECONDS ? ' — over 6 minutes, running it anyway' : '';
      console.log(
        `estimate for ${size} MB: ${linear.toFixed(0)} s at the ${prev.label} MB rate, ` +
          `${fitted.toFixed(0)} s with the fitted exponent ${k.toFixed(2)}${note}`,
      );
    }
    const r = spawnChild(String(size), profDir);
    rows.push(r);
    console.log(
      `  ${size} MB: ${r.seconds.toFixed(1)} s, ${r.entries} entries, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
  }

  console.log('');
  printTable(rows, seed);
  console.log('');
  const k = scalingExponent(rows);
  const kSynthetic = rows.length > 2 ? scalingExponent(rows.slice(1)) : NaN;
  const largest = rows[rows.length - 1]!;
  console.log(
    `scaling exponent ${k.toFixed(2)} (linear is 1.0; log-log fit over all ${rows.length} corpora` +
      `${rows.length > 2 ? `, ${kSynthetic.toFixed(2)} over the synthetic ones only` : ''}); ` +
      `peak RSS ${sizes[sizes.length - 1]} MB corpus: ${largest.peakRssMb.toFixed(0)} MB; ` +
      `total ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main();
