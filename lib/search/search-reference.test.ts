/**
 * lib/search/search.ts against a plain definition of its ranking: every entry's best rank computed key by
 * key, then everything sorted. The index answers from joined texts in tie-break order and stops
 * scanning early, so this checks those shortcuts give the same results, in the same order, with
 * the same kind and matched alias, over a few thousand entries and queries of every kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../tests/bench/prng';
import { syntheticGlossary } from '../../tests/bench/synthetic-glossary';
import type { Glossary } from '../glossary/glossary';
import { editDistance, prefixEditDistance } from './fuzzy';
import {
  buildSearchIndex,
  divisionScale,
  normalizeText,
  plainPinyin,
  queryPinyin,
  RANKS,
  search,
  type SearchableEntry,
} from './search';

interface Keys {
  entry: SearchableEntry;
  input: number;
  term: string;
  names: readonly string[];
  nameKeys: string[];
  syllables: string[];
  pinyin: string;
  initials: string;
  summary: string;
}

function keysOf(entry: SearchableEntry, input: number): Keys {
  const names = entry.fullName ? [...entry.aliases, entry.fullName] : entry.aliases;
  const syllables = entry.pinyin
    .split(/\s+/)
    .map(plainPinyin)
    .filter((s) => s !== '');
  const summary = [entry.summary, ...(entry.expansion ?? [])].join(' ');
  return {
    entry,
    input,
    term: normalizeText(entry.term),
    names,
    nameKeys: names.map(normalizeText),
    syllables,
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    summary: summary
      .toLowerCase()
      .replace(/[\uff10-\uff19\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' '),
  };
}

/** The ranking as the module documents it, one entry at a time. */
function reference(all: readonly Keys[], query: string, limit: number) {
  let text = normalizeText(query);
  if (text === '' || limit <= 0) return [];
  const han = /\p{Script=Han}/u.test(text);
  if (han) text = text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  const py = han ? '' : queryPinyin(text);
  const pinyinIs = (key: string, test: (k: string) => boolean) =>
    test(key) || (py.includes('u') && test(key.replace(/v/g, 'u')));
  const hits: { k: Keys; rank: number; alias?: string }[] = [];
  for (const k of all) {
    const alias = (test: (name: string) => boolean) => {
      const at = k.nameKeys.findIndex(test);
      return at === -1 ? undefined : k.names[at]!;
    };
    // Each rank's test in rank order; the first that holds is the entry's rank.
    const tests: (() => boolean | string | undefined)[] = [
      () => k.term === text,
      () => k.term.startsWith(text),
      () => alias((n) => n === text),
      () => alias((n) => n.startsWith(text)),
      () => k.term.includes(text),
      () => alias((n) => n.includes(text)),
      () => py !== '' && pinyinIs(k.pinyin, (key) => key === py),
      () => py !== '' && pinyinIs(k.pinyin, (key) => key.startsWith(py)),
      () =>
        py.length >= 2 &&
        k.syllables.some(
          (_, s) => s > 0 && pinyinIs(k.syllables.slice(s).join(''), (key) => key.startsWith(py)),
        ),
      () => py !== '' && k.initials === py,
      () => py !== '' && k.initials.startsWith(py),
      () => k.summary.includes(text),
    ];
    let best: [number, string | undefined] | undefined;
    for (let rank = 0; rank < tests.length && !best; rank++) {
      const outcome = tests[rank]!();
      if (outcome !== false && outcome !== undefined)
        best = [rank, typeof outcome === 'string' ? outcome : undefined];
    }
    if (best) hits.push({ k, rank: best[0], ...(best[1] !== undefined ? { alias: best[1] } : {}) });
  }
  // A typo: only for four letters or more, and only when the ranks above found fewer than five
  // entries; one edit from the whole pinyin key, else from its start.
  if ((py.match(/[a-z]/g)?.length ?? 0) >= 4 && hits.length < 5) {
    const found = new Set(hits.map((h) => h.k));
    for (const k of all) {
      if (found.has(k)) continue;
      if (editDistance(py, k.pinyin, 1) <= 1) hits.push({ k, rank: RANKS.length - 2 });
      else if (prefixEditDistance(py, k.pinyin, 1) <= 1) hits.push({ k, rank: RANKS.length - 1 });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      (b.k.entry.sources?.length ?? 0) - (a.k.entry.sources?.length ?? 0) ||
      divisionScale(a.k.entry) - divisionScale(b.k.entry) ||
      a.k.entry.term.length - b.k.entry.term.length ||
      cmp(a.k.pinyin, b.k.pinyin) ||
      cmp(a.k.entry.term, b.k.entry.term) ||
      cmp(a.k.entry.id, b.k.entry.id) ||
      a.k.input - b.k.input,
  );
  return hits.slice(0, limit).map((h) => ({
    id: h.k.entry.id,
    kind: RANKS[h.rank]!.kind,
    rank: h.rank,
    ...(h.alias !== undefined ? { alias: h.alias } : {}),
  }));
}

/** Queries of every kind, cut from the entries themselves: prefixes as typed, inner pieces. */
function queries(all: readonly Keys[], count: number): string[] {
  const random = prng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cut = (text: string, min = 1) => {
    const chars = [...text];
    const start = Math.floor(random() * chars.length);
    const end = Math.min(chars.length, start + min + Math.floor(random() * 4));
    return chars.slice(start, end).join('');
  };
  const out = new Set([
    's',
    'q',
    'x',
    'lu',
    'lv',
    'lushui',
    'lv shui',
    'nv',
    'zzzz',
    '3+x',
    'g6',
    ' 衢 江 ',
    '衢',
    '区',
    'ü',
    'si4 sheng3',
    'SSBJ',
    '，',
  ]);
  // Every kind of match at least once, whatever the glossary holds: an alias typed whole.
  const aliased = all.find((k) => k.entry.aliases.some((a) => !all.some((o) => o.entry.term.startsWith(a))));
  if (aliased) out.add(aliased.entry.aliases.find((a) => !all.some((o) => o.entry.term.startsWith(a)))!);
  // And a term's pinyin typed whole, which the random cuts below reach only by chance.
  const spelled = all.find((k) => k.pinyin.length >= 8);
  if (spelled) out.add(spelled.pinyin);
  while (out.size < count) {
    const k = pick(all);
    const typed = [...k.entry.term].slice(0, 1 + Math.floor(random() * 4)).join('');
    const syllable = Math.floor(random() * k.syllables.length);
    // A typo: two letters of the pinyin swapped, one dropped or one doubled, whole or cut short.
    const at = Math.floor(random() * Math.max(1, k.pinyin.length - 1));
    const typo = [
      k.pinyin.slice(0, at) +
        k.pinyin.slice(at + 1, at + 2) +
        k.pinyin.slice(at, at + 1) +
        k.pinyin.slice(at + 2),
      k.pinyin.slice(0, at) + k.pinyin.slice(at + 1),
      k.pinyin.slice(0, at + 1) + k.pinyin.slice(at),
    ][Math.floor(random() * 3)]!.slice(0, 4 + Math.floor(random() * k.pinyin.length));
    const choices = [
      typo,
      typed,
      cut(k.entry.term),
      k.pinyin.slice(0, 1 + Math.floor(random() * k.pinyin.length)),
      k.syllables
        .slice(syllable)
        .join('')
        .slice(0, 2 + Math.floor(random() * 6)),
      k.syllables.slice(0, 2).join(' '),
      k.entry.pinyin.split(' ').slice(0, 2).join(' '),
      k.initials.slice(0, 1 + Math.floor(random() * k.initials.length)),
      cut(k.entry.summary, 2),
      k.names.length > 0 ? cut(pick(k.names), 2) : typed,
      k.names.length > 0 ? pick(k.names) : k.entry.term,
    ];
    out.add(pick(choices));
  }
  return [...out];
}

describe('search agrees with the plain definition of its ranking', () => {
  const glossary = JSON.parse(
    readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8'),
  ) as Glossary;
  const entries = syntheticGlossary(glossary.entries, 3000);
  const index = buildSearchIndex(entries);
  const keys = entries.map(keysOf);
  const asked = queries(keys, 400);
  // The reference's order is total, so a smaller limit is a prefix of the first 50.
  const expectedTop = new Map(asked.map((q) => [q, reference(keys, q, 50)]));

  it.each([1, 15, 50])('limit %i: same entries, order, kind and alias for 400 queries', (limit) => {
    let nonEmpty = 0;
    for (const q of asked) {
      const expected = expectedTop.get(q)!.slice(0, limit);
      const got = search(index, q, limit).map((r) => ({
        id: r.entry.id,
        kind: r.kind,
        rank: r.rank,
        ...(r.alias !== undefined ? { alias: r.alias } : {}),
      }));
      expect(got, q).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    // The queries reach most ranks and mostly find something.
    expect(nonEmpty).toBeGreaterThan(asked.length * 0.8);
  });

  it('without a limit, every matching entry comes back once', () => {
    for (const q of ['s', '衢', 'qu', 'lu', '街道']) {
      const expected = reference(keys, q, entries.length);
      expect(expected.length, q).toBeGreaterThan(20);
      expect(search(index, q, entries.length).map((r) => r.entry.id)).toEqual(expected.map((r) => r.id));
    }
  });

  it('the queries cover every rank', () => {
    const seen = new Set<number>();
    for (const found of expectedTop.values()) for (const r of found) seen.add(r.rank);
    expect([...seen].sort((a, b) => a - b)).toEqual(RANKS.map((_, rank) => rank));
  });
});
