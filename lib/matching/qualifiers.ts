/**
 * A place name directly qualified by another province, city or county names that other place's
 * namesake, even on a page about Quzhou: 辽宁东港市, 天津双港镇, 安吉县余村, 湖南的白沙村. The
 * qualifiers are the register's divisions above town level outside Quzhou's own chain (浙江,
 * 衢州 and Quzhou's counties qualify Quzhou places), full and short (湖南省, 湖南), compiled into
 * the match index (compiler/match-index.ts). Only contextual matches are checked: a form with no
 * namesake anywhere cannot name another place.
 */
import type { Match, Matcher } from './matcher';

/** Between a qualifier and the name: 湖南的白沙村, 湖南 白沙村. */
const JOINERS = new Set(['的', ' ', '\u00a0', '\u3000']);

/** Whether the text just before `start` ends with a qualifier (after one joiner at most). */
export function qualifiedElsewhere(
  text: string,
  start: number,
  qualifiers: ReadonlySet<string>,
  longest: number,
): boolean {
  let end = start;
  if (end > 0 && JOINERS.has(text[end - 1]!)) end--;
  for (let length = Math.min(longest, end); length >= 2; length--) {
    if (qualifiers.has(text.slice(end - length, end))) return true;
  }
  return false;
}

/**
 * The matcher, with contextual matches that follow another place's name left out. The qualifier
 * set is built on the first contextual match, so a page without one never pays for it.
 */
export function withQualifiers(matcher: Matcher, qualifiers: readonly string[]): Matcher {
  if (qualifiers.length === 0) return matcher;
  let set: Set<string> | undefined;
  let longest = 0;
  return {
    terms: matcher.terms,
    patternCount: matcher.patternCount,
    findAll(text, enabled) {
      const found = matcher.findAll(text, enabled);
      if (!found.some((m) => m.contextual)) return found;
      if (!set) {
        set = new Set(qualifiers);
        for (const q of qualifiers) longest = Math.max(longest, q.length);
      }
      return found.filter((m: Match) => !m.contextual || !qualifiedElsewhere(text, m.start, set!, longest));
    },
  };
}
