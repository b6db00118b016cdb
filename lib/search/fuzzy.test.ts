import { describe, expect, it } from 'vitest';
import { prng } from '../../tests/bench/prng';
import { editDistance, nearLines, prefixEditDistance } from './fuzzy';

/**
 * The textbook definition, unbounded: the full optimal-string-alignment table of `a` against `b`.
 * Returns the distance to the whole of `b` and to its nearest prefix.
 */
function plain(a: string, b: string): { whole: number; prefix: number } {
  const d: number[][] = Array.from({ length: b.length + 1 }, (_, i) =>
    Array.from({ length: a.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= b.length; i++) {
    for (let j = 1; j <= a.length; j++) {
      const cost = a[j - 1] === b[i - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + cost, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
      if (i > 1 && j > 1 && a[j - 1] === b[i - 2] && a[j - 2] === b[i - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return { whole: d[b.length]![a.length]!, prefix: Math.min(...d.map((row) => row[a.length]!)) };
}

describe('editDistance', () => {
  it('counts a swap of adjacent letters as one edit, like an insertion, deletion or substitution', () => {
    expect(editDistance('qujaing', 'qujiang', 3)).toBe(1); // swap
    expect(editDistance('lianglshan', 'liangshan', 3)).toBe(1); // insertion
    expect(editDistance('kaihu', 'kaihua', 3)).toBe(1); // deletion
    expect(editDistance('kaihia', 'kaihua', 3)).toBe(1); // substitution
    expect(editDistance('kaihua', 'kaihua', 3)).toBe(0);
    expect(editDistance('kiahauxian', 'kaihuaxian', 3)).toBe(2); // two swaps
  });

  it('answers max + 1 for anything farther than max', () => {
    expect(editDistance('qujaing', 'qujiang', 0)).toBe(1);
    expect(editDistance('kiahauxian', 'kaihuaxian', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 2)).toBe(3); // lengths alone rule it out
  });

  it('handles empty strings', () => {
    expect(editDistance('', '', 1)).toBe(0);
    expect(editDistance('', 'a', 1)).toBe(1);
    expect(editDistance('ab', '', 1)).toBe(2);
  });
});

describe('prefixEditDistance', () => {
  it('measures to the nearest start of the key', () => {
    expect(prefixEditDistance('lianglshan', 'liangshanyinhang', 1)).toBe(1);
    expect(prefixEditDistance('qujaing', 'qujiangqu', 1)).toBe(1);
    expect(editDistance('qujaing', 'qujiangqu', 1)).toBe(2); // the whole key is farther
    expect(prefixEditDistance('kaih', 'kaihuaxian', 1)).toBe(0);
    expect(prefixEditDistance('xqxq', 'kaihuaxian', 1)).toBe(2);
  });

  it('agrees with the unbounded table on random strings, for every bound', () => {
    const random = prng(11);
    const word = (length: number) => Array.from({ length }, () => 'abcu'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word(Math.floor(random() * 9));
      // Keys often start like the query, so small distances are common.
      const b =
        random() < 0.5 ? word(Math.floor(random() * 12)) : a.slice(0, 3) + word(Math.floor(random() * 8));
      const expected = plain(a, b);
      for (const max of [0, 1, 2, 3]) {
        expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(expected.whole, max + 1));
        expect(prefixEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(expected.prefix, max + 1));
      }
    }
  });
});

/** Keys as search.ts lays them out for nearLines: newline-joined, with each line's start. */
function asLines(keys: readonly string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(keys.length + 1);
  let offset = 1;
  keys.forEach((key, line) => {
    starts[line] = offset;
    offset += key.length + 1;
  });
  starts[keys.length] = offset;
  return { text: `\n${keys.join('\n')}\n`, starts };
}

describe('nearLines', () => {
  const keys = ['qujiangqu', 'qujiang', 'kaihuaxian', 'qujaing', 'qixiang', 'zhangtan'];
  const { text, starts } = asLines(keys);

  it('groups lines by distance, whole keys apart from keys only their start is near', () => {
    const near = nearLines(text, starts, 'qujaing', 1);
    expect(near.whole).toEqual([[3], [1]]);
    expect(near.prefix).toEqual([[], [0]]);
  });

  it('finds exactly the lines the unbounded table puts within max, on random keys', () => {
    const random = prng(5);
    const word = (length: number) => Array.from({ length }, () => 'abcdu'[Math.floor(random() * 5)]).join('');
    const many = Array.from({ length: 400 }, () => word(1 + Math.floor(random() * 10)));
    const { text: manyText, starts: manyStarts } = asLines(many);
    for (let n = 0; n < 60; n++) {
      const query = word(1 + Math.floor(random() * 8));
      for (const max of [0, 1, 2, 3]) {
        const near = nearLines(manyText, manyStarts, query, max);
        const whole: number[][] = Array.from({ length: max + 1 }, () => []);
        const prefix: number[][] = Array.from({ length: max + 1 }, () => []);
        many.forEach((key, line) => {
          const d = plain(query, key);
          if (d.prefix > max) return;
          (d.whole === d.prefix ? whole : prefix)[d.prefix]!.push(line);
        });
        expect(near, `${query} ${max}`).toEqual({ whole, prefix });
      }
    }
  });

  it('skips lines it is told to and stops once enough whole keys were found', () => {
    expect(nearLines(text, starts, 'qujaing', 1, Uint8Array.of(0, 1, 0, 0, 0, 0)).whole).toEqual([[3], []]);
    const first = nearLines(text, starts, 'qujaing', 1, undefined, 1);
    expect(first.whole).toEqual([[], [1]]);
    expect(first.prefix).toEqual([[], [0]]);
  });
});
