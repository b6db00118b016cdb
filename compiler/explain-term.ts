/**
 * `npm run glossary -- --explain TERM`: what the compiler knew and decided about one term, as
 * lines of text: the detectors that proposed it, its evidence, the rule that decided and why, and
 * the entry it became. Pure: the caller prints.
 */
import type { Glossary } from '../lib/glossary/glossary';
import type { CandidateRecord } from './compile';

export function explainTerm(
  term: string,
  decisions: readonly CandidateRecord[],
  glossary: Glossary,
): string[] {
  const lines: string[] = [];
  const records = decisions.filter((d) => d.evidence.term.term === term || d.evidence.term.aliases.has(term));
  for (const { evidence: e, decision } of records) {
    lines.push(
      `${e.term.term}: ${decision.keep ? 'kept' : 'dropped'} as ${decision.category} by rule "${decision.rule}"`,
    );
    lines.push(`  why: ${decision.reason}`);
    lines.push(`  proposed by: ${e.detectors.join(', ')} (kind ${e.term.kind})`);
    lines.push(
      `  jieba: ${e.tokens.map((t) => `${t.word}/${t.tag}`).join(' ')}${e.word ? ` (a dictionary word: ${e.word.tag}, frequency ${e.word.freq})` : ''}`,
    );
    const d = e.term.division;
    if (d)
      lines.push(
        `  as a division: stem ${d.stem}; organ after it ${d.organ ? 'yes' : 'no'}; inside its unit ${d.parent ? 'yes' : 'no'}; listed beside ${d.listedWith.map((x) => x.term).join('、') || 'none'}`,
      );
    if (e.term.nameUses)
      lines.push(
        `  as a name: ${e.term.nameUses.length} use(s), stem ${e.term.nameUses[0]!.stem}; longer readings ${[...new Set(e.term.nameUses.flatMap((m) => m.alternatives.map((r) => r.term)))].join('、') || 'none'}`,
      );
    if (e.register) {
      const places = e.register.quzhou.map((p) => `${p.code} ${[...p.chain].reverse().join('')}${p.name}`);
      lines.push(
        `  register: ${e.register.named} division(s) in China of this name${places.length ? `; in Quzhou: ${places.join('; ')}` : ''}${e.register.gluedTo ? `; ends in ${e.register.gluedTo}` : ''}`,
      );
    }
    lines.push(`  occurrences: ${e.occurrences.length} in ${e.articles} article(s)`);
    for (const o of e.occurrences.slice(0, 5))
      lines.push(`    ${o.sentence.file}: …${o.before}【${o.form}】${o.after}…`);
  }
  const entries = glossary.entries.filter((x) => x.term === term || x.aliases.includes(term));
  for (const entry of entries) {
    lines.push(
      `entry ${entry.id}: ${entry.term} (${entry.category}, ${entry.origin}), ${entry.sources.length} source(s)`,
    );
    lines.push(`  ${entry.summary}`);
  }
  if (records.length === 0)
    lines.unshift(
      entries.length > 0
        ? `${term}: no detector proposed it; the entry comes from ${entries.map((x) => x.origin).join(', ')}`
        : `${term}: no detector proposed it and no entry has it`,
    );
  return lines;
}
