/**
 * The store material in store/ against the stores' limits and against the extension itself, so that
 * neither the listing nor the privacy policy can go stale silently:
 * - the listings' name and short description are the manifest's (the Chrome Web Store reads both
 *   from the manifest's _locales) and within the limits of both stores;
 * - the permissions and content-script match patterns that store/privacy.md explains, in each of
 *   its languages, are exactly those of wxt.config.ts and entrypoints/ (what the next build ships)
 *   and of the built manifests where a build exists (what was last built);
 * - the screenshots the listings caption are those `npm run store:screenshots` writes, 1280×800.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wxtConfig from '../wxt.config';

const ROOT = new URL('../', import.meta.url);
const read = (relative: string): string => readFileSync(new URL(relative, ROOT), 'utf8');
const exists = (relative: string): boolean => existsSync(new URL(relative, ROOT));

/** Characters as the stores count them: code points, not UTF-16 units. */
const length = (text: string): number => [...text].length;

// Chrome Web Store: name 75, summary (the manifest description) 132, description 16,000.
// addons.mozilla.org: name 50, summary 250.
const LIMITS = { chromeName: 75, amoName: 50, chromeShort: 132, amoSummary: 250, description: 16_000 };

/** The text under each `## Heading` of a Markdown file, keyed by the heading's first words (English). */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    // "Short description · 简短说明" → "Short description"
    const heading = part.slice(0, newline).split('·')[0]!.trim();
    out.set(
      heading,
      part
        .slice(newline + 1)
        .replace(/<!--[\s\S]*?-->/g, '')
        .trim(),
    );
  }
  return out;
}

function section(map: Map<string, string>, heading: string): string {
  const text = map.get(heading);
  if (text === undefined) throw new Error(`no "## ${heading}" section`);
  return text;
}

type Catalogue = Record<string, { message: string }>;

const LISTINGS = [
  { file: 'store/listing.en.md', locale: 'en', shots: 'en' },
  { file: 'store/listing.zh_CN.md', locale: 'zh_CN', shots: 'zh_CN' },
] as const;

/** What `npm run store:screenshots` writes (scripts/store-screenshots.ts), in this order. */
const SHOTS = ['news-popover', 'place-popover', 'popup-search', 'glossary-page'];

function pngSize(relative: string): { width: number; height: number } {
  const bytes = readFileSync(new URL(relative, ROOT));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const listing of LISTINGS) {
  describe(listing.file, () => {
    const fields = sections(read(listing.file));
    const catalogue = JSON.parse(read(`public/_locales/${listing.locale}/messages.json`)) as Catalogue;

    it('names the extension as its manifest does, within both stores’ limits', () => {
      const name = section(fields, 'Name');
      expect(name).toBe(catalogue.extName!.message);
      expect(length(name)).toBeLessThanOrEqual(Math.min(LIMITS.chromeName, LIMITS.amoName));
    });

    it(`has the manifest's description as its short description, at most ${LIMITS.chromeShort} characters`, () => {
      const short = section(fields, 'Short description');
      expect(short).toBe(catalogue.extDescription!.message);
      expect(length(short)).toBeGreaterThan(0);
      expect(length(short)).toBeLessThanOrEqual(LIMITS.chromeShort);
    });

    it(`has an AMO summary of at most ${LIMITS.amoSummary} characters`, () => {
      const summary = section(fields, 'Summary');
      expect(length(summary)).toBeGreaterThan(0);
      expect(length(summary)).toBeLessThanOrEqual(LIMITS.amoSummary);
    });

    it(`has a description of at most ${LIMITS.description.toLocaleString('en')} characters`, () => {
      const description = section(fields, 'Description');
      expect(length(description)).toBeGreaterThan(LIMITS.amoSummary);
      expect(length(description)).toBeLessThanOrEqual(LIMITS.description);
    });

    it('captions the screenshots the script writes, in order', () => {
      const captioned = [...section(fields, 'Screenshots').matchAll(/^\d+\. (\S+\.png)/gm)].map((m) => m[1]);
      expect(captioned).toEqual(SHOTS.map((what, i) => `${listing.shots}-${i + 1}-${what}.png`));
    });
  });
}

describe.skipIf(!exists('store/screenshots'))('store/screenshots', () => {
  it('holds the captioned screenshots and no others, each 1280×800', () => {
    const files = readdirSync(new URL('store/screenshots/', ROOT))
      .filter((f) => f.endsWith('.png'))
      .sort();
    const expected = LISTINGS.flatMap((l) =>
      SHOTS.map((what, i) => `${l.shots}-${i + 1}-${what}.png`),
    ).sort();
    expect(files).toEqual(expected);
    for (const file of files)
      expect(pngSize(`store/screenshots/${file}`), file).toEqual({ width: 1280, height: 800 });
  });
});

// ---------------------------------------------------------------------------------------------
// The privacy policy's permissions

interface Declared {
  permissions: string[];
  /** Content-script match patterns. */
  matches: string[];
  /** Host permissions of any kind, and optional permissions: the policy says there are none. */
  extra: string[];
}

interface ManifestLike {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

const sorted = (list: Iterable<string>): string[] => [...new Set(list)].sort();

function declaredBy(manifest: ManifestLike, matches: string[]): Declared {
  return {
    permissions: sorted(manifest.permissions ?? []),
    matches: sorted(matches),
    extra: sorted([
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]),
  };
}

/** What each language of store/privacy.md explains: `### \`perm\`` headings and backticked patterns. */
function explained(): Map<string, Omit<Declared, 'extra'>> {
  const out = new Map<string, Omit<Declared, 'extra'>>();
  for (const part of read('store/privacy.md').split(/^# /m)) {
    const language = part.slice(0, part.indexOf('\n')).trim();
    if (language !== 'English' && language !== '中文') continue;
    const permissionsPart = part.split(/^## /m).find((s) => /^(Permissions|权限)\s*\n/.test(s)) ?? '';
    out.set(language, {
      permissions: sorted([...permissionsPart.matchAll(/^### `([^`]+)`\s*$/gm)].map((m) => m[1]!)),
      matches: sorted(
        [...permissionsPart.matchAll(/`((?:https?|\*|file|ftp):\/\/[^`]*|<all_urls>)`/g)].map((m) => m[1]!),
      ),
    });
  }
  return out;
}

/** Content-script match patterns written in the entry points (`matches: [...]`). */
function sourceMatches(dir = 'entrypoints/'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(new URL(dir, ROOT), { withFileTypes: true })) {
    const relative = `${dir}${entry.name}`;
    if (entry.isDirectory()) found.push(...sourceMatches(`${relative}/`));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      for (const list of read(relative).matchAll(/\bmatches:\s*\[([^\]]*)\]/g))
        found.push(...[...list[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]!));
    }
  }
  return found;
}

describe('store/privacy.md', () => {
  const policy = explained();

  it('has an English and a Chinese section that explain the same permissions', () => {
    expect([...policy.keys()]).toEqual(['English', '中文']);
    expect(policy.get('中文')).toEqual(policy.get('English'));
  });

  const sources: [string, () => Promise<Declared>][] = [
    ...(['chrome', 'firefox'] as const).map((browser): [string, () => Promise<Declared>] => [
      `wxt.config.ts and entrypoints/ (${browser})`,
      async () => {
        const manifest = wxtConfig.manifest;
        const env = {
          browser,
          manifestVersion: browser === 'chrome' ? 3 : 2,
          mode: 'production',
          command: 'build',
        } as const;
        const resolved = (typeof manifest === 'function' ? await manifest(env) : await manifest) ?? {};
        return declaredBy(resolved as ManifestLike, sourceMatches());
      },
    ]),
    ...['chrome-mv3', 'firefox-mv2']
      .filter((build) => exists(`.output/${build}/manifest.json`))
      .map((build): [string, () => Promise<Declared>] => [
        `.output/${build}/manifest.json`,
        () => {
          const manifest = JSON.parse(read(`.output/${build}/manifest.json`)) as ManifestLike;
          const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
          return Promise.resolve(declaredBy(manifest, matches));
        },
      ]),
  ];

  for (const [name, declared] of sources) {
    it(`explains exactly the permissions and content-script pages of ${name}, and it has no host permission`, async () => {
      const actual = await declared();
      expect(actual.extra, 'the policy says no host or optional permission is asked').toEqual([]);
      for (const [language, text] of policy) {
        expect(text.permissions, `${language}: permissions`).toEqual(actual.permissions);
        expect(text.matches, `${language}: content-script match patterns`).toEqual(actual.matches);
      }
    });
  }

  it.skipIf(!exists('.output/firefox-mv2/manifest.json'))(
    'says no data is collected, as the Firefox manifest declares',
    () => {
      const manifest = JSON.parse(read('.output/firefox-mv2/manifest.json')) as {
        browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
      };
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual([
        'none',
      ]);
    },
  );
});
