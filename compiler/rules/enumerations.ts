/**
 * Rule: enumerations. News lists its local things in runs joined by 、 and closed by 等:
 * 盈川古县、上岗头、涧峰等美丽乡村; 衢州银泰城、衢江港区保税仓、衢州纤纳新能源科技、衢江抽蓄等重大项目.
 * Names that appear once and carry no suffix (上岗头, 衢江抽蓄) are only found this way: when one
 * item of a list is already a known term, its neighbours are the same kind of thing.
 * This module only cuts lists into items; extract.ts decides which items become terms.
 */
import type { Sentence } from '../article';
import { generalDictionary, guessedLead, type Token } from '../lexicon';
import { SUFFIXES } from './suffixes';

function endsWithSuffix(item: string): boolean {
  return SUFFIXES.some((s) => item.length > s.suffix.length && item.endsWith(s.suffix));
}

export interface Enumeration {
  items: string[];
  sentence: Sentence;
  /** What the sentence says after the list (等美丽乡村, 入选省第二批…), up to 14 characters. */
  after: string;
}

/** A list lives inside one clause. */
const CLAUSE = /[^，。；：！？,;:!?（）()]+/g;
/** Tags that cannot be part of a name at a list's outer edges: verbs, grammar words, particles. */
const EDGE = /^(v|vd|p|c|d|dg|u|uj|ul|uz|ud|ug|uv|r|f|t|m|q|y|e)$/;
/** Quote marks around an item are kept out of it; the quote rule handles quoted items. */
const QUOTES = /^[“”"']+|[“”"']+$/g;

/**
 * An unknown word jieba's HMM made (x) whose first character is, by the dictionary's tag, a word
 * that cannot be part of a name at a list's edge: 俱遭 (俱/dg).
 */
function edgeOpening(t: Token): boolean {
  const tag = guessedLead(t)?.tag;
  return tag !== undefined && EDGE.test(tag);
}

/** An unknown word (x) whose last character is a preposition by the dictionary's tag (村以: 以/p). */
function endsWithPreposition(t: Token): boolean {
  return generalDictionary().get(t.word[t.word.length - 1]!)?.tag === 'p';
}

function trimItem(item: string): string {
  // 一道新能源二期, 新屋里二期: the phase of a project is not part of its name.
  return item.replace(QUOTES, '').replace(/[一二三四五六七八九十\d]+期$/, '');
}

/** The end of the frame 以…为重点 ("take … as the focus") around a list: 为 and what the list is. */
const FRAME_END = /为(重点|主|核心|龙头|抓手|载体|突破口|主线|中心|纽带|支撑|示范|试点)/;

/** A count of the items, closing a list: 三个村, 4个自然村. */
const COUNT_OF_ITEMS = /^([一二两三四五六七八九十]|\d{1,2})个/;

export function findEnumerations(sentences: Sentence[], tokensOf: (s: Sentence) => Token[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!text.includes('、')) continue;
    const tokens = tokensOf(sentence);
    for (const clause of text.matchAll(CLAUSE)) {
      const body = clause[0];
      if (!body.includes('、')) continue;
      const clauseStart = clause.index;
      const parts = body.split('、');
      // The first item starts after the last edge word before the first 、; the last item ends at
      // the first edge word after the last 、 (等, 以及, 入选 …).
      const firstSep = clauseStart + parts[0]!.length;
      const lastStart = clauseStart + body.length - parts[parts.length - 1]!.length;
      let start = clauseStart;
      let prev: Token | undefined;
      for (const t of tokens) {
        if (t.end > firstSep) break;
        // 发挥好|乡贤联谊会: a verb's result complement belongs to the verb.
        const complement = /^[好实]$/.test(t.word) && prev?.tag.startsWith('v');
        if (t.start >= clauseStart && (EDGE.test(t.tag) || complement) && t.word !== '、') start = t.end;
        // 就|有青龙/nr|埠: a verb jieba's dictionary glued to the first item's first characters into
        // a rare name. (Its made-up words are left alone here: 经开化/x, 四省/x are cut elsewhere.)
        else if (t.start >= clauseStart && t.tag !== 'x' && edgeOpening(t)) start = t.start + 1;
        // 金源村以/x|山林、…: a preposition jieba's HMM glued to the end of the word before it ends
        // the clause's subject; the list starts after it.
        else if (t.start >= clauseStart && t.tag === 'x' && t.word.length >= 2 && endsWithPreposition(t))
          start = t.end;
        prev = t;
      }
      // The last item runs to the first edge word, unless a longer stretch ends in a name suffix
      // (乐成寄宿中学, 联洲制冷): verbs inside names are common.
      const clauseEnd = clauseStart + body.length;
      let end = clauseEnd;
      // 等 closes a list outright (衢江抽蓄等重大项目): what comes before it is the last item,
      // whatever jieba makes of its characters (衢/江/抽/蓄).
      const closing = text.indexOf('等', lastStart);
      const closed = closing > lastStart && closing - lastStart <= 10 && closing < clauseEnd;
      for (const t of closed ? [] : tokens) {
        if (t.start < lastStart) continue;
        if (t.start >= clauseEnd) break;
        // 魁星楼|俱遭/x: jieba's HMM glues the predicate's adverb to the next character.
        // 大源|4个自然村: a count of the items closes the list.
        if (
          t.start > lastStart &&
          (EDGE.test(t.tag) ||
            edgeOpening(t) ||
            t.word.startsWith('等') ||
            COUNT_OF_ITEMS.test(text.slice(t.start)))
        ) {
          end = t.start;
          break;
        }
      }
      if (closed) end = closing;
      const named = tokens.find(
        (t) =>
          t.end > end &&
          t.end - end <= 4 &&
          t.start >= lastStart &&
          !/[等和及与]/.test(text.slice(end, t.end)) &&
          // 龙头坑、洋坑|三个村: a count of the items closes the list; it is no name's end.
          !COUNT_OF_ITEMS.test(text.slice(end)) &&
          endsWithSuffix(text.slice(lastStart, t.end)),
      );
      if (named && !closed) end = named.end;
      // 以|柯城九华、…、江山大陈|为重点: the frame "take X as the focus" holds the list, whatever
      // jieba glued to its ends (以柯城/x, 陈为/x).
      const frame = FRAME_END.exec(text.slice(lastStart, end));
      if (frame && text[start] === '以' && start + 1 < firstSep) {
        start += 1;
        end = lastStart + frame.index;
      }
      if (start >= firstSep || end <= lastStart) continue;
      // 以及 ("as well as") joins two items wherever it stands (江山以及金华、上饶): no name holds it.
      const pieces = text.slice(start, end).split(/、|以及/);
      // A、B等…、C: 等 closes the list inside an item as well (…、根宫佛国等核心资源与周边村落串成线、
      // 连成片: the clauses after it are the sentence's, not items).
      const closedAt = pieces.findIndex((p, i) => i > 0 && /^.{2,}?等/.test(p));
      if (closedAt > 0) pieces.splice(closedAt, pieces.length, pieces[closedAt]!.replace(/等.*$/, ''));
      // A、B和C等: a conjunction joins two items, at the end (衢江航道和浙赣铁路) or inside the list
      // (衢江、龙游与丽水的遂昌、松阳).
      const items = pieces.map(trimItem).flatMap((item) => {
        const joined = /^(.{2,})[和与及](.{2,})$/.exec(item);
        return joined ? [joined[1]!, joined[2]!] : [item];
      });
      // 茶山村的|高山茶园、翁源村的古道、龙头坑村的瀑布群: where the items after the first each follow
      // a place and 的, the list is of the places' things (a tea garden, a team), and so is the first,
      // cut after its own 的. Such a list proposes nothing.
      if (text[start - 1] === '的' && items.slice(1).some((i) => /^.{2,}的./.test(i))) continue;
      // 妙源村、静岩村送来了|土鸡蛋、番薯干、椪柑和冬笋: an item holding a verb's aspect particle (了,
      // which no name holds) ends one list, the subjects, and starts another, the verb's objects,
      // which are not the same kind of thing as the items before it.
      const turn = items.findIndex((item, i) => i > 0 && i < items.length - 1 && item.includes('了'));
      if (turn > 0) {
        const objects = [items[turn]!.slice(items[turn]!.lastIndexOf('了') + 1), ...items.slice(turn + 1)];
        out.push({ items: items.slice(0, turn + 1), sentence, after: '' });
        out.push({ items: objects.filter((o) => o.length > 0), sentence, after: text.slice(end, end + 14) });
        continue;
      }
      out.push({ items, sentence, after: text.slice(end, end + 14) });
    }
  }
  return out;
}
