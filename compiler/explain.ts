/**
 * Explanations, taken from the text: the facts the rules found (parent place, expansion, full
 * name, defining clause) in a fixed sentence, followed by the clearest sentence that uses the term.
 * Nothing is invented: every word after the term comes from the seeds or names the rule's finding.
 */
import type { Evidence } from '../lib/glossary';
import type { Sentence } from './article';
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

/** The sentences that show the term, in corpus order, at most `limit`, as evidence. */
export function evidence(term: Term, limit = 5): Evidence[] {
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

/** The sentence that best shows what the term is: a mid-length one that is not a headline. */
function clearestSentence(term: Term): Sentence | undefined {
  const body = term.sentences.filter((s) => s.title !== s.text);
  const pool = body.length > 0 ? body : term.sentences;
  return [...pool].sort((a, b) => score(a.text) - score(b.text))[0];
}

function score(text: string): number {
  // Prefer 20–70 characters: long enough to say something, short enough to read in a popover.
  return text.length < 20 ? 100 - text.length : text.length > 70 ? text.length : 0;
}

export function summarize(term: Term): string {
  const parts: string[] = [];
  if (term.partOf && term.expansion === undefined) {
    parts.push(`“${term.partOf}”之一。`);
  } else if (term.expansion) {
    parts.push(`指${term.expansion.join('、')}。`);
  }
  if (term.fullName) {
    parts.push(`${term.fullName}的简称${term.definition ? `，${term.definition}` : ''}。`);
  } else if (term.definition) {
    parts.push(`${term.definition}。`);
  }
  if (term.category === 'place') {
    parts.push(term.parent ? `${term.parent}的${term.kind}。` : `地名（${term.kind}）。`);
  }
  const sentence = clearestSentence(term);
  if (sentence && parts.length < 2) parts.push(`原文：${excerpt(sentence.text, term.term, 60)}`);
  return `${term.term}：${parts.join('')}`;
}
