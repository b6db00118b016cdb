/**
 * A synthetic glossary of any size for the benchmarks, built from the real entries' pieces (heads
 * and tails of real terms with their pinyin) with a fixed seed, so every run sees the same entries.
 */
import type { GlossaryEntry } from '../../lib/glossary/glossary';
import { prng } from './prng';

export const SYNTHETIC_SEED = 20240407;

interface Piece {
  chars: string[];
  syllables: string[];
}

/** Real terms whose characters and pinyin syllables line up one to one, cut into a head and a tail. */
function pieces(entries: readonly GlossaryEntry[]): { heads: Piece[]; tails: Piece[] } {
  const heads: Piece[] = [];
  const tails: Piece[] = [];
  for (const e of entries) {
    const chars = [...e.term];
    const syllables = e.pinyin.split(' ');
    if (chars.length < 2 || chars.length !== syllables.length || !/^\p{Script=Han}+$/u.test(e.term)) continue;
    const cut = Math.max(1, Math.floor(chars.length / 2));
    heads.push({ chars: chars.slice(0, cut), syllables: syllables.slice(0, cut) });
    tails.push({ chars: chars.slice(cut), syllables: syllables.slice(cut) });
  }
  return { heads, tails };
}

export function syntheticGlossary(real: readonly GlossaryEntry[], size: number): GlossaryEntry[] {
  const random = prng(SYNTHETIC_SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const { heads, tails } = pieces(real);
  const bodies = real.map((e) => e.summary.slice(e.summary.indexOf('：') + 1));
  const out: GlossaryEntry[] = [...real];
  const seen = new Set(real.map((e) => e.term));
  let serial = 0;
  while (out.length < size) {
    const parts = [pick(heads), pick(tails)];
    if (random() < 0.3) parts.unshift(pick(heads));
    const term = parts.map((p) => p.chars.join('')).join('');
    if (seen.has(term) || term.length > 16) continue;
    seen.add(term);
    const pinyin = parts.map((p) => p.syllables.join(' ')).join(' ');
    const template = pick(real);
    out.push({
      id: `synthetic-${++serial}`,
      term,
      aliases: random() < 0.15 ? [parts[0]!.chars.join('') + pick(tails).chars.join('')] : [],
      category: template.category,
      pinyin,
      summary: `${term}：${pick(bodies)}`,
      sources: [],
      origin: 'extracted',
    });
  }
  return out;
}
