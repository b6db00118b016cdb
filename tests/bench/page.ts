/**
 * Page benchmark: highlighting a large Chinese news page, the extension against mark.js, in the
 * same run and the same Chromium binary. Prints figures and whether the targets hold; always exits
 * 0 unless the harness itself fails (no pass/fail on timings: the machine is shared).
 *
 *   npm run build && npm run bench:page            [-- --runs 3] [-- --keep]
 *
 * The page (generated into a temp dir, deterministic): the seeds' paragraphs shuffled and repeated
 * until the text is ≥ 2 MB (UTF-8) in ≥ 20,000 Text nodes, with inline markup as news sites have it
 * (sentences in <span>, terms in <a>/<b>, some terms split across elements, link lists).
 *
 * Scenarios, each in a fresh page with the same instrumentation (installed with addInitScript):
 * - control:   no extension, nothing run: the page's own long tasks and heap;
 * - mark.js:   no extension; mark.js 8 (node_modules/mark.js) run after `load` with every term and
 *              alias, longest first, `.mark(terms, { separateWordSearch: false, acrossElements: true })`;
 * - mark.js 1 regex: the same terms as one alternation through `markRegExp` (a stronger baseline);
 * - extension: .output/chrome-mv3 loaded; time from DOMContentLoaded until the content script has
 *              matched every occurrence the matcher finds in the page (its page-terms reply, asked
 *              through the background every 50 ms). It registers only the ranges of blocks near the
 *              viewport (lib/page/paint-window.ts), so what the reader sees is measured apart: the first
 *              highlight on screen, then a scroll through the whole page (longest frame, and
 *              whether a highlight is registered in view at every tenth screen).
 * Measured: time, longest task (PerformanceObserver 'longtask'; for the extension also the longest
 * script in a long animation frame whose source is chrome-extension://), DOM nodes added after
 * parsing (MutationObserver, the `[data-quzhou-glossary-ui]` host excluded), JS heap used after a
 * GC (CDP Performance.getMetrics, which covers content-script isolated worlds too).
 * Also: lib/matching/matcher.ts throughput on the page's plain text, and the content-script bundle size.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { prng } from './prng';
import type { BrowserContext, Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  expectedCounts,
  glossaryTerms,
  hasContentScript,
  serviceWorkerOf,
  launchBrowser,
  ROOT,
  startFixtureServer,
  totalOf,
  type BrowserSession,
  type ShippedTerm,
} from '../e2e/harness';
import { tabIdsOnHost } from '../e2e/popup-helpers';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** `--mb 0.2` for a quick run on a smaller page (the targets are defined for the default 2 MB). */
const TARGET_TEXT_BYTES = Math.round(Number(option('--mb') ?? 2) * 1e6);
const SEED = 20240923;
const RUNS = Math.max(1, Number(option('--runs')) || 1);
const KEEP = args.includes('--keep');
/** mark.js gets this long per run; `--mark-timeout 600` (seconds) to wait longer. */
const MARK_TIMEOUT_MS = (Number(option('--mark-timeout')) || 300) * 1000;

// ---------------------------------------------------------------------------------------------
// Page generation

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface GeneratedPage {
  html: string;
  /** Plain text of the page's paragraphs, joined by newlines (matcher throughput input). */
  text: string;
  paragraphs: string[];
  textBytes: number;
  textNodes: number;
  elements: number;
}

/** The entries the built extension ships (harness: read from the bundle, else data/glossary.json). */
export function loadGlossary(): { entries: ShippedTerm[] } {
  return { entries: glossaryTerms() };
}

/** Every term and alias, deduplicated, longest first (mark.js tries them in this order). */
export function surfaces(glossary: { entries: readonly ShippedTerm[] }): string[] {
  const all = new Set<string>();
  for (const e of glossary.entries) for (const s of [e.term, ...e.aliases]) if (s.length > 0) all.add(s);
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export function generatePage(terms: readonly string[], targetBytes = TARGET_TEXT_BYTES): GeneratedPage {
  const targetNodes = Math.round(20_000 * Math.min(1, targetBytes / 2e6));
  const random = prng(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const seedDir = path.join(ROOT, 'seeds');
  const articles = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      readFileSync(path.join(seedDir, f), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    );
  const titles = articles.map((lines) => lines[0]!);
  const pool = articles.flatMap((lines) => lines.slice(1).filter((l) => l.length >= 16));
  // First term occurrence per sentence, cached (sentences repeat).
  const firstTerm = new Map<string, { at: number; term: string } | null>();
  const findTerm = (sentence: string) => {
    let found = firstTerm.get(sentence);
    if (found === undefined) {
      found = null;
      for (const term of terms) {
        const at = sentence.indexOf(term);
        if (at >= 0 && (found === null || at < found.at)) found = { at, term };
      }
      firstTerm.set(sentence, found);
    }
    return found;
  };

  const parts: string[] = [];
  const paragraphs: string[] = [];
  let textBytes = 0;
  let textNodes = 0;
  let elements = 0;
  const text = (s: string) => {
    if (s.length === 0) return '';
    textBytes += Buffer.byteLength(s);
    textNodes++;
    return escapeHtml(s);
  };
  const element = (tag: string, inner: string, attrs = '') => {
    elements++;
    return `<${tag}${attrs}>${inner}</${tag}>`;
  };

  /** A sentence with inline markup: maybe in a <span>, its first term maybe in <a>/<b> or split. */
  const sentenceHtml = (sentence: string): string => {
    const hit = findTerm(sentence);
    let html: string;
    const r = random();
    if (hit && r < 0.35) {
      const before = sentence.slice(0, hit.at);
      const after = sentence.slice(hit.at + hit.term.length);
      let middle: string;
      if (r < 0.07 && hit.term.length >= 3) {
        // Split term: <b>四省边际</b>中心城市
        const cut = Math.floor(hit.term.length / 2);
        middle = element('b', text(hit.term.slice(0, cut))) + text(hit.term.slice(cut));
      } else {
        middle = r < 0.2 ? element('a', text(hit.term), ' href="#"') : element('b', text(hit.term));
      }
      html = text(before) + middle + text(after);
    } else html = text(sentence);
    return random() < 0.3 ? element('span', html) : html;
  };

  parts.push(
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>衢州新闻 大页面基准</title>',
    '<style>body{font:16px/1.8 "Noto Sans CJK SC",sans-serif;max-width:60rem;margin:auto}</style></head><body>',
  );
  parts.push(
    element('nav', element('ul', ['首页', '时政', '衢江区', '柯城区', '民生'].map((s) => element('li', element('a', text(s), ' href="#"'))).join(''))),
  ); // prettier-ignore
  parts.push('<main>');
  let articleCount = 0;
  while (textBytes < targetBytes || textNodes < targetNodes) {
    articleCount++;
    const body: string[] = [
      element('h2', text(pick(titles))),
      element('p', text(`记者 ${articleCount} 号`), ' class="meta"'),
    ];
    const count = 6 + Math.floor(random() * 10);
    for (let i = 0; i < count; i++) {
      const paragraph = pick(pool);
      paragraphs.push(paragraph);
      const sentences = paragraph.split(/(?<=[。！？；])/);
      body.push(element('p', sentences.map(sentenceHtml).join('')));
    }
    if (articleCount % 5 === 0) {
      // A "related news" list, as news pages have after articles.
      const items = Array.from({ length: 6 }, () =>
        element('li', element('a', text(pick(titles)), ' href="#"')),
      );
      body.push(element('ul', items.join(''), ' class="related"'));
    }
    parts.push(element('article', body.join('\n')));
    parts.push('\n');
  }
  parts.push('</main>', element('footer', element('p', text('衢州日报社 版权所有'))), '</body></html>');
  return { html: parts.join(''), text: paragraphs.join('\n'), paragraphs, textBytes, textNodes, elements };
}

// ---------------------------------------------------------------------------------------------
// Instrumentation (runs in the page before any of its scripts)

interface Probe {
  longTasks: { start: number; duration: number }[];
  extensionScripts: { start: number; duration: number; source: string }[];
  /** Long animation frames seen (0: the API is missing or nothing was slow). */
  longFrames: number;
  /** Their start and duration: rendering work (restyle, layout, paint) shows here, not as a long task. */
  frames: { start: number; duration: number }[];
  added: number;
  addedSamples: string[];
  changes: { t: number; total: number }[];
  dcl: number;
}

function instrument(): void {
  const probe: Probe = { longTasks: [], extensionScripts: [], longFrames: 0, frames: [], added: 0, addedSamples: [], changes: [], dcl: -1 };
  Object.defineProperty(window, '__qzgProbe', { value: probe, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support */
  }
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as { scripts?: { sourceURL: string; startTime: number; duration: number }[] }[]) {
        probe.longFrames++;
        const f = frame as unknown as { startTime: number; duration: number };
        probe.frames.push({ start: f.startTime, duration: f.duration });
        for (const s of frame.scripts ?? []) {
          if (s.sourceURL.startsWith('chrome-extension://')) {
            probe.extensionScripts.push({ start: s.startTime, duration: s.duration, source: s.sourceURL });
          }
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no LoAF support */
  }
  const own = (node: Node) =>
    node instanceof Element && (node.hasAttribute('data-quzhou-glossary-ui') || node.closest('[data-quzhou-glossary-ui]') !== null);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (own(n) || (r.target instanceof Element && own(r.target))) continue;
        probe.added++;
        if (probe.addedSamples.length < 5) probe.addedSamples.push(`${n.nodeName} in ${r.target.nodeName}`);
      }
    }
  });
  document.addEventListener(
    'readystatechange',
    () => observer.observe(document, { childList: true, subtree: true }),
    { once: true },
  );
  document.addEventListener('DOMContentLoaded', () => (probe.dcl = performance.now()), { once: true });
  let last = -1;
  const names = ['qzg-place', 'qzg-program', 'qzg-slogan', 'qzg-organization'];
  const poll = () => {
    let total = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const name of names) total += (CSS.highlights.get(name) as { size: number } | undefined)?.size ?? 0;
    }
    if (total !== last) {
      last = total;
      probe.changes.push({ t: performance.now(), total });
    }
  };
  setInterval(poll, 25);
} // prettier-ignore

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Result {
  name: string;
  /** ms until every term is highlighted. */
  timeMs: number | null;
  timeNote: string;
  count: number | null;
  longestTaskMs: number;
  longTasks: number;
  /** Longest animation frame (script + rendering) in the same window as the long tasks. */
  longestFrameMs?: number;
  /** Start (ms after DOMContentLoaded) and duration of every long animation frame in that window. */
  longFrames?: [number, number][];
  /** For the extension: longest script from chrome-extension:// in a long animation frame (null: none attributed). */
  longestExtensionScriptMs?: number | null;
  nodesAdded: number;
  addedSamples: string[];
  heapMB: number;
  domNodes: number;
}

async function getMetrics(
  context: BrowserContext,
  page: Page,
): Promise<{ heapMB: number; domNodes: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { heapMB: get('JSHeapUsedSize') / 1048576, domNodes: get('Nodes') };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __qzgProbe: Probe }).__qzgProbe);

async function openInstrumented(session: BrowserSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

async function runControl(session: BrowserSession, url: string): Promise<Result> {
  const page = await openInstrumented(session, url);
  await page.waitForTimeout(2000);
  const probe = await probeOf(page);
  const metrics = await getMetrics(session.context, page);
  await page.close();
  const after = probe.longTasks.filter((t) => t.start >= probe.dcl);
  return {
    name: 'control (page only)',
    timeMs: null,
    timeNote: '',
    count: null,
    longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
    longestFrameMs: Math.max(0, ...probe.frames.filter((f) => f.start >= probe.dcl).map((f) => f.duration)),
    longTasks: after.length,
    nodesAdded: probe.added,
    addedSamples: probe.addedSamples,
    ...metrics,
  };
}

async function runMark(
  session: BrowserSession,
  url: string,
  terms: string[],
  oneRegex: boolean,
): Promise<Result> {
  const page = await openInstrumented(session, url);
  await page.waitForTimeout(500);
  // Evaluated rather than added as a <script>, so that loading mark.js adds no node to the page.
  await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'));
  const startedAt = await page.evaluate(() => performance.now());
  const running = page.evaluate(
    ({ terms, oneRegex }) =>
      new Promise<{ start: number; end: number; count: number; error?: string }>((resolve) => {
        // Started from a page task (not from the DevTools evaluation) so the longtask observer
        // attributes it like page script.
        setTimeout(() => {
          type MarkLike = {
            mark(t: string[], o: object): void;
            markRegExp(r: RegExp, o: object): void;
          };
          const Mark = (window as unknown as { Mark: new (ctx: Element) => MarkLike }).Mark;
          const start = performance.now();
          const done = (count: number) => resolve({ start, end: performance.now(), count });
          const instance = new Mark(document.body);
          // mark.js can throw part-way (Chromium 156, this glossary's terms: "Invalid regular
          // expression: /()(溪底杜村)/gim: Stack overflow"); unreported, the promise would never
          // settle and Playwright would fail the whole run ("Resulting promise was garbage collected").
          try {
            if (oneRegex) {
              const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
              instance.markRegExp(new RegExp(escaped.join('|'), 'gi'), { acrossElements: true, done });
            } else {
              instance.mark(terms, {
                separateWordSearch: false,
                acrossElements: true,
                diacritics: false,
                done,
              });
            }
          } catch (e) {
            resolve({ start, end: performance.now(), count: 0, error: String(e).slice(0, 160) });
          }
        }, 0);
      }),
    { terms, oneRegex },
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), MARK_TIMEOUT_MS)));
  const run = await Promise.race([running, timedOut]);
  clearTimeout(timer);
  const name = oneRegex ? 'mark.js, 1 regex (markRegExp)' : 'mark.js .mark(terms)';
  /** A baseline that gave no time: its row says why, with what is known of the main thread. */
  const notTimed = (timeNote: string, longestTaskMs: number, longTasks: number) => ({
    name,
    timeMs: null,
    timeNote,
    count: null,
    longestTaskMs,
    longTasks,
    nodesAdded: NaN,
    addedSamples: [],
    heapMB: NaN,
    domNodes: NaN,
  });
  if (run?.error !== undefined) {
    await page.close();
    return notTimed(`failed in this browser: ${run.error}`, 0, 0);
  }
  if (run === null) {
    await page.close(); // abandons the still-running mark()
    return notTimed(`timed out after ${MARK_TIMEOUT_MS / 1000} s`, MARK_TIMEOUT_MS, 1);
  }
  await page.waitForTimeout(500);
  const probe = await probeOf(page);
  const metrics = await getMetrics(session.context, page);
  await page.close();
  const during = probe.longTasks.filter((t) => t.start >= startedAt - 1);
  return {
    name,
    timeMs: run.end - run.start,
    timeNote: 'mark() call to done',
    count: run.count,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    nodesAdded: probe.added,
    addedSamples: probe.addedSamples,
    ...metrics,
  };
}

/** The content script's own count of matched occurrences in tab `tabId` (its reply to the popup's page-terms). */
async function matchedInTab(session: BrowserSession, tabId: number): Promise<number> {
  const worker = await serviceWorkerOf(session.context);
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { sendMessage(id: number, message: unknown, options: { frameId: number }): Promise<unknown> } };
    };
    const reply = (await chrome.tabs.sendMessage(id, { type: 'page-terms' }, { frameId: 0 }).catch(() => undefined)) as
      | { terms?: { count: number }[] }
      | undefined;
    return (reply?.terms ?? []).reduce((sum, term) => sum + term.count, 0);
  }, tabId);
} // prettier-ignore

/**
 * The extension matches every block of the page but registers only the ranges of blocks near the
 * viewport (lib/page/paint-window.ts), so "done" is when the content script's count of matched
 * occurrences (asked through the background, as the popup does) reaches the matcher's count,
 * and what the reader sees is checked separately: highlights on the first screen, and a scroll
 * through the page afterwards, with its own longest frame.
 */
async function runExtension(
  session: BrowserSession,
  url: string,
  expected: number,
): Promise<Result & { expected: number; scroll: ScrollCheck }> {
  const page = await openInstrumented(session, url);
  // The content script answers once it has loaded (document_idle, then its settings).
  let tabId: number | undefined;
  for (const until = Date.now() + 30_000; tabId === undefined && Date.now() < until;) {
    [tabId] = await tabIdsOnHost(await serviceWorkerOf(session.context), new URL(url).hostname);
    if (tabId === undefined) await page.waitForTimeout(50);
  }
  if (tabId === undefined) throw new Error('the content script does not answer in the bench page');
  const deadline = Date.now() + 120_000;
  let count = 0;
  let end: number | null = null;
  // Poll until every occurrence is matched (or the count stops moving for 3 s: then report it).
  let lastChange = Date.now();
  while (Date.now() < deadline) {
    const now = await matchedInTab(session, tabId);
    const t = await page.evaluate(() => performance.now());
    if (now !== count) {
      count = now;
      end = t;
      lastChange = Date.now();
    }
    if (count === expected || (count > 0 && Date.now() - lastChange > 3000)) break;
    await page.waitForTimeout(50);
  }
  const probe = await probeOf(page);
  const scroll = await scrollThrough(page);
  const metrics = await getMetrics(session.context, page);
  await page.close();
  const firstPainted = probe.changes.find((c) => c.total > 0);
  const inWindow = (start: number) => start >= probe.dcl && (end === null || start <= end + 100);
  const window = probe.longTasks.filter((t) => inWindow(t.start));
  return {
    name: 'extension',
    timeMs: end === null ? null : end - probe.dcl,
    timeNote:
      end === null
        ? 'nothing matched'
        : `DOMContentLoaded to every occurrence matched (content script's count, polled every 50 ms); ` +
          `first highlight painted on screen at +${firstPainted ? (firstPainted.t - probe.dcl).toFixed(0) : '—'} ms`,
    count,
    expected,
    scroll,
    longestTaskMs: Math.max(0, ...window.map((t) => t.duration)),
    longTasks: window.length,
    longestFrameMs: Math.max(0, ...probe.frames.filter((f) => inWindow(f.start)).map((f) => f.duration)),
    longFrames: probe.frames
      .filter((f) => inWindow(f.start))
      .map((f) => [Math.round(f.start - probe.dcl), Math.round(f.duration)]),
    longestExtensionScriptMs: probe.extensionScripts.length
      ? Math.max(...probe.extensionScripts.map((s) => s.duration))
      : null,
    nodesAdded: probe.added,
    addedSamples: probe.addedSamples,
    ...metrics,
  };
}

interface ScrollCheck {
  screens: number;
  /** Longest animation frame while scrolling (ms). */
  longestFrameMs: number;
  /** Screens at whose stop at least one range in view was registered, of those with a term in view. */
  paintedStops: number;
  stops: number;
}

/**
 * Scrolls the page top to bottom, half a screen per frame (a fast reader's flick), and at every
 * tenth screen stops for two frames and checks that a highlight is registered in view.
 */
async function scrollThrough(page: Page): Promise<ScrollCheck> {
  return page.evaluate(async () => {
    const probe = (window as unknown as { __qzgProbe: Probe }).__qzgProbe;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const from = probe.frames.length;
    const height = document.documentElement.scrollHeight;
    let stops = 0;
    let paintedStops = 0;
    for (let top = 0, i = 0; top < height; top += innerHeight / 2, i++) {
      scrollTo({ top, behavior: 'instant' });
      await frame();
      if (i % 20 !== 0) continue;
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      let inView = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('qzg-')) continue;
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const rect = (range.startContainer.parentElement as Element).getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < innerHeight) inView++;
        }
      }
      stops++;
      if (inView > 0) paintedStops++;
    }
    return {
      screens: height / innerHeight,
      longestFrameMs: Math.max(0, ...probe.frames.slice(from).map((f) => f.duration)),
      paintedStops,
      stops,
    };
  });
}

/** The run with the median time (or the only one). */
function median<T extends { timeMs: number | null }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => (a.timeMs ?? Infinity) - (b.timeMs ?? Infinity));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function repeat<T extends { timeMs: number | null; longestTaskMs: number }>(
  label: string,
  run: () => Promise<T>,
): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < RUNS; i++) {
    process.stdout.write(`  ${label}${RUNS > 1 ? ` (${i + 1}/${RUNS})` : ''}… `);
    const result = await run();
    results.push(result);
    console.log(
      `${result.timeMs === null ? 'done' : `${result.timeMs.toFixed(0)} ms`}, longest task ${result.longestTaskMs.toFixed(0)} ms`,
    );
  }
  return median(results);
}

// ---------------------------------------------------------------------------------------------
// Matcher throughput and bundle size

async function matcherThroughput(
  glossary: { entries: ShippedTerm[] },
  page: GeneratedPage,
): Promise<string[]> {
  const file = path.join(ROOT, 'lib/matching/matcher.ts');
  if (!existsSync(file)) return ['matcher: lib/matching/matcher.ts not found, skipped'];
  type MatcherModule = {
    compileMatcher(entries: ShippedTerm[]): { findAll(text: string): unknown[] };
  };
  let mod: MatcherModule;
  try {
    mod = (await import('../../lib/matching/matcher')) as unknown as MatcherModule;
  } catch (error) {
    return [`matcher: lib/matching/matcher.ts did not load (${String(error)}), skipped`];
  }
  if (typeof mod.compileMatcher !== 'function') return ['matcher: no compileMatcher export, skipped'];
  const t0 = performance.now();
  const matcher = mod.compileMatcher(glossary.entries);
  const compileMs = performance.now() - t0;
  const bytes = Buffer.byteLength(page.text);
  const time = (fn: () => number) => {
    for (let i = 0; i < 3; i++) fn(); // warm-up
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 7; i++) {
      const s = performance.now();
      n = fn();
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    return { ms: times[3]!, n };
  };
  const whole = time(() => matcher.findAll(page.text).length);
  const blocks = time(() => page.paragraphs.reduce((sum, p) => sum + matcher.findAll(p).length, 0));
  const rate = (ms: number) =>
    `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s (${(page.text.length / 1e6 / (ms / 1000)).toFixed(1)} M chars/s)`;
  return [
    `matcher: compile ${compileMs.toFixed(1)} ms for ${glossary.entries.length} entries`,
    `matcher: one string of ${(bytes / 1e6).toFixed(2)} MB (${page.text.length} chars): ${whole.ms.toFixed(1)} ms, ` +
      `${rate(whole.ms)}, ${whole.n} matches`,
    `matcher: per paragraph (${page.paragraphs.length} calls): ${blocks.ms.toFixed(1)} ms, ${rate(blocks.ms)}, ${blocks.n} matches`,
  ];
}

function bundleSize(): string[] {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  if (!existsSync(dir)) return ['content script bundle: content script not built'];
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  if (files.length === 0) return ['content script bundle: content script not built'];
  return files.map((f) => {
    const data = readFileSync(path.join(dir, f));
    const gz = gzipSync(data, { level: 9 }).length;
    return `content script bundle: content-scripts/${f} ${(data.length / 1024).toFixed(1)} KiB, gzip ${(gz / 1024).toFixed(1)} KiB`;
  });
}

// ---------------------------------------------------------------------------------------------

function table(rows: Result[]): void {
  // A baseline that gave no time has no figures either (NaN): a dash, as for a missing one.
  const fmt = (n: number | null | undefined, digits = 0) =>
    n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
  const header = [
    'scenario',
    'time ms',
    'highlights',
    'longest task ms',
    'long tasks',
    'nodes added',
    'heap MB',
    'DOM nodes',
  ];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.timeMs),
    fmt(r.count),
    fmt(r.longestTaskMs) +
      (r.longestExtensionScriptMs !== undefined ? ` (ext script ${fmt(r.longestExtensionScriptMs)})` : ''),
    String(r.longTasks),
    fmt(r.nodesAdded),
    fmt(r.heapMB, 1),
    fmt(r.domNodes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

async function main(): Promise<void> {
  const glossary = loadGlossary();
  const terms = surfaces(glossary);
  const t0 = performance.now();
  const generated = generatePage(terms);
  const dir = mkdtempSync(path.join(tmpdir(), 'qzg-bench-'));
  writeFileSync(path.join(dir, 'page.html'), generated.html);
  console.log(
    `page: ${(Buffer.byteLength(generated.html) / 1e6).toFixed(2)} MB HTML, ${(generated.textBytes / 1e6).toFixed(2)} MB text (UTF-8), ` +
      `${generated.textNodes} text nodes, ${generated.elements} elements; ${terms.length} terms+aliases ` +
      `(${glossary.entries.length} entries); generated in ${(performance.now() - t0).toFixed(0)} ms → ${dir}/page.html`,
  );
  const server = await startFixtureServer(dir);
  const url = server.url('page.html');
  const rows: Result[] = [];
  let extension: (Result & { expected: number; scroll: ScrollCheck }) | undefined;
  let expected = 0;
  try {
    console.log(`\nChromium without the extension (${RUNS} run${RUNS > 1 ? 's' : ''} each):`);
    const plain = await launchBrowser({ extension: false });
    try {
      const control = await repeat('control', () => runControl(plain, url));
      rows.push(control);
      const page = await plain.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const counted = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return { nodes, chars: document.body.textContent?.length ?? 0 };
      });
      expected = totalOf(await expectedCounts(page));
      await page.close();
      console.log(
        `  in the browser: ${counted.nodes} text nodes, ${counted.chars} chars; matcher expects ${expected} highlights`,
      );
      rows.push(await repeat('mark.js .mark(terms)', () => runMark(plain, url, terms, false)));
      rows.push(await repeat('mark.js markRegExp', () => runMark(plain, url, terms, true)));
    } finally {
      await plain.close();
    }

    console.log('\nChromium with the extension:');
    if (!hasContentScript()) {
      console.log(`  content script not built (${EXTENSION_DIR}/manifest.json declares none): skipped`);
    } else {
      const withExt = await launchBrowser({ extension: true });
      try {
        // Let the service worker start and settle before timing anything.
        const warm = await withExt.context.newPage();
        await warm.goto(server.url('page.html'), { waitUntil: 'load', timeout: 120_000 });
        await warm.close();
        extension = await repeat('extension', () => runExtension(withExt, url, expected));
        rows.push(extension);
      } finally {
        await withExt.close();
      }
    }
  } finally {
    await server.close();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }

  console.log('\nResults (median run by time; long tasks counted after DOMContentLoaded, within the work):');
  table(rows);
  for (const r of rows) if (r.timeNote) console.log(`  ${r.name}: time = ${r.timeNote}`);
  for (const r of rows)
    if (r.addedSamples.length) console.log(`  ${r.name}: nodes added e.g. ${r.addedSamples.join(', ')}`);

  console.log('');
  for (const line of await matcherThroughput(glossary, generated)) console.log(line);
  for (const line of bundleSize()) console.log(line);

  const mark = rows.find((r) => r.name === 'mark.js .mark(terms)');
  const markRe = rows.find((r) => r.name.startsWith('mark.js, 1 regex'));
  console.log('\nTargets:');
  if (!extension || extension.timeMs === null) {
    console.log(
      `  extension: ${extension ? 'nothing highlighted' : 'content script not built'}; targets not evaluated`,
    );
    console.log(
      `  mark.js baseline: ${mark?.timeMs?.toFixed(0)} ms (${markRe?.timeMs?.toFixed(0)} ms as one regex), ` +
        `longest task ${mark?.longestTaskMs.toFixed(0)} ms, ${mark?.nodesAdded} nodes added`,
    );
    return;
  }
  const ratioRe = (markRe?.timeMs ?? NaN) / extension.timeMs;
  const ok = (pass: boolean) => (pass ? 'OK  ' : 'MISS');
  const versusRe = `vs one-regex mark.js ${ratioRe.toFixed(1)}×`;
  // mark.js's .mark(terms) can fail outright in Chromium (a regex too large for its stack): then
  // there is no time to divide by, and the line says so rather than printing a ratio of nothing.
  if (mark?.timeMs === null || mark?.timeMs === undefined)
    console.log(
      `  n/a  ≥ 10× faster than mark.js: mark.js gave no time (${mark?.timeNote ?? 'not run'}); ` +
        `extension ${extension.timeMs.toFixed(0)} ms, ${versusRe}`,
    );
  else {
    const ratio = mark.timeMs / extension.timeMs;
    console.log(
      `  ${ok(ratio >= 10)} ≥ 10× faster than mark.js: ${ratio.toFixed(1)}× ` +
        `(extension ${extension.timeMs.toFixed(0)} ms vs ${mark.timeMs.toFixed(0)} ms; ${versusRe})`,
    );
  }
  const extTask = extension.longestExtensionScriptMs;
  console.log(
    `  ${ok(extension.longestTaskMs <= 50)} no task > 50 ms while highlighting: longest ${extension.longestTaskMs.toFixed(0)} ms ` +
      `(control page alone: ${rows[0]!.longestTaskMs.toFixed(0)} ms after DOMContentLoaded; ` +
      `longest chrome-extension:// script in a long animation frame: ${extTask === null || extTask === undefined ? 'none attributed' : extTask.toFixed(0) + ' ms'})`,
  );
  console.log(
    `  info longest animation frame (script + restyle/layout/paint) while highlighting: ${extension.longestFrameMs?.toFixed(0)} ms ` +
      `(control page after DOMContentLoaded: ${rows[0]!.longestFrameMs?.toFixed(0)} ms); frames over 50 ms at ` +
      (extension.longFrames ?? []).map(([start, duration]) => `+${start} ms (${duration} ms)`).join(', '),
  );
  console.log(`  ${ok(extension.nodesAdded === 0)} 0 nodes added: ${extension.nodesAdded}`);
  console.log(
    `  ${ok(extension.count === extension.expected)} occurrences matched = matcher's count: ${extension.count} vs ${extension.expected}`,
  );
  const { scroll } = extension;
  console.log(
    `  info scrolling through all ${scroll.screens.toFixed(0)} screens afterwards, half a screen per frame: ` +
      `longest frame ${scroll.longestFrameMs.toFixed(0)} ms; a highlight registered in view at ${scroll.paintedStops} of ${scroll.stops} stops`,
  );
  console.log(`  heap: extension ${(extension.heapMB - rows[0]!.heapMB).toFixed(1)} MB over the page alone, mark.js ${Number.isFinite(mark?.heapMB) ? `${(mark!.heapMB - rows[0]!.heapMB).toFixed(1)} MB` : '— (no time)'}`); // prettier-ignore
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
