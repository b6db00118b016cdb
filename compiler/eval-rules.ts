/**
 * `npm run eval -- --rules`: for each decision rule, how its verdicts on the sets' candidates agree
 * with the labels: the labelled terms it dropped (and that nothing else kept), the labelled
 * negatives it kept. A rule that drops more terms than it should, or keeps what the labellers
 * rejected, shows here before anyone reads its cases one by one. Pure: the caller prints.
 */
import type { CandidateRecord } from './compile';
import { normalizeTerm, type LabelledTerm } from './evaluate';

export interface RuleTally {
  rule: string;
  /** Candidates it dropped that a label names as a term, with no kept entry of that form. */
  droppedTerms: string[];
  /** Candidates it dropped that no label names as a term. */
  droppedOthers: number;
  /** Entries it kept that a label names as a term. */
  keptTerms: number;
  /** Entries it kept that a label names as a negative (not a term). */
  keptNegatives: string[];
  /** Entries it kept that no label names either way. */
  keptUnlabelled: number;
}

/** Adds one set's decisions to `tallies`, by rule. */
export function tallyRules(
  tallies: Map<string, RuleTally>,
  decisions: readonly CandidateRecord[],
  terms: readonly LabelledTerm[],
  negatives: readonly string[],
): void {
  const isTerm = new Set(terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]).map(normalizeTerm));
  const isNegative = new Set(negatives.map(normalizeTerm));
  const formOf = (d: CandidateRecord) => normalizeTerm(d.decision.rename?.term ?? d.evidence.term.term);
  const kept = new Set(decisions.filter((d) => d.decision.keep).map(formOf));
  for (const d of decisions) {
    const rule = d.decision.rule;
    let t = tallies.get(rule);
    if (!t) {
      t = { rule, droppedTerms: [], droppedOthers: 0, keptTerms: 0, keptNegatives: [], keptUnlabelled: 0 };
      tallies.set(rule, t);
    }
    const form = formOf(d);
    if (!d.decision.keep) {
      if (isTerm.has(form) && !kept.has(form)) t.droppedTerms.push(d.evidence.term.term);
      else t.droppedOthers++;
    } else if (isTerm.has(form)) t.keptTerms++;
    else if (isNegative.has(form)) t.keptNegatives.push(form);
    else t.keptUnlabelled++;
  }
}

/** One line per rule that dropped a labelled term or kept a labelled negative, worst first. */
export function formatTallies(tallies: ReadonlyMap<string, RuleTally>, examples = 8): string[] {
  const list = (forms: string[]) =>
    forms.length === 0 ? '' : `: ${forms.slice(0, examples).join(' ')}${forms.length > examples ? ' …' : ''}`;
  return [...tallies.values()]
    .filter((t) => t.droppedTerms.length > 0 || t.keptNegatives.length > 0)
    .sort(
      (a, b) =>
        b.droppedTerms.length + b.keptNegatives.length - (a.droppedTerms.length + a.keptNegatives.length) ||
        (a.rule < b.rule ? -1 : 1),
    )
    .flatMap((t) => [
      ...(t.droppedTerms.length > 0
        ? [
            `${t.rule}: dropped ${t.droppedTerms.length} labelled terms and ${t.droppedOthers} others${list(t.droppedTerms)}`,
          ]
        : []),
      ...(t.keptNegatives.length > 0
        ? [
            `${t.rule}: kept ${t.keptNegatives.length} labelled negatives, ${t.keptTerms} labelled terms and ${t.keptUnlabelled} unlabelled${list(t.keptNegatives)}`,
          ]
        : []),
    ]);
}
