/**
 * `npm run eval -- --why`: for a wrong entry or a missed label, the decision the compiler made about
 * it, in one line, so that a set's errors can be read by class without a script of one's own.
 * Pure: the caller prints.
 */
import type { CandidateRecord } from './compile';
import { normalizeTerm } from './evaluate';

/**
 * The candidate a form names: the one it became (after a rename), else one that has it as its
 * term or an alias.
 */
function recordFor(form: string, decisions: readonly CandidateRecord[]): CandidateRecord | undefined {
  const key = normalizeTerm(form);
  const named = (f: string) => normalizeTerm(f) === key;
  return (
    decisions.find((d) => named(d.decision.rename?.term ?? d.evidence.term.term)) ??
    decisions.find((d) => [d.evidence.term.term, ...d.evidence.term.aliases].some(named))
  );
}

/** `form: kept|dropped by "rule" (reason); proposed by …; …context【form】context…`. */
export function decisionLine(form: string, decisions: readonly CandidateRecord[]): string {
  const record = recordFor(form, decisions);
  if (!record) return `${form}: no detector proposed it`;
  const { evidence: e, decision: d } = record;
  const was = e.term.term === form ? '' : ` (as ${e.term.term})`;
  const o = e.occurrences[0];
  const where = o ? `; ${o.sentence.file}: …${o.before}【${o.form}】${o.after}…` : '';
  // The keeping rule of last resort already says who proposed it.
  const by = d.reason.includes('proposed by') ? '' : `; proposed by ${e.detectors.join('+')}`;
  return `${form}${was}: ${d.keep ? 'kept' : 'dropped'} by "${d.rule}" (${d.reason})${by}${where}`;
}
