/**
 * Rules that read an explanation out of the text:
 *  - abbreviations: 衢州市六禾港盟城乡发展服务有限公司（以下简称六禾港盟）, with the clause that
 *    defines it (辖区6个行政村共同出资设立的强村公司——…);
 *  - numeric formulas expanded in brackets after them: “三有”（乱了有保安、坏了有保修、脏了有保洁）;
 *  - numeric formulas expanded by the list just before them: 枢纽之城、…、智治之城“五城”.
 */
import type { Sentence } from '../article';
import { tokenize } from '../lexicon';
import { leadingCount, type QuoteMatch } from './quotes';

export interface Abbreviation {
  short: string;
  full: string;
  /** The clause that says what the full name is, where the sentence has one. */
  definition?: string;
  sentence: Sentence;
}

export interface Expansion {
  term: string;
  items: string[];
  /** True where the items share a suffix and read as names (枢纽之城, 康养之城): each is a term too. */
  named: boolean;
  sentence: Sentence;
  /** The quoted list the formula counts, where the list is quoted and the formula is not (三道题). */
  listed?: string;
}

const ABBR_RE = /（(?:以下)?简称[“"]?([^（）“”"]{2,12})[”"]?）/g;
const CLAUSE_BREAK = /[，。；：、“”（）——\s]/;

export function findAbbreviations(sentences: Sentence[]): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(ABBR_RE)) {
      let start = m.index;
      while (start > 0 && start > m.index - 30 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
      const full = text.slice(start, m.index);
      if (full.length < 4) continue;
      // The definition is the clause before the name, as in “…设立的强村公司——衢州市六禾港盟…”.
      let definition: string | undefined;
      if (text.slice(start - 2, start) === '——') {
        const clauseStart =
          Math.max(text.lastIndexOf('，', start - 3), text.lastIndexOf('。', start - 3)) + 1;
        definition = text
          .slice(clauseStart, start - 2)
          .replace(/^[将把由]/, '')
          .trim();
      }
      out.push({ short: m[1]!, full, sentence, ...(definition ? { definition } : {}) });
    }
  }
  return out;
}

function commonSuffix(items: string[]): string {
  let suffix = items[0] ?? '';
  for (const item of items) {
    while (suffix && !item.endsWith(suffix)) suffix = suffix.slice(1);
  }
  return suffix;
}

/** Splits an enumeration, trimming the lead-in verb off the first item (聚力枢纽之城 → 枢纽之城). */
function enumerationItems(segment: string, count: number): { items: string[]; named: boolean } | undefined {
  // Items are joined by 、, or, where each is a clause of its own, by commas (让科技、资金进农村，让青年、乡贤回农村).
  let items = segment.split('、').map((s) => s.trim());
  if (items.length !== count) items = segment.split(/[，,；;]/).map((s) => s.trim());
  // The first item carries the clause's lead-in until it is cut below: it may run longer.
  const tooLong = (i: string, n: number) => i.length > (n === 0 ? 24 : 12);
  if (items.length !== count || items.some((i, n) => i.length < 2 || tooLong(i, n))) return undefined;
  const rest = items.slice(1);
  const suffix = commonSuffix(rest);
  const named = suffix.length >= 1 && rest.every((i) => i.length <= 6);
  if (named && items[0]!.endsWith(suffix)) {
    const typical = Math.max(...rest.map((i) => i.length));
    if (items[0]!.length > typical) items[0] = items[0]!.slice(items[0]!.length - typical);
  } else {
    // (开化县)围绕|项目建设、征地拆迁…: the sentence's subject and verb lead the list in; the
    // first item starts after the last verb or preposition that leaves it two characters or more.
    const first = items[0]!;
    const lead = tokenize(first).filter(
      (t) => /^(v|p)$/.test(t.tag) && t.word.length >= 2 && first.length - t.end >= 2,
    );
    const cut = lead[lead.length - 1];
    // Not where the other items open with a verb too: 加快发展、推进改革 is parallel, with no lead-in.
    const parallel = rest.some((i) => /^(v|p)$/.test(tokenize(i)[0]?.tag ?? ''));
    if (cut && !parallel) items[0] = first.slice(cut.end);
  }
  if (items[0]!.length > 12) return undefined;
  // A list does not open with a particle (成立了由县委、县政府…的“两山银行”): the segment is a
  // clause's tail, not an enumeration.
  if (/^u/.test(tokenize(items[0]!)[0]?.tag ?? '')) return undefined;
  return { items, named: named && items[0]!.endsWith(suffix) };
}

/**
 * “养眼、养肺、养胃、养脑、养心”的大花园 … “五养”大花园: a count formula (五养) whose word each of as
 * many items quoted as a list in the same or the sentence before holds. The formula abbreviates
 * that list.
 */
function listedBefore(
  q: QuoteMatch,
  at: number,
  quotes: QuoteMatch[],
  order: ReadonlyMap<Sentence, number>,
): Expansion | undefined {
  const count = leadingCount(q.text);
  const word = q.text.slice(1);
  if (count === undefined || count < 2 || word.length < 1 || word.length > 2) return undefined;
  const here = order.get(q.sentence);
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const p = quotes[j]!;
    const there = order.get(p.sentence);
    if (p.sentence.file !== q.sentence.file || here === undefined || there === undefined || here - there > 1)
      break;
    const items = p.text.split('、');
    if (items.length === count && items.every((i) => i.includes(word) && i.length <= 6))
      return { term: q.text, items, named: false, sentence: q.sentence, listed: p.text };
  }
  return undefined;
}

export function findExpansions(
  quotes: QuoteMatch[],
  /** Each sentence's place in the corpus, to find a list quoted in the sentence before. */
  order: ReadonlyMap<Sentence, number> = new Map(),
): Expansion[] {
  const out: Expansion[] = [];
  for (const [at, q] of quotes.entries()) {
    const text = q.sentence.text;
    const counted = countedList(q, text);
    if (counted) {
      out.push(counted);
      continue;
    }
    const count = leadingCount(q.text);
    if (count === undefined || count < 2) continue;
    // Brackets after the formula, right away or after a word or two (“两进两回”政策东风（…）).
    const bracket = /^[^（）。，；]{0,8}?（([^（）]{4,80})）/.exec(text.slice(q.end));
    const fromBracket = bracket ? enumerationItems(bracket[1]!, count) : undefined;
    if (fromBracket) {
      out.push({ term: q.text, ...fromBracket, sentence: q.sentence });
      continue;
    }
    // The list that ends right where the formula starts.
    const before = text.slice(0, q.start);
    // A clause starts after a comma, colon or full stop, or after the space between a headline's parts.
    const segStart = Math.max(...['，', '：', '。', ' ', '\u3000'].map((c) => before.lastIndexOf(c))) + 1;
    // 衢江、灵山江的“两江”: the 的 that ties the list to the formula is not part of the last item.
    const fromList = enumerationItems(before.slice(segStart).replace(/的$/, ''), count);
    if (fromList) {
      out.push({ term: q.text, ...fromList, sentence: q.sentence });
      continue;
    }
    const listed = listedBefore(q, at, quotes, order);
    if (listed) out.push(listed);
  }
  return out;
}

/**
 * “选择题、填空题、附加题”三道题: a quoted list followed by a count of as many things. The count is
 * the formula (三道题), the list what it stands for.
 */
function countedList(q: QuoteMatch, text: string): Expansion | undefined {
  const items = q.text.split('、');
  if (items.length < 2) return undefined;
  const formula = /^[一二三四五六七八九十两][\u4e00-\u9fff]{1,4}?(?=[，。；！？、]|$)/.exec(
    text.slice(q.end),
  )?.[0];
  if (!formula || leadingCount(formula) !== items.length) return undefined;
  return { term: formula, items, named: false, sentence: q.sentence, listed: q.text };
}
