/**
 * Popup search benchmark: a synthetic 10,000-entry glossary built from the real entries' pieces
 * (deterministic seed), queries typed keystroke by keystroke, the index (lib/search/search.ts) against a
 * naive linear scan that normalises pinyin on every query. Prints figures; no pass/fail.
 *
 *   npm run bench:search
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Glossary, GlossaryEntry } from '../../lib/glossary/glossary';
import {
  buildSearchIndex,
  normalizeText,
  plainPinyin,
  queryPinyin,
  search,
  suggest,
  warmSearchIndex,
} from '../../lib/search/search';
import { SYNTHETIC_SEED, syntheticGlossary } from './synthetic-glossary';

const SIZE = 10_000;
const REPEATS = 20;
const LIMIT = 50;

/** The baseline: what a first implementation would do, scanning every entry on every keystroke. */
function naiveSearch(entries: readonly GlossaryEntry[], query: string, limit: number): GlossaryEntry[] {
  const q = normalizeText(query);
  if (q === '') return [];
  const py = queryPinyin(q);
  return entries
    .filter((e) => {
      const key = plainPinyin(e.pinyin);
      const initials = e.pinyin
        .split(' ')
        .map((s) => plainPinyin(s)[0] ?? '')
        .join('');
      return (
        e.term.includes(q) ||
        e.aliases.some((a) => a.includes(q)) ||
        (py !== '' && (key.startsWith(py) || initials.startsWith(py))) ||
        e.summary.toLowerCase().includes(q)
      );
    })
    .slice(0, limit);
}

/** Every prefix of each query, as typed one key at a time (IME input arrives whole characters). */
function keystrokes(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) out.push(chars.slice(0, i).join(''));
  }
  return out;
}

const GROUPS: Record<string, string[]> = {
  initials: ['ssbj', 'qjq', 'nlz'],
  pinyin: ['sishengbianji', 'si sheng bian ji', 'sì shěng', 'si4 sheng3', 'qujiang', 'nianli'],
  chinese: ['衢', '衢江', '衢江区', '廿里', '廿里镇', '四省边际'],
  summary: ['征迁', '产业园', '原文', '未来社区'],
  'no-hit': ['zzzz', 'xqxqxq', '火星基地', '量子纠缠'],
  // Misspelt pinyin: from the fourth letter on, each keystroke that finds little scans every key.
  typo: ['qujaing', 'lianglshan', 'kaihau', 'sishengbainji'],
};

/** Queries that find nothing, so the popup asks suggest() for the nearest terms. */
const SUGGEST = ['kiahauxian', 'qjuaingqu', 'xqxqxqxq', 'sishnegbainjishuniugagn'];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function measure(queries: readonly string[], run: (q: string) => unknown): number[] {
  for (const q of queries) run(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) for (const q of queries) times.push(time(() => run(q)));
  return times.sort((a, b) => a - b);
}

const ms = (n: number) => n.toFixed(3).padStart(8);

function main(): void {
  const glossary = JSON.parse(
    readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8'),
  ) as Glossary;
  const entries = syntheticGlossary(glossary.entries, SIZE);
  console.log(
    `Search benchmark: ${entries.length} entries (${glossary.entries.length} real), seed ${SYNTHETIC_SEED}`,
  );

  // Index build: the first one is what the popup pays on open (cold JIT); then steady state.
  const coldStart = performance.now();
  const coldIndex = buildSearchIndex(entries);
  const coldBuild = performance.now() - coldStart;
  // The first keys typed after the build, before any query ran: the popup's first keystrokes.
  const coldKeys = ['s', 'si', 'sis', 'ssbj', '衢', 'zzzz'].map(
    (q) => `${q} ${time(() => search(coldIndex, q, 15)).toFixed(2)}`,
  );
  const builds: number[] = [];
  let index = buildSearchIndex(entries);
  for (let r = 0; r < 10; r++) builds.push(time(() => (index = buildSearchIndex(entries))));
  builds.sort((a, b) => a - b);
  const lazyFirst = time(() => search(index, '征迁', LIMIT)); // builds the summary keys on first use
  index = buildSearchIndex(entries);
  const warm = time(() => warmSearchIndex(index));
  const realBuilds = Array.from({ length: 9 }, () => time(() => buildSearchIndex(glossary.entries))).sort(
    (a, b) => a - b,
  );
  const realBuild = percentile(realBuilds, 50);
  console.log(
    `index build (${entries.length}): first ${coldBuild.toFixed(1)} ms, median ${percentile(builds, 50).toFixed(1)} ms; ` +
      `real glossary (${glossary.entries.length}): median ${realBuild.toFixed(2)} ms`,
  );
  console.log(
    `first queries after the build, cold (limit 15; zzzz also builds the summary keys), ms: ${coldKeys.join(', ')}`,
  );
  console.log(
    `summary keys: warmSearchIndex ${warm.toFixed(1)} ms (idle, after first paint); ` +
      `or paid by the first summary-reaching query: ${lazyFirst.toFixed(1)} ms`,
  );

  console.log(`\nper keystroke, ms (${REPEATS} repeats, limit ${LIMIT})`);
  console.log(
    `${'group'.padEnd(10)} ${'keys'.padStart(5)} | ${'index p50'.padStart(9)} ${'p95'.padStart(8)} ${'max'.padStart(8)} | ${'naive p50'.padStart(9)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
  );
  const allIndex: number[] = [];
  const allNaive: number[] = [];
  for (const [group, queries] of Object.entries(GROUPS)) {
    const keys = keystrokes(queries);
    const indexed = measure(keys, (q) => search(index, q, LIMIT));
    const naive = measure(keys, (q) => naiveSearch(entries, q, LIMIT));
    allIndex.push(...indexed);
    allNaive.push(...naive);
    console.log(
      `${group.padEnd(10)} ${String(keys.length).padStart(5)} | ${ms(percentile(indexed, 50)).padStart(9)} ${ms(percentile(indexed, 95))} ${ms(indexed.at(-1)!)} | ${ms(percentile(naive, 50)).padStart(9)} ${ms(percentile(naive, 95))} ${ms(naive.at(-1)!)}`,
    );
  }
  allIndex.sort((a, b) => a - b);
  allNaive.sort((a, b) => a - b);
  console.log(
    `${'all'.padEnd(10)} ${String(allIndex.length / REPEATS).padStart(5)} | ${ms(percentile(allIndex, 50)).padStart(9)} ${ms(percentile(allIndex, 95))} ${ms(allIndex.at(-1)!)} | ${ms(percentile(allNaive, 50)).padStart(9)} ${ms(percentile(allNaive, 95))} ${ms(allNaive.at(-1)!)}`,
  );

  const suggested = measure(SUGGEST, (q) => suggest(index, q, 3));
  console.log(
    `suggest (${SUGGEST.length} no-hit queries, up to 3 edits), ms: p50 ${ms(percentile(suggested, 50)).trim()}, ` +
      `p95 ${ms(percentile(suggested, 95)).trim()}, max ${ms(suggested.at(-1)!).trim()}`,
  );

  console.log('\nsample results (index, first 5):');
  for (const q of ['ssbj', 'sishengbianji', '衢江', '廿里', '征迁', 'zzzz', 'qujaing']) {
    const hits = search(index, q, 5).map((r) => `${r.entry.term}/${r.kind}`);
    console.log(`  ${q.padEnd(14)} ${hits.join(' ') || '(none)'}`);
  }
}

main();
