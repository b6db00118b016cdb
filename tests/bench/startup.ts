/**
 * Content-script startup per frame, in Chromium: what the glossary data costs a frame before and
 * during its first scan of a small real-size page (tests/e2e/fixtures/news.html, about 10 KB of
 * text). Each scenario is the content script's data path bundled with esbuild as the build inlines
 * it (one JSON.parse of the data, as Vite emits it) plus the real matcher, scanner and highlighter,
 * injected into a fresh tab:
 *   - baseline: the seeds-only glossary (no register, about 240 entries) bundled whole with its
 *     summaries and sources, matched from its entries: what the content script did before the
 *     register and the match index;
 *   - shipped: data/match-index.json (every Quzhou division, about 2,000 entries), its automaton
 *     loaded as built at build time, as the content script does when the reader has no entries;
 *   - 10,000 built-in entries (synthetic, tests/bench/synthetic-glossary.ts) in a match index, the
 *     same way;
 *   - shipped + 5,000 of the reader's own entries (USER_LIMITS.entries), which reach content
 *     scripts as forms through storage (lib/storage/user-forms.ts) and make the frame compile the
 *     automaton.
 * Per scenario (median of the runs): parse + evaluate (the script element's append, which parses
 * the bundle, parses the data and compiles the automaton; split into the parse up to the data and
 * the entries and matcher after it), the first scan (start → idle), and the
 * heap it keeps after a GC. Also prints the built content.js size. Figures only, no pass/fail.
 *
 *   npm run build && npm run bench:startup [-- --runs 7]
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Glossary, UserEntry } from '../../lib/glossary/glossary';
import type { MatchIndex } from '../../lib/matching/page-entries';
import { compileGlossary } from '../../compiler/compile';
import { parseCurated } from '../../compiler/curated';
import { generalDictionary } from '../../compiler/lexicon';
import { buildMatchIndex } from '../../compiler/match-index';
import { readSeeds } from '../../compiler/read-seeds';
import { EXTENSION_DIR, FIXTURES_DIR, ROOT, launchBrowser, startFixtureServer } from '../e2e/harness';
import { formsOf } from '../../lib/storage/user-forms';
import { syntheticGlossary } from './synthetic-glossary';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : 5) || 5);
const PAGE = 'news.html';

interface Scenario {
  name: string;
  entries: number;
  /** Bytes of data inlined into the bundle. */
  dataBytes: number;
  code: string;
}

interface Figures {
  /** From the script's append to its data parsed: the bundle's and the data's parse. */
  parseMs: number;
  evaluateMs: number;
  scanMs: number;
  heapMB: number;
  highlights: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** `JSON.parse('…')` of the value, as Vite inlines a large JSON import. */
function inlined(value: unknown): { literal: string; bytes: number } {
  const json = JSON.stringify(value);
  return { literal: `JSON.parse(${JSON.stringify(json)})`, bytes: Buffer.byteLength(json) };
}

/** Runs after the data: compiles, scans, and leaves its times in window.__startup. */
const SCAN = `
  import { createHighlighter } from './lib/page/highlighter';
  import { createPageScanner } from './lib/page/page-scanner';
  export function scan(matcher, t0, parsed) {
    const evaluated = performance.now();
    const highlighter = createHighlighter({ document });
    const scanner = createPageScanner({ root: document, matcher, highlighter });
    scanner.start();
    window.__startup = scanner.idle().then(() => ({
      evaluateMs: evaluated - t0,
      parseMs: parsed - t0,
      scanMs: performance.now() - evaluated,
      highlights: scanner.counts().total,
    }));
  }`;

async function bundle(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js', sourcefile: 'startup-entry.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A scenario's bundle: the data, then the content script's way from it to a matcher. */
async function scenario(name: string, entries: number, data: string, toMatcher: string, bytes: number) {
  const code = await bundle(`
    ${SCAN.replace('export function scan', 'function scan')}
    import { compileMatcher, matcherOver } from './lib/matching/matcher';
    import { decodeAutomaton } from './lib/matching/automaton-data';
    import { indexEntries, userPageEntry } from './lib/matching/page-entries';
    import { readingPages } from './lib/matching/reading-aids';
    import { mergeEntries } from './lib/storage/user-entries';
    import { normalizeForms } from './lib/storage/user-forms';
    const t0 = window.__t0;
    ${data}
    const parsed = performance.now();
    scan((() => { ${toMatcher} })(), t0, parsed);
  `);
  return { name, entries, dataBytes: bytes, code } satisfies Scenario;
}

async function scenarios(): Promise<Scenario[]> {
  const shipped = JSON.parse(readFileSync(path.join(ROOT, 'data/match-index.json'), 'utf8')) as MatchIndex;
  const glossary = JSON.parse(readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')) as Glossary;

  // Before the register: the seeds alone, bundled whole.
  const { seeds } = readSeeds(path.join(ROOT, 'seeds'));
  const curated = parseCurated(
    readFileSync(path.join(ROOT, 'data/curated.json'), 'utf8'),
    'data/curated.json',
  );
  const before = compileGlossary(
    seeds.map((seed) => ({ name: seed.name, text: seed.text })),
    curated,
  ).glossary;
  const whole = inlined(before);

  const big = buildMatchIndex(
    { ...glossary, entries: syntheticGlossary(glossary.entries, 10_000) },
    generalDictionary(),
    shipped.qualifiers,
  );
  const bigData = inlined(big);
  const shippedData = inlined(shipped);

  // The reader's own entries, as the forms mirror in storage holds them.
  const now = Date.UTC(2026, 0, 1);
  const own: UserEntry[] = syntheticGlossary(glossary.entries, glossary.entries.length + 5000)
    .slice(glossary.entries.length)
    .map((e, i) => ({
      id: `user-${i}`,
      term: e.term,
      aliases: e.aliases,
      category: e.category,
      pinyin: e.pinyin,
      summary: e.summary,
      sources: e.sources.slice(0, 1),
      origin: 'user',
      updatedAt: now,
    }));
  const overlay = inlined(formsOf({ entries: own, hidden: [] }));

  // As the content script does for the built-in entries: the automaton compiled at build time.
  const fromIndex = `
    const entries = indexEntries(DATA);
    return readingPages(matcherOver(entries, decodeAutomaton(DATA.automaton)), DATA);`;
  return [
    await scenario(
      `baseline: seeds only, whole glossary`,
      before.entries.length,
      `const DATA = ${whole.literal};`,
      'return compileMatcher(DATA.entries);',
      whole.bytes,
    ),
    await scenario(
      'shipped match index',
      shipped.entries.length,
      `const DATA = ${shippedData.literal};`,
      fromIndex,
      shippedData.bytes,
    ),
    await scenario(
      'synthetic match index',
      big.entries.length,
      `const DATA = ${bigData.literal};`,
      fromIndex,
      bigData.bytes,
    ),
    await scenario(
      "shipped + 5,000 reader's entries",
      shipped.entries.length + own.length,
      `const DATA = ${shippedData.literal}; const OWN = ${overlay.literal};`,
      `
      const builtIn = indexEntries(DATA);
      const byId = new Map(builtIn.map((e) => [e.id, e]));
      const forms = normalizeForms(OWN);
      const own = new Set(forms.entries);
      const entries = mergeEntries(builtIn, forms.entries).map((e) => (own.has(e) ? userPageEntry(e, byId.get(e.id)) : e));
      return readingPages(compileMatcher(entries, { blockers: DATA.blockers }), DATA);`,
      shippedData.bytes + overlay.bytes,
    ),
  ];
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

async function measure(page: Page, url: string, code: string): Promise<Figures> {
  await page.goto(url, { waitUntil: 'load' });
  const heapBefore = await heapUsed(page);
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    (window as unknown as { __t0: number }).__t0 = performance.now();
    document.head.append(script);
  }, code);
  const figures = (await page.evaluate(
    () => (window as unknown as { __startup: Promise<unknown> }).__startup,
  )) as Omit<Figures, 'heapMB'>;
  const heapAfter = await heapUsed(page);
  return { ...figures, heapMB: (heapAfter - heapBefore) / 1e6 };
}

async function main(): Promise<void> {
  const list = await scenarios();
  const server = await startFixtureServer(FIXTURES_DIR);
  const session = await launchBrowser({ extension: false });
  try {
    const page = await session.context.newPage();
    const url = server.url(PAGE);
    const text = await (async () => {
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(() => document.body.innerText.length);
    })();
    console.log(
      `bench:startup: ${PAGE} (${text.toLocaleString('en')} characters of text), ${RUNS} runs each, median\n`,
    );
    const rows: string[][] = [];
    let baseline: Figures | undefined;
    for (const s of list) {
      await measure(page, url, s.code); // warm-up: browser caches, not the script (a fresh tab each run)
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(page, url, s.code));
      const m: Figures = {
        parseMs: median(runs.map((r) => r.parseMs)),
        evaluateMs: median(runs.map((r) => r.evaluateMs)),
        scanMs: median(runs.map((r) => r.scanMs)),
        heapMB: median(runs.map((r) => r.heapMB)),
        highlights: median(runs.map((r) => r.highlights)),
      };
      baseline ??= m;
      const vs = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
      rows.push([
        s.name,
        s.entries.toLocaleString('en'),
        `${(s.dataBytes / 1024).toFixed(0)} kB`,
        `${m.evaluateMs.toFixed(1)} ms`,
        `${m.parseMs.toFixed(1)} ms`,
        `${(m.evaluateMs - m.parseMs).toFixed(1)} ms`,
        `${m.scanMs.toFixed(1)} ms`,
        `${(m.evaluateMs + m.scanMs).toFixed(1)} ms (${vs(m.evaluateMs + m.scanMs, baseline.evaluateMs + baseline.scanMs)})`,
        `${m.heapMB.toFixed(1)} MB (${vs(m.heapMB, baseline.heapMB)})`,
        String(m.highlights),
      ]);
    }
    const head = [
      'scenario',
      'entries',
      'data',
      'parse+evaluate',
      '= parse',
      '+ entries, matcher',
      'first scan',
      'total (vs baseline)',
      'heap kept',
      'highlights',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
    const content = path.join(EXTENSION_DIR, 'content-scripts', 'content.js');
    try {
      console.log(`\nbuilt content.js: ${(statSync(content).size / 1024).toFixed(0)} kB`);
    } catch {
      console.log('\nbuilt content.js: not built (npm run build)');
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
