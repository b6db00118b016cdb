/**
 * Explanations, taken from the text: the facts the rules found (parent place, expansion, full
 * name, defining clause) in a fixed sentence, else the clauses of the sentence that best says what
 * the term is or does, cut at clause boundaries.
 * Nothing is invented: every word after the term comes from the seeds or names the rule's finding.
 */
import type { Evidence } from '../lib/glossary/glossary';
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

/** Words right after a term that say what it is or does: 两山银行创新建立…, 沙湾村是…. */
const DEFINING_AFTER = /^[”"]?(是|为|即|指|将|已|成为|作为|——|创新|帮助|实现|获评|入选|位于|吸引|打造|集)/;
const CLAUSE_SPLIT = /(?<=[，；：])/;
const SUMMARY_MAX = 70;

/** How well a sentence defines the term: it opens with it, or says what it is or does. */
function definingScore(text: string, term: string): number {
  const at = text.indexOf(term);
  if (at < 0) return -100;
  let score = 0;
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('；', at)) + 1;
  if (at - clauseStart <= 2) score += 2;
  if (DEFINING_AFTER.test(text.slice(at + term.length))) score += 3;
  // Long enough to say something, short enough to read in a popover.
  if (text.length < 15) score -= 3;
  if (text.length > 120) score -= 1;
  return score;
}

/** The sentence that best shows what the term is: one that defines it, not a headline. */
function definingSentence(term: Term): Sentence | undefined {
  const body = term.sentences.filter((s) => s.title !== s.text);
  const pool = body.length > 0 ? body : term.sentences;
  let best: Sentence | undefined;
  for (const s of pool)
    if (!best || definingScore(s.text, term.term) > definingScore(best.text, term.term)) best = s;
  return best;
}

/**
 * The clauses of a sentence around the term, cut at clause boundaries (，；：) to at most
 * SUMMARY_MAX characters: the clause with the term, then the ones after it while they fit.
 */
export function definingClauses(sentence: string, term: string, max = SUMMARY_MAX): string {
  const clauses = sentence.trim().split(CLAUSE_SPLIT);
  let i = clauses.findIndex((c) => c.includes(term));
  if (i < 0) return excerpt(sentence, term, max);
  // A clause that opens with a connective or a bare lead-in reads better with the one before it.
  while (
    i > 0 &&
    clauses[i]!.indexOf(term) <= 1 &&
    clauses[i - 1]!.length <= 12 &&
    clauses[i - 1]!.endsWith('，')
  )
    i--;
  let out = clauses[i]!;
  for (let j = i + 1; j < clauses.length && out.length + clauses[j]!.length <= max; j++) out += clauses[j]!;
  if (out.length > max) return excerpt(out, term, max);
  return out.replace(/[，；：、]$/, '').replace(/[。！？；]+[”’）」]*$/, '') + '。';
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
    // A list item's kind is only "listed with places": say no more than 地名.
    const kind = term.kind === '并列项' ? '' : `（${term.kind}）`;
    parts.push(term.parent ? `${term.parent}的${term.kind}。` : `地名${kind}。`);
  }
  const sentence = definingSentence(term);
  // The sentence that defines the term, where the rules found no definition of their own.
  if (sentence && !term.expansion && !term.fullName && !term.definition)
    parts.push(definingClauses(sentence.text, term.term));
  return `${term.term}：${parts.join('')}`;
}
