/**
 * An entry's evidence: the sentences that show the term in use, cut around it. (What the summary
 * says is chosen in summary.ts.)
 */
import type { Evidence } from '../lib/glossary/glossary';
import type { Term } from './extract';

const EXCERPT_MAX = 90;

/** The sentence, cut to about EXCERPT_MAX characters around the term, with an ellipsis where cut. */
export function excerpt(sentence: string, term: string, max = EXCERPT_MAX): string {
  const text = sentence.trim();
  if (text.length <= max) return text;
  const at = Math.max(0, text.indexOf(term));
  let start = Math.max(0, at - Math.floor((max - term.length) / 2));
  const end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** How many sentences an entry shows as its sources. */
export const SOURCE_LIMIT = 5;

/** The sentences that show the term, in corpus order, at most `limit`, as evidence. */
export function evidence(term: Term, limit = SOURCE_LIMIT): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of term.sentences) {
    const text = excerpt(s.text, term.term);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({
      file: s.file,
      excerpt: text,
      ...(s.title ? { title: s.title } : {}),
      ...(s.date ? { date: s.date } : {}),
    });
    if (out.length === limit) break;
  }
  return out;
}
