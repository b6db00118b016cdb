import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { scriptFoldModule } from '../../scripts/script-fold-table';
import { decodeAutomaton } from './automaton-data';
import { compileMatcher, matcherOver, type Match } from './matcher';
import { indexEntries, type MatchIndex } from './page-entries';
import { withQualifiers } from './qualifiers';
import { simplifiedCode, toSimplified, traditionalTwins } from './script-fold';

const twins = (c: string) => traditionalTwins(c.charCodeAt(0)).map((code) => String.fromCharCode(code));
const simplified = (c: string) => String.fromCharCode(simplifiedCode(c.charCodeAt(0)));

describe('the folding table', () => {
  it('is what scripts/make-script-fold.ts makes of OpenCC’s data', () => {
    expect(readFileSync('lib/matching/script-fold-data.ts', 'utf8')).toBe(scriptFoldModule());
  });

  it('folds Traditional characters and Taiwan variants to the Simplified ones', () => {
    expect(toSimplified('龍游縣廿里鎮，四省邊際中心城市，兩山銀行，衢州有禮')).toBe(
      '龙游县廿里镇，四省边际中心城市，两山银行，衢州有礼',
    );
    expect(simplified('綫')).toBe('线');
    expect(simplified('裡')).toBe('里');
  });

  it('gives a character every Traditional form that folds to it (one to many)', () => {
    expect(twins('里').sort()).toEqual(['裏', '裡'].sort());
    expect(twins('后')).toContain('後');
    expect(twins('干')).toContain('幹');
    expect(twins('线').sort()).toEqual(['綫', '線'].sort());
  });

  it('leaves alone a character Simplified text writes as itself (乾坤, 著名, 台州)', () => {
    for (const c of ['乾', '著', '台', '於']) expect(simplified(c), c).toBe(c);
    expect(twins('干')).not.toContain('乾');
    const matcher = compileMatcher([{ id: 'g', term: '干溪村', aliases: [], category: 'place' }]);
    expect(matcher.findAll('乾溪村')).toEqual([]);
    expect(matcher.findAll('幹溪村')).toHaveLength(1);
    // A Traditional glossary form (a reader's own entry) matches both scripts.
    const own = compileMatcher([{ id: 't', term: '龍游縣', aliases: [], category: 'place' }]);
    expect(own.findAll('龙游县')).toHaveLength(1);
    expect(own.findAll('龍游縣')).toHaveLength(1);
  });
});

describe('the shipped matcher on a page and its Traditional conversion', () => {
  const index = JSON.parse(readFileSync('data/match-index.json', 'utf8')) as MatchIndex;
  const entries = indexEntries(index);
  const matcher = withQualifiers(matcherOver(entries, decodeAutomaton(index.automaton)), index.qualifiers);
  const pages = [
    'tests/fixtures/matching/article.html',
    'tests/fixtures/matching/real-article.html',
    'tests/e2e/fixtures/news.html',
    'tests/e2e/fixtures/quzhou-county.html',
    'tests/e2e/fixtures/elsewhere.html',
  ].map((file) => [file, readFileSync(file, 'utf8')] as const);
  const summary = (found: readonly Match[]) =>
    found.map((m) => `${m.start}:${m.end}:${m.entry}:${m.contextual}`);

  for (const to of ['tw', 'hk'] as const) {
    it(`finds the same terms at the same offsets in the ${to} conversion`, () => {
      const convert = OpenCC.Converter({ from: 'cn', to });
      let total = 0;
      for (const [file, text] of pages) {
        const traditional = convert(text);
        expect(traditional.length, file).toBe(text.length);
        expect(traditional, file).not.toBe(text);
        const want = matcher.findAll(text);
        total += want.length;
        expect(summary(matcher.findAll(traditional)), file).toEqual(summary(want));
      }
      expect(total).toBeGreaterThan(50);
    });
  }

  it('treats a Traditional ordinary word as its Simplified twin: 江山 in 黑龍江山地 is only contextual', () => {
    const found = (text: string) =>
      matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.contextual]);
    const pairs: [string, string][] = [
      ['黑龙江山地', '黑龍江山地'],
      ['社会开化程度', '社會開化程度'],
    ];
    for (const [simplifiedText, traditionalText] of pairs) {
      expect(found(traditionalText).map(([, c]) => c)).toEqual(found(simplifiedText).map(([, c]) => c));
      // Contextual: highlighted only on a page about Quzhou (lib/page/quzhou-page.ts).
      expect(found(traditionalText).every(([, contextual]) => contextual)).toBe(true);
    }
  });
});
