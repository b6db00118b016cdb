import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGlossary } from './evaluate';
import { labelsNotInText, parseSet, readSet, readSetTexts, setLabels, SetError } from './eval-sets';

const article = (id: string, terms: unknown[], negatives: string[] = []) => ({
  id,
  url: '',
  title: '',
  county: '开化县',
  sha256: '0'.repeat(64),
  terms,
  negatives,
});

describe('parseSet', () => {
  it('names the file and the field of a bad label', () => {
    const text = JSON.stringify({
      set: 'dev',
      articles: [article('dev-01', [{ term: '开化县', category: 'city' }])],
    });
    expect(() => parseSet(text, 'eval/sets/dev.json')).toThrow(SetError);
    expect(() => parseSet(text, 'eval/sets/dev.json')).toThrow(
      'eval/sets/dev.json: articles[0].terms[0].category: "city" is not one of place, program, slogan, organization',
    );
    expect(() => parseSet('{"set":"dev"', 'x.json')).toThrow('x.json: not valid JSON');
  });

  it("reads where a set's texts are from its origin, and names a bad one", () => {
    const set = (origin?: string) =>
      JSON.stringify({
        set: 'madeup9',
        ...(origin ? { origin } : {}),
        articles: [article('madeup9-01', [])],
      });
    expect(parseSet(set(), 'a.json').origin).toBe('real');
    expect(readSetTexts(parseSet(set(), 'a.json')).dir).toBe(join('eval', 'texts', 'madeup9'));
    expect(readSetTexts(parseSet(set('made-up'), 'a.json')).dir).toBe(join('eval', 'made-up', 'madeup9'));
    expect(() => parseSet(set('scraped'), 'eval/sets/madeup9.json')).toThrow(
      'eval/sets/madeup9.json: origin: "scraped" is not "real" or "made-up"',
    );
  });

  it('merges a term labelled in several articles, aliases and expansion included', () => {
    const set = parseSet(
      JSON.stringify({
        set: 'dev',
        articles: [
          article('a', [{ term: '五城', category: 'slogan' }], ['张三']),
          article('b', [
            { term: '五城', category: 'slogan', aliases: ['“五城”'], expansion: ['枢纽之城', '康养之城'] },
          ]),
        ],
      }),
      'dev.json',
    );
    expect(setLabels(set.articles)).toEqual({
      terms: [{ term: '五城', category: 'slogan', aliases: ['“五城”'], expansion: ['枢纽之城', '康养之城'] }],
      negatives: ['张三'],
    });
  });
});

describe('evaluateGlossary with aliases and expansions', () => {
  it('finds a label through its alias and counts the expansions carried', () => {
    const r = evaluateGlossary(
      [
        { term: '杭新景高速公路', aliases: [], category: 'place' },
        { term: '五城', aliases: [], category: 'slogan' },
      ],
      [
        { term: '杭新景高速', category: 'place', aliases: ['杭新景高速公路'] },
        { term: '五城', category: 'slogan', expansion: ['枢纽之城'] },
        { term: '两新惠民 幸福衢江', category: 'program' },
      ],
    );
    expect(r.found).toBe(2);
    expect(r.precision).toBe(1);
    expect(r.expansions).toEqual({ expected: 1, carried: 0, missing: ['五城'] });
    // A missed formula counts against the expansions too.
    expect(
      evaluateGlossary([], [{ term: '五城', category: 'slogan', expansion: ['枢纽之城'] }]).expansions,
    ).toEqual({
      expected: 1,
      carried: 0,
      missing: ['五城'],
    });
    expect(
      evaluateGlossary(
        [{ term: '两新惠民幸福衢江', aliases: [], category: 'program' }],
        [{ term: '两新惠民 幸福衢江', category: 'program' }],
      ).found,
    ).toBe(1);
  });
});

describe('made-up sets', () => {
  it('has every text of every made-up set committed, each the one labelled', () => {
    const dir = fileURLToPath(new URL('../eval/sets/', import.meta.url));
    const sets = readdirSync(dir)
      .map((f) => readSet(join(dir, f)))
      .filter((set) => set.origin === 'made-up');
    expect(sets.map((s) => s.name).sort()).toEqual([
      'madeup1',
      'madeup10',
      'madeup100',
      'madeup101',
      'madeup102',
      'madeup103',
      'madeup104',
      'madeup105',
      'madeup106',
      'madeup107',
      'madeup108',
      'madeup109',
      'madeup11',
      'madeup110',
      'madeup111',
      'madeup112',
      'madeup113',
      'madeup114',
      'madeup115',
      'madeup12',
      'madeup13',
      'madeup14',
      'madeup15',
      'madeup16',
      'madeup17',
      'madeup18',
      'madeup19',
      'madeup2',
      'madeup20',
      'madeup21',
      'madeup22',
      'madeup23',
      'madeup24',
      'madeup25',
      'madeup26',
      'madeup27',
      'madeup28',
      'madeup29',
      'madeup3',
      'madeup30',
      'madeup31',
      'madeup32',
      'madeup33',
      'madeup34',
      'madeup35',
      'madeup36',
      'madeup37',
      'madeup38',
      'madeup39',
      'madeup4',
      'madeup40',
      'madeup41',
      'madeup42',
      'madeup43',
      'madeup44',
      'madeup45',
      'madeup46',
      'madeup47',
      'madeup48',
      'madeup49',
      'madeup5',
      'madeup50',
      'madeup51',
      'madeup52',
      'madeup53',
      'madeup54',
      'madeup55',
      'madeup56',
      'madeup57',
      'madeup58',
      'madeup59',
      'madeup6',
      'madeup60',
      'madeup61',
      'madeup62',
      'madeup63',
      'madeup64',
      'madeup65',
      'madeup66',
      'madeup67',
      'madeup68',
      'madeup69',
      'madeup7',
      'madeup70',
      'madeup71',
      'madeup72',
      'madeup73',
      'madeup74',
      'madeup75',
      'madeup76',
      'madeup77',
      'madeup78',
      'madeup79',
      'madeup8',
      'madeup80',
      'madeup81',
      'madeup82',
      'madeup83',
      'madeup84',
      'madeup85',
      'madeup86',
      'madeup87',
      'madeup88',
      'madeup89',
      'madeup9',
      'madeup90',
      'madeup91',
      'madeup92',
      'madeup93',
      'madeup94',
      'madeup95',
      'madeup96',
      'madeup97',
      'madeup98',
      'madeup99',
    ]);
    const root = fileURLToPath(new URL('..', import.meta.url));
    for (const set of sets) {
      const { texts, absent } = readSetTexts(set, root);
      expect(absent, set.name).toEqual([]);
      expect(
        texts.filter((t) => t.changed).map((t) => t.article.id),
        set.name,
      ).toEqual([]);
    }
  });
});

describe('npm run eval', () => {
  const ROOT = fileURLToPath(new URL('..', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'compiler/evaluate-cli.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });

  it(
    'scores the seeds against the independent labels, with and without curation',
    { timeout: 120_000 },
    () => {
      const r = run('--sets', 'seeds', '--quiet');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('seeds: 5 articles labelled in eval/sets/seeds.json');
      expect(r.stdout).toMatch(/automatic +precision \d+\.\d% \(\d+\/\d+\) +recall \d+\.\d% \(\d+\/301\)/);
      expect(r.stdout).toContain('with curated.json');
    },
  );

  it('scores a made-up set from its committed texts, each the one labelled', { timeout: 120_000 }, () => {
    const r = run('--sets', 'madeup1', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('texts from eval/made-up/madeup1/');
    expect(r.stdout).not.toMatch(/texts absent|texts differ/);
    expect(r.stdout).toMatch(/automatic +precision \d+\.\d% \(\d+\/\d+\)/);
  });

  it("prints a blind set's figures only, even when asked why", { timeout: 120_000 }, () => {
    const r = run('--sets', 'madeup5', '--why', '--rules');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(blind: figures only)');
    expect(r.stdout).toMatch(/automatic +precision \d+\.\d%/);
    expect(r.stdout).not.toMatch(/wrong:|missed|why wrong|dropped by|kept by/);
  });

  it('names a set file that does not exist', { timeout: 120_000 }, () => {
    const r = run('--sets', 'nonesuch');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('eval/sets/nonesuch.json: cannot read');
  });
});

describe('labelsNotInText', () => {
  const labelled = parseSet(
    JSON.stringify({
      set: 'dev',
      articles: [
        article(
          'a',
          [
            { term: '开化县', category: 'place', aliases: ['开化'] },
            { term: '两山银行', category: 'program' },
          ],
          ['新华社'],
        ),
      ],
    }),
    'x.json',
  ).articles[0]!;

  it('finds a term by any of its forms, and counts what a shorter copy lost', () => {
    expect(labelsNotInText(labelled, '新华社电 开化的两山银行开业')).toEqual({ absent: 0, of: 3 });
    // A copy cut before the second paragraph: the programme and the agency are gone.
    expect(labelsNotInText(labelled, '开化县')).toEqual({ absent: 2, of: 3 });
  });
});
