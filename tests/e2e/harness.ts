/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in a real Chromium driven by
 * playwright-core, fixture pages served from 127.0.0.1, and helpers that read what the content
 * script did through its public contract (the page's `CSS.highlights` registry, see below).
 *
 * Run:
 *   npm run build            # once, and after every change to the extension (~20 s)
 *   npm run test:e2e         # = vitest run --project e2e (one file at a time, see vitest.config.ts)
 *   npm run bench:page       # tests/bench/page.ts: extension vs mark.js on a 2 MB page
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH) and CJK fonts
 * (`apt-get install -y chromium fonts-noto-cjk`); `npx playwright install` is not used.
 * Set QZG_HEADED=1 to watch a run (needs a display; hover media queries then depend on it), and
 * QZG_EXTENSION_DIR=/path/to/unpacked to test another build than .output/chrome-mv3.
 *
 * Contract with the content script, relied on here:
 * - one `Highlight` per category in the page's `CSS.highlights`, named `qzg-<category>`, whose
 *   `size` is the number of highlighted occurrences; the registry is per document, so the main
 *   world sees it (and each frame / document has its own);
 * - the page DOM is left alone, apart from one popover host `[data-quzhou-glossary-ui]` added on
 *   the first hover;
 * - settings are `chrome.storage.local` key `settings` and are applied live.
 * Expected counts come from lib/page/text-blocks.ts + lib/matching/matcher.ts run in the page over the glossary
 * the build ships (read back from the content-script bundle; a warning says when it is stale).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { CATEGORIES, type Category } from '../../lib/glossary/glossary';
import { indexEntries, type MatchIndex, type PageEntry } from '../../lib/matching/page-entries';
import type { Settings } from '../../lib/storage/settings';
import { OWN_UI_ATTRIBUTE } from '../../lib/page/text-blocks';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The unpacked extension under test; QZG_EXTENSION_DIR overrides it (e.g. a Firefox-less debug build). */
export const EXTENSION_DIR = path.resolve(
  process.env.QZG_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3'),
);
export const FIXTURES_DIR = path.join(ROOT, 'tests/e2e/fixtures');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type HighlightCounts = Record<Category, number>;

export function totalOf(counts: HighlightCounts): number {
  return CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
}

// ---------------------------------------------------------------------------------------------
// The built extension

/** The parts of manifest.json the tests look at. */
export interface ChromeManifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    run_at?: string;
  }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  background?: { service_worker?: string };
  [key: string]: unknown;
}

function assertBuilt(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR}/manifest.json not found: run \`npm run build\` first`);
  }
}

export function readManifest(): ChromeManifest {
  assertBuilt();
  return JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ChromeManifest;
}

/** Whether the build declares a content script (the tests that need one are skipped otherwise). */
export function hasContentScript(): boolean {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return false;
  return (readManifest().content_scripts ?? []).some((script) => (script.js ?? []).length > 0);
}

export interface LaunchOptions {
  /** Load .output/chrome-mv3 (default true). The bench's mark.js baseline runs without it. */
  extension?: boolean;
  /** Load the extension from this folder instead (bench:popup's copy with a static page added). */
  extensionDir?: string;
  /** Extra Chromium flags. A later `--lang=` overrides the default zh-CN (the last one wins). */
  args?: string[];
  /** Environment variables for Chromium on top of this process's (e.g. `LANGUAGE`). */
  env?: Record<string, string>;
  /** navigator.language and Accept-Language of the pages (default zh-CN). */
  locale?: string;
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface ExtensionSession extends BrowserSession {
  extensionId: string;
  /** The extension's background service worker (call {@link serviceWorkerOf} if it restarted). */
  serviceWorker: Worker;
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--lang=zh-CN',
];

/** A fresh Chromium profile (persistent context, deleted on close), with or without the extension. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const extension = options.extension ?? true;
  if (extension) assertBuilt();
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'qzg-e2e-'));
  const args = [...BASE_ARGS, ...(options.args ?? [])];
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (extension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      // Headless keeps `(hover: hover)` and `(pointer: fine)` true, which the hover code relies on.
      headless: process.env.QZG_HEADED !== '1',
      args,
      viewport: { width: 1280, height: 900 },
      locale: options.locale ?? 'zh-CN',
      ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  // tsx (used by the benches) compiles with esbuild's keepNames, so functions handed to
  // page.evaluate / addInitScript contain `__name(fn, "fn")` calls; give pages a no-op __name.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The extension's service worker, waiting for it to start if needed. */
export async function serviceWorkerOf(context: BrowserContext, timeout = 30_000): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
}

/** Chromium with .output/chrome-mv3 loaded. Throws "run `npm run build` first" when it is not built. */
export async function launchWithExtension(
  options: Omit<LaunchOptions, 'extension'> = {},
): Promise<ExtensionSession> {
  const session = await launchBrowser({ ...options, extension: true });
  try {
    const serviceWorker = await serviceWorkerOf(session.context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { ...session, extensionId, serviceWorker };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * How Chromium is put in each UI language. `--lang` picks the catalogue the extension's
 * `i18n.getMessage` reads (launchBrowser passes `--lang=zh-CN` first; a later `--lang` wins), and
 * LANGUAGE is what Chromium reads on Linux outside headless mode. `i18n.getUILanguage()` is no
 * check here: in headless Chromium on Linux it answered `en-US` under every flag and variable we
 * tried. So the check is the catalogue itself: its `langTag` message must be `tag`.
 */
export const UI_LANGUAGES = {
  zh: { args: ['--lang=zh-CN'], env: { LANGUAGE: 'zh_CN' }, locale: 'zh-CN', tag: 'zh-CN' },
  en: { args: ['--lang=en-US'], env: { LANGUAGE: 'en_US' }, locale: 'en-US', tag: 'en' },
} as const;
export type UiLanguage = keyof typeof UI_LANGUAGES;

/** The `langTag` message of the catalogue the extension reads: which UI language it is in. */
export async function catalogueTag(session: ExtensionSession): Promise<string> {
  return session.serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } };
    return chrome.i18n.getMessage('langTag');
  });
}

/** launchWithExtension in a UI language (UI_LANGUAGES); throws if the extension reads another catalogue. */
export async function launchInUiLanguage(language: UiLanguage): Promise<ExtensionSession> {
  const { args, env, locale, tag } = UI_LANGUAGES[language];
  const session = await launchWithExtension({ args: [...args], env, locale });
  const read = await catalogueTag(session);
  if (read !== tag) {
    await session.close();
    throw new Error(`UI language: expected the ${tag} catalogue, got ${read}`);
  }
  return session;
}

// ---------------------------------------------------------------------------------------------
// Settings (chrome.storage.local `settings`, lib/storage/settings.ts)

/** lib/storage/settings.ts DEFAULT_SETTINGS, copied: importing it would pull WXT's runtime into Node. */
export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: { place: true, program: true, slogan: true, organization: true },
  disabledSites: [],
  hoverDelayMs: 250,
};

interface ChromeStorageLike {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
  runtime: { id: string; getManifest(): unknown };
}

/** Writes the settings (defaults overlaid with `changes`) from the service worker; returns them. */
export async function setSettings(
  serviceWorker: Worker,
  changes: Partial<Omit<Settings, 'categories'>> & { categories?: Partial<Record<Category, boolean>> } = {},
): Promise<Settings> {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...changes,
    categories: { ...DEFAULT_SETTINGS.categories, ...changes.categories },
  };
  await serviceWorker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorageLike };
    await chrome.storage.local.set({ settings: value });
  }, settings);
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Fixture server

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(file: string): string;
  /** Paths requested so far, in order (e.g. `/news.html`). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves `dir` from a random port on 127.0.0.1. A file `x.html` may have a sidecar
 * `x.html.headers.json` (`{ "Header-Name": "value" }`) whose headers are added to its response,
 * e.g. a strict Content-Security-Policy. Nothing is cached.
 */
export async function startFixtureServer(dir: string): Promise<FixtureServer> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const file = path.resolve(root, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    if (!file.startsWith(root + path.sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(403).end();
      return;
    }
    if (
      !(await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    const sidecar = `${file}.headers.json`;
    if (existsSync(sidecar)) Object.assign(headers, JSON.parse(await readFile(sidecar, 'utf8')) as object);
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Network

export interface ExternalRequests {
  /** `"<resourceType> <url>"` of every request that left 127.0.0.1 (pages, frames, workers). */
  readonly list: readonly string[];
  stop(): void;
}

/** Whether a URL goes over the network to somewhere other than 127.0.0.1. */
export function isExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return false; // data:, blob:, chrome-extension:, about:
  return parsed.hostname !== '127.0.0.1';
}

/**
 * Records every request in `context` (pages, frames, the extension's service worker and pages)
 * that is not to 127.0.0.1. `chrome-extension://`, `data:` and `blob:` URLs are local and ignored.
 */
export function collectExternalRequests(context: BrowserContext): ExternalRequests {
  const list: string[] = [];
  const onRequest = (request: Request) => {
    if (isExternalUrl(request.url())) list.push(`${request.resourceType()} ${request.url()}`);
  };
  context.on('request', onRequest);
  return { list, stop: () => context.off('request', onRequest) };
}

// ---------------------------------------------------------------------------------------------
// Highlights

/**
 * A document the highlight helpers can look at: a Playwright page or frame, or another driver's
 * page with the same `evaluate` (tests/e2e/firefox.ts adapts Puppeteer's Firefox page).
 */
export type Target = Page | Frame | EvaluatingPage;

export interface EvaluatingPage {
  evaluate: Page['evaluate'];
  bringToFront(): Promise<void>;
  mouse: PointerMover;
}

/** The part of a page's mouse that {@link hoverBox} uses (Playwright's and Puppeteer's agree). */
export interface PointerMover {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
}

/** Highlights per category seen by a reader scrolling through the whole page ({@link highlightedRanges}). */
export async function highlightCounts(target: Target): Promise<HighlightCounts> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as HighlightCounts;
  for (const range of await highlightedRanges(target)) counts[range.category]++;
  return counts;
}

export interface StableOptions {
  /** The counts must not change for this long (default 750 ms). */
  quietMs?: number;
  /** Give up (throw) after this long (default 20 s). */
  timeoutMs?: number;
  /** Poll period (default 50 ms). */
  intervalMs?: number;
  /** Keep waiting while the total is below this (default 1: wait for the first highlight). */
  minTotal?: number;
}

/**
 * Polls {@link highlightCounts} until they have not changed for `quietMs` and the total is at least
 * `minTotal`; returns them. Pass `minTotal: 0` where no highlight at all is the expected outcome.
 */
export async function waitForHighlightsStable(
  target: Target,
  options: StableOptions = {},
): Promise<HighlightCounts> {
  const { quietMs = 750, timeoutMs = 20_000, intervalMs = 50, minTotal = 1 } = options;
  const deadline = Date.now() + timeoutMs;
  let last = await highlightCounts(target);
  let key = JSON.stringify(last);
  let since = Date.now();
  for (;;) {
    if (Date.now() - since >= quietMs && totalOf(last) >= minTotal) return last;
    if (Date.now() > deadline) {
      throw new Error(`highlights not stable (or total < ${minTotal}) after ${timeoutMs} ms: ${key}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const now = await highlightCounts(target);
    const nowKey = JSON.stringify(now);
    if (nowKey !== key) {
      last = now;
      key = nowKey;
      since = Date.now();
    }
  }
}

/** Polls until `predicate(counts)` holds; returns the counts (throws after `timeoutMs`). */
export async function waitForCounts(
  target: Target,
  predicate: (counts: HighlightCounts) => boolean,
  timeoutMs = 20_000,
): Promise<HighlightCounts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await highlightCounts(target);
    if (predicate(counts)) return counts;
    if (Date.now() > deadline) throw new Error(`highlight counts never matched: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every highlighted range, as text plus where it lives; for assertions on what was highlighted. */
export interface HighlightedRange {
  category: Category;
  text: string;
  /** Both boundary nodes are still in the document (or in a shadow root attached to it). */
  connected: boolean;
  /** localName of the parent element of the range's start (resp. end) container. */
  startParent: string;
  endParent: string;
  /** localNames of every ancestor of the start node, across shadow boundaries (nearest first). */
  ancestors: string[];
  /** An ancestor (start or end side) is `contenteditable` (not "false"). */
  editable: boolean;
}

/**
 * Every range a reader sees highlighted when scrolling through the whole page (or frame), once.
 * The highlighter registers only the ranges of blocks near the viewport, added and dropped by an
 * IntersectionObserver as the page scrolls (lib/page/paint-window.ts); so this scrolls the document
 * from top to bottom a screen at a time, lets the observer report after each step, collects what
 * is registered, and scrolls back to where it was.
 */
export async function highlightedRanges(target: Target): Promise<HighlightedRange[]> {
  // A tab behind another renders no frames (no requestAnimationFrame, no IntersectionObserver
  // reports), as for a reader: bring it to the front, as a reader would, before looking.
  await ('parentFrame' in target ? target.page() : target).bringToFront();
  return target.evaluate(async (categories) => {
    const seen = new Map<string, HighlightedRange>();
    const ids = new WeakMap<Node, number>();
    let nextId = 0;
    const keyOf = (node: Node) => {
      let id = ids.get(node);
      if (id === undefined) ids.set(node, (id = ++nextId));
      return id;
    };
    const parentOf = (node: Node): Node | null =>
      node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    const chain = (node: Node) => {
      const names: string[] = [];
      let editable = false;
      for (let n = parentOf(node); n; n = parentOf(n)) {
        if (n instanceof Element) {
          names.push(n.localName);
          const ce = n.getAttribute('contenteditable');
          if (ce !== null && ce.toLowerCase() !== 'false') editable = true;
        }
      }
      return { names, editable };
    };
    const describe = (category: string, range: AbstractRange): HighlightedRange => {
      const start = chain(range.startContainer);
      const end = chain(range.endContainer);
      let text = '';
      try {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        text = live.toString();
      } catch {
        text = '';
      }
      return {
        category: category as HighlightedRange['category'],
        text,
        connected: range.startContainer.isConnected && range.endContainer.isConnected,
        startParent: start.names[0] ?? '',
        endParent: end.names[0] ?? '',
        ancestors: start.names,
        editable: start.editable || end.editable,
      };
    };
    const collect = () => {
      for (const category of categories) {
        const highlight = CSS.highlights.get(`qzg-${category}`);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const key = `${category} ${keyOf(range.startContainer)}:${range.startOffset} ${keyOf(range.endContainer)}:${range.endOffset}`;
          if (!seen.has(key)) seen.set(key, describe(category, range));
        }
      }
    };
    // The observer computes intersections in a rendering update and reports in a task after it:
    // two frames and a task later its report has been handled.
    const rendered = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
    const scroller = document.scrollingElement ?? document.documentElement;
    const [x, y] = [scrollX, scrollY];
    for (let top = 0; ; top += innerHeight) {
      scrollTo({ left: 0, top, behavior: 'instant' });
      await rendered();
      collect();
      if (top + innerHeight >= scroller.scrollHeight) break;
    }
    scrollTo({ left: x, top: y, behavior: 'instant' });
    await rendered();
    return [...seen.values()];
  }, CATEGORIES);
}

// ---------------------------------------------------------------------------------------------
// Expected counts: lib/page/text-blocks.ts + lib/matching/matcher.ts run in the page itself

let expectedBundle: Promise<string> | undefined;

export type ShippedTerm = PageEntry;

let shipped: ShippedTerm[] | undefined;
let shippedIndex: MatchIndex | undefined;

/** data/match-index.json: what the content script matches with. */
export function shippedMatchIndex(): MatchIndex {
  shippedIndex ??= JSON.parse(readFileSync(path.join(ROOT, 'data/match-index.json'), 'utf8')) as MatchIndex;
  return shippedIndex;
}

/**
 * The terms the built extension ships, as the content script reads them from the match index.
 * Warns when the built content script does not hold this index's ids (a stale build: run
 * `npm run build`).
 */
export function glossaryTerms(): ShippedTerm[] {
  if (shipped) return shipped;
  shipped = indexEntries(shippedMatchIndex());
  const file = path.join(EXTENSION_DIR, 'content-scripts', 'content.js');
  if (existsSync(file)) {
    const code = readFileSync(file, 'utf8');
    const ids = [shipped[0]?.id, shipped[shipped.length - 1]?.id];
    if (!ids.every((id) => id !== undefined && code.includes(id)))
      console.warn('[e2e] the built content script differs from data/match-index.json: run `npm run build`.');
  }
  return shipped;
}

/**
 * An IIFE (as a string) defining `__qzgExpected(mask)`: collects the blocks of the document and of
 * its open shadow roots with lib/page/text-blocks.ts, runs lib/matching/matcher.ts over each with the shipped
 * glossary, and returns the occurrences per category. Bundled once per process with esbuild.
 */
function bundleExpected(): Promise<string> {
  expectedBundle ??= (async () => {
    const esbuild = await import('esbuild');
    // The content script's own decisions: blockers, other places' names, forms straddling two
    // words, and contextual matches counted only where the frame's Quzhou names show them
    // (lib/page/quzhou-page.ts).
    const entry = `
      import { collectBlocks } from './lib/page/text-blocks';
      import { compileMatcher } from './lib/matching/matcher';
      import { readingPages } from './lib/matching/reading-aids';
      import { placeTree, shownOnPage } from './lib/page/quzhou-page';
      import { CATEGORIES } from './lib/glossary/glossary';
      const matcher = readingPages(compileMatcher(TERMS, { blockers: BLOCKERS }), { qualifiers: QUALIFIERS, straddles: STRADDLES });
      const places = placeTree(TERMS);
      export function count(mask) {
        const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
        const matches = [];
        const roots = [document.body ?? document.documentElement];
        for (let i = 0; i < roots.length; i++) {
          const shadowRoots = [];
          for (const block of collectBlocks(roots[i], { shadowRoots })) matches.push(...matcher.findAll(block.text));
          roots.push(...shadowRoots);
        }
        for (const m of shownOnPage(matches, places)) {
          if (mask & (1 << CATEGORIES.indexOf(m.category))) counts[m.category]++;
        }
        return counts;
      }`;
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'js', sourcefile: 'expected-entry.js' },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__qzgExpected',
      target: 'es2022',
      define: {
        TERMS: JSON.stringify(glossaryTerms()),
        BLOCKERS: JSON.stringify(shippedMatchIndex().blockers),
        QUALIFIERS: JSON.stringify(shippedMatchIndex().qualifiers),
        STRADDLES: JSON.stringify(shippedMatchIndex().straddles),
      },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return expectedBundle;
}

/**
 * What the highlights should hold on this page (or frame) per the matcher: every block of the
 * document and its open shadow roots (not other frames), categories filtered like the content
 * script does (after leftmost-longest selection). Runs in the page, via DevTools evaluation, so it
 * also works under a strict CSP and leaves no trace in the DOM.
 */
export async function expectedCounts(
  target: Target,
  categories: Partial<Record<Category, boolean>> = {},
): Promise<HighlightCounts> {
  const mask = CATEGORIES.reduce((m, c, i) => (categories[c] === false ? m : m | (1 << i)), 0);
  const code = await bundleExpected();
  return (await target.evaluate(
    `(() => { ${code}; return __qzgExpected.count(${mask}); })()`,
  )) as HighlightCounts;
}

// ---------------------------------------------------------------------------------------------
// DOM integrity

/**
 * Installs (before any page script) a MutationObserver that counts nodes added to the document
 * once parsing is done (readyState "interactive"), with their subtrees not counted separately,
 * excluding the popover host `[data-quzhou-glossary-ui]` and anything inside it, plus a record of
 * every other mutation (attributes, text). Read with {@link domChanges}.
 */
export async function installDomChangeRecorder(context: BrowserContext | Page): Promise<void> {
  await context.addInitScript(() => {
    const state = {
      added: 0,
      removed: 0,
      attributes: 0,
      text: 0,
      samples: [] as string[],
      since: -1,
      flush: () => handle(observer.takeRecords()),
    };
    Object.defineProperty(window, '__qzgDomChanges', { value: state, enumerable: false });
    const own = (node: Node | null): boolean => {
      for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
        if (n instanceof Element && n.hasAttribute('data-quzhou-glossary-ui')) return true;
      }
      return false;
    };
    const name = (node: Node | null) =>
      node instanceof Element
        ? `<${node.localName}${node.id ? '#' + node.id : ''}>`
        : (node?.nodeName ?? 'null');
    const describe = (node: Node) => {
      const withId = (node instanceof Element ? node : node.parentElement)?.closest('[id]');
      const where = withId ? ` (in #${withId.id})` : '';
      return (node instanceof Element ? name(node) : `${node.nodeName} in ${name(node.parentNode)}`) + where;
    };
    const handle = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const node of record.addedNodes) {
            if (own(node)) continue;
            state.added++;
            if (state.samples.length < 100)
              state.samples.push(`+${describe(node)} in ${describe(record.target)}`);
          }
          state.removed += [...record.removedNodes].filter(
            (n) => !(n instanceof Element && n.hasAttribute('data-quzhou-glossary-ui')),
          ).length;
        } else if (!own(record.target)) {
          if (record.type === 'attributes') state.attributes++;
          else state.text++;
          if (state.samples.length < 100) {
            state.samples.push(`${record.type} ${record.attributeName ?? ''} on ${describe(record.target)}`);
          }
        }
      }
    };
    const observer = new MutationObserver(handle);
    const start = () => {
      if (state.since >= 0) return;
      state.since = performance.now();
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    };
    if (document.readyState !== 'loading') start();
    else document.addEventListener('readystatechange', start, { once: true });
  });
}

export interface DomChanges {
  added: number;
  removed: number;
  attributes: number;
  text: number;
  /** The first few changes, e.g. `+<span> in <p>`. */
  samples: string[];
}

export async function domChanges(target: Target): Promise<DomChanges> {
  return target.evaluate(() => {
    const state = (window as unknown as { __qzgDomChanges?: DomChanges & { flush(): void } }).__qzgDomChanges;
    if (!state) throw new Error('installDomChangeRecorder() was not called before navigation');
    state.flush(); // records still queued for the observer
    return {
      added: state.added,
      removed: state.removed,
      attributes: state.attributes,
      text: state.text,
      samples: [...state.samples],
    };
  });
}

/**
 * The live `document.documentElement.outerHTML` with the popover host removed, next to the same
 * page parsed afresh from the server (`fetch(location.href)` + DOMParser). Equal for pages whose own
 * scripts do not change the DOM when the extension changed nothing.
 */
export async function outerHtmlBeforeAfter(
  page: Page,
): Promise<{ served: string; live: string; hosts: number }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href, { cache: 'no-store' })).text();
    const served = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
    const clone = document.documentElement.cloneNode(true) as Element;
    const hosts = clone.querySelectorAll('[data-quzhou-glossary-ui]');
    hosts.forEach((host) => host.remove());
    return { served, live: clone.outerHTML, hosts: hosts.length };
  });
}

/** A digest, to print instead of 20 kB of HTML when two differ. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

// ---------------------------------------------------------------------------------------------
// Hovering a term

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The on-screen box (viewport CSS px) of the `nth` occurrence of `term` in the page's visible text,
 * found over the concatenated Text nodes of `selector`'s element (so a term split by inline
 * elements, `<b>四省边际</b>中心城市`, is found too), scrolled into view first. Uses a Range and
 * the first of its `getClientRects()` (a term wrapping across lines has several). Null if absent.
 */
export async function termBox(
  page: Pick<Page, 'evaluate'>,
  term: string,
  nth = 0,
  selector = 'body',
): Promise<Box | null> {
  return page.evaluate(
    ({ term, nth, selector }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const skip = 'script,style,noscript,template,textarea,input,select,code,pre,[contenteditable]';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const nodes: Text[] = [];
      const starts: number[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        starts.push(text.length);
        text += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) {
        at = text.indexOf(term, at + 1);
        if (at < 0) return null;
      }
      const locate = (offset: number, end: boolean) => {
        let i = 0;
        while (i + 1 < nodes.length && (end ? starts[i + 1]! < offset : starts[i + 1]! <= offset)) i++;
        return { node: nodes[i]!, offset: offset - starts[i]! };
      };
      const a = locate(at, false);
      const b = locate(at + term.length, true);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      a.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    },
    { term, nth, selector },
  );
}

/**
 * Moves the mouse onto the middle of `box` like a person would: from a point 40 px above-left, in
 * `steps` pointermove events, so hover-intent logic sees motion, then rests there.
 */
export async function hoverBox(page: { mouse: PointerMover }, box: Box, steps = 8): Promise<void> {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(Math.max(0, x - 40), Math.max(0, y - 40));
  await page.mouse.move(x, y, { steps });
}

/**
 * The popover host's text as the page sees it: its open shadow tree, or its light DOM. `found` is
 * false when no host is in the page; `text` is empty for a closed shadow root.
 */
export async function openPopoverText(
  page: Pick<Page, 'evaluate'>,
): Promise<{ found: boolean; text: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-quzhou-glossary-ui]');
    if (!host) return { found: false, text: '' };
    const root = host.shadowRoot ?? host;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('style,script') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
    return { found: true, text };
  });
}

/**
 * The text of the popover (the `[data-quzhou-glossary-ui]` host's shadow tree or light DOM),
 * open or closed shadow root alike (closed ones are read through the DevTools DOM domain, which
 * pierces them). Null when no host is in the page.
 */
export async function popoverText(page: Page): Promise<string | null> {
  const open = await openPopoverText(page);
  if (!open.found) return null;
  if (open.text) return open.text;
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    interface DomNode {
      nodeType: number;
      nodeName: string;
      nodeValue: string;
      attributes?: string[];
      children?: DomNode[];
      shadowRoots?: DomNode[];
      contentDocument?: DomNode;
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const textOf = (node: DomNode): string =>
      node.nodeType === 3
        ? node.nodeValue
        : node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT'
          ? ''
          : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
    const find = (node: DomNode): DomNode | undefined => {
      if (node.attributes?.includes(OWN_UI_ATTRIBUTE)) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const host = find(root);
    return host ? textOf(host) : '';
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Content Security Policy

/** Installs (before any page script) a listener recording `securitypolicyviolation` events. */
export async function installCspViolationRecorder(context: BrowserContext | Page): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    Object.defineProperty(window, '__qzgCspViolations', { value: list, enumerable: false });
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} from ${event.sourceFile || '?'}`,
      );
    });
  });
}

export async function cspViolations(target: Target): Promise<string[]> {
  return target.evaluate(() => [
    ...((window as unknown as { __qzgCspViolations?: string[] }).__qzgCspViolations ?? []),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The popover's box

export interface PopoverBox extends Box {
  /** `data-entry-id` of the dialog: which entry it shows. */
  id: string;
  /** The text of its source-list button, if any ("3 sources", "3 篇出处"). */
  sourcesButton: string | null;
}

/**
 * The open popover's dialog box (viewport CSS px, border included, shadow excluded) and entry id,
 * read through the host's open shadow root. Null when no popover is shown.
 */
export async function popoverBox(page: Pick<Page, 'evaluate'>): Promise<PopoverBox | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-quzhou-glossary-ui]');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    return {
      id: dialog.getAttribute('data-entry-id') ?? '',
      sourcesButton: dialog.querySelector('.qzg-sources-toggle')?.textContent ?? null,
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
    };
  });
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Hovers an occurrence of `term` inside `selector` whose popover shows entry `id` (an occurrence
 * may be part of a longer term, or not highlighted on purpose), trying up to `tries` occurrences
 * from the `from`th (0-based).
 * `place` may scroll the page first so the term sits where the caller wants it (it gets the
 * term's box, centred in the viewport, and returns when done). Returns the hovered term's box and the popover's box.
 */
export async function hoverTermForPopover(
  page: Page,
  term: string,
  id: string,
  options: { selector?: string; from?: number; tries?: number; place?: (box: Box) => Promise<void> } = {},
): Promise<{ term: Box; popover: PopoverBox }> {
  const selector = options.selector ?? 'body';
  const from = options.from ?? 0;
  for (let nth = from; nth < from + (options.tries ?? 6); nth++) {
    // Away from any term first, so the previous popover closes and the hover starts afresh.
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-quzhou-glossary-ui]')?.shadowRoot?.querySelector('[role="dialog"]'),
      undefined,
      { timeout: 5000 },
    );
    let box = await termBox(page, term, nth, selector);
    if (!box) break;
    if (options.place) {
      // Not termBox() again: it would scroll the term back to the middle.
      const before = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
      await options.place(box);
      const after = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
      box = { ...box, x: box.x - (after.x - before.x), y: box.y - (after.y - before.y) };
      await page.waitForTimeout(100);
    }
    await hoverBox(page, box);
    const deadline = Date.now() + 3000;
    let popover = await popoverBox(page);
    while (Date.now() < deadline && popover?.id !== id) {
      await page.waitForTimeout(100);
      popover = await popoverBox(page);
    }
    if (popover?.id === id) return { term: box, popover };
  }
  throw new Error(`no occurrence of ${term} in ${selector} opens the popover of ${id}`);
}
