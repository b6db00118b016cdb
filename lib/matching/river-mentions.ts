/**
 * A name that is a river's as well as a division's is written as the river where the words around
 * it say so: 衢江北岸, 衢江两岸, 沿衢江, 汇入衢江 (the river that also names 衢江区). The match is
 * still the entry's, whose summary tells of the river too, but it is marked: a river flows through
 * the neighbours downstream, and 兰溪's news of its own 江湾村 on the 衢江's north bank names the
 * river, not the district (lib/page/quzhou-page.ts counts only divisions as Quzhou names). Only
 * forms ending in a river's character are asked, so the check is rare.
 */
import type { Matcher } from './matcher';
import { toSimplified } from './script-fold';

/** The last character of a form that may be a river's name. */
const RIVER_END = /[江河溪]$/;

/** Words written right after a river's name, of its banks, its reaches or its water. */
const RIVER_AFTER =
  /^(两岸|沿岸|岸边|[东南西北]岸|江畔|畔|边|上游|中游|下游|干流|支流|流域|水位|江面|江水|水系|航道|河道|来水)/;

/** Words written right before a river's name: along it, flowing into it. */
const RIVER_BEFORE = /(沿着?|汇入|流入|注入)$/;

/** The most characters {@link RIVER_AFTER} or {@link RIVER_BEFORE} reads. */
const CONTEXT = 2;

/** Whether the match at `start`…`end` of `text` is written as a river (a Traditional page folded). */
export function writtenAsRiver(text: string, start: number, end: number): boolean {
  if (!RIVER_END.test(toSimplified(text[end - 1]!))) return false;
  const after = toSimplified(text.slice(end, end + CONTEXT));
  const before = toSimplified(text.slice(Math.max(0, start - CONTEXT), start));
  return RIVER_AFTER.test(after) || RIVER_BEFORE.test(before);
}

/** The matcher, with matches written as a river marked `river`. */
export function markingRivers(matcher: Matcher): Matcher {
  return {
    terms: matcher.terms,
    patternCount: matcher.patternCount,
    findAll(text, enabled) {
      return matcher
        .findAll(text, enabled)
        .map((m) =>
          m.category === 'place' && writtenAsRiver(text, m.start, m.end) ? { ...m, river: true } : m,
        );
    },
  };
}
