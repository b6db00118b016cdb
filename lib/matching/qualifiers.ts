/**
 * A place name directly qualified by another province, city or county names that other place's
 * namesake, even on a page about Quzhou: 辽宁东港市, 天津双港镇, 安吉县余村, 湖南的白沙村, and so does
 * one with a town of that county between them (兰溪市女埠街道江湾村). The
 * qualifiers are the register's divisions above town level outside Quzhou's own chain (浙江,
 * 衢州 and Quzhou's counties qualify Quzhou places), full and short (湖南省, 湖南; not a short form
 * that is an everyday word, 比如 or 平安), and as a Traditional page writes them (蘭谿市), compiled
 * into the match index (compiler/register/qualifier-forms.ts). A qualifier that is, or ends, the
 * short form of the place's own town or county written there (金川, a county of Sichuan, before
 * 金川街道's 上埠村; 小南海|大塘村) is that division, as a headline writes it. Only contextual
 * matches are checked: a form with no namesake anywhere cannot name another place.
 */
import { divisionShortForm } from '../glossary/glossary';
import { keepingContextual, type Match, type Matcher, type MatcherTerm } from './matcher';
import { toSimplified } from './script-fold';

/** Between a qualifier and the name: 湖南的白沙村, 湖南 白沙村. */
const JOINERS = new Set(['的', ' ', '\u00a0', '\u3000']);

/** Whether `sorted` (in JavaScript string order) holds `text`: a binary search, no Set to build. */
function holds(sorted: readonly string[], text: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = sorted[mid]!;
    if (value === text) return true;
    if (value < text) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * The qualifier the text just before `start` ends with (after one joiner at most), as a span of
 * the text, the longest first. `qualifiers` sorted in JavaScript string order, as the match index
 * lists them.
 */
export function qualifierBefore(
  text: string,
  start: number,
  qualifiers: readonly string[],
  longest: number,
): { start: number; end: number } | undefined {
  let end = start;
  if (end > 0 && JOINERS.has(text[end - 1]!)) end--;
  // A Traditional page writes the qualifier in Traditional characters (遼寧東港市): the text before
  // the name is folded once, code unit for code unit, so its suffixes keep their lengths.
  const before = toSimplified(text.slice(end - Math.min(longest, end), end));
  for (let length = before.length; length >= 2; length--) {
    if (holds(qualifiers, before.slice(before.length - length))) return { start: end - length, end };
  }
  return undefined;
}

/** A town's unit, ending the town written between a county and its village (女埠|街道). */
const TOWN_UNITS = ['街道', '镇', '乡'];
/** How many characters a town's name has before its unit: two (女埠|街道) or three (天荒坪|镇). */
const TOWN_NAME_LENGTHS = [2, 3];

/**
 * The qualifier before the town written just before `start` (兰溪市|女埠街道|江湾村): a county, a
 * town of its, then the village, a chain of another place's however Quzhou's its last name is.
 * Where the town is a glossary name (`found`: 溪口镇), it decides: qualified itself (休宁县|溪口镇),
 * its village is that county's too; not qualified, the chain is Quzhou's (灵山江|龙洲街道|驿前村).
 */
function qualifierBeforeTown(
  text: string,
  start: number,
  found: readonly Match[],
  qualifiers: readonly string[],
  longest: number,
): { start: number; end: number } | undefined {
  const before = toSimplified(text.slice(Math.max(0, start - 2), start));
  const unit = TOWN_UNITS.find((u) => before.endsWith(u));
  if (!unit) return undefined;
  for (const length of TOWN_NAME_LENGTHS) {
    const town = start - unit.length - length;
    if (town < 1 || !/^\p{Script=Han}+$/u.test(text.slice(town, start))) return undefined;
    const q = qualifierBefore(text, town, qualifiers, longest);
    if (q || found.some((f) => f.start === town && f.end === start)) return q;
  }
  return undefined;
}

/**
 * The short forms of the divisions a term lies in (上埠村 → 金川, 常山, 衢州), or any Quzhou place of
 * its name does (上蒋村 of 万田乡 and of 金川街道: the matcher reports one), by the `within` links of
 * the matcher's terms; computed for a term when first asked.
 */
function ownDivisions(terms: readonly MatcherTerm[]): (entry: number) => readonly string[] {
  let indexOf: Map<string, number> | undefined;
  let byTerm: Map<string, number[]> | undefined;
  const cache = new Map<number, string[]>();
  return (entry) => {
    let own = cache.get(entry);
    if (own) return own;
    indexOf ??= new Map(terms.map((t, i) => [t.id, i]));
    if (!byTerm) {
      byTerm = new Map();
      terms.forEach((t, i) => byTerm!.set(t.term, [...(byTerm!.get(t.term) ?? []), i]));
    }
    own = [];
    for (const namesake of byTerm.get(terms[entry]?.term ?? '') ?? [entry]) {
      // A chain is four links at most (village, town, county, city); the bound guards bad data.
      for (let at = terms[namesake]?.within, n = 0; at !== undefined && n < 8; n++) {
        const parent = indexOf.get(at);
        if (parent === undefined) break;
        own.push(divisionShortForm(terms[parent]!.term));
        at = terms[parent]!.within;
      }
    }
    cache.set(entry, own);
    return own;
  };
}

/**
 * The matcher, with contextual matches that follow another place's name left out. The qualifiers
 * are searched where they are (sorted): checks are rare, one per contextual match, and a frame
 * should not pay for a Set of 6,000 names it may never use.
 */
export function withQualifiers(matcher: Matcher, qualifiers: readonly string[]): Matcher {
  if (qualifiers.length === 0) return matcher;
  let longest = 0;
  const own = ownDivisions(matcher.terms);
  return keepingContextual(matcher, (m, text, found) => {
    if (longest === 0) for (const q of qualifiers) longest = Math.max(longest, q.length);
    const q =
      qualifierBefore(text, m.start, qualifiers, longest) ??
      qualifierBeforeTown(text, m.start, found, qualifiers, longest);
    if (q === undefined) return true;
    // 柯城区|白云街道: the qualifier (城区, a district of 阳泉) is only the end of a longer glossary
    // name written there, Quzhou's own.
    if (found.some((f) => f.end === q.end && f.start < q.start)) return true;
    // 金川|上埠村, 小南海|大塘村: the qualifier (金川, a county of Sichuan; 南海, a district of
    // 佛山) is, or ends, the short form of the place's own town written there, as a headline
    // writes it.
    return own(m.entry).some(
      (o) => o.length >= q.end - q.start && toSimplified(text.slice(m.start - o.length, m.start)) === o,
    );
  });
}
