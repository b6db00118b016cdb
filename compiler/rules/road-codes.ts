/**
 * Rule: county and township roads by their code. Chinese local roads are named by the first
 * characters of the places at their two ends and 线: 城白线 (城关–白石), 桃下线, 石呈线, 小湖线.
 * Such a name is two characters that make no common word and 线, and the sentence is about roads
 * (省道, 公路, 沿线, 通车, …) or lists another road code beside it. Words that end in 线 (航线,
 * 沿线, 在线, 线索) are the dictionary's and are left alone.
 */
import type { Sentence } from '../article';
import { isNationwide } from '../generic';
import { generalDictionary, type Token } from '../lexicon';
import { FUNCTION_CHARS } from './suffixes';

export interface RoadCode {
  term: string;
  sentence: Sentence;
}

const CODE = /[\u4e00-\u9fff]{2}线/g;
/** Words that put a sentence on the roads. */
const ROAD_CONTEXT =
  /公路|道路|省道|国道|县道|乡道|绿道|大道|路线|线路|沿线|两线|通车|改建|拓宽|穿境|相交|交汇|连接线|路网|路面/;
/** Characters that never open a road's code: a number or measure (一条, 三线) or grammar. */
const NOT_AN_END = /[一二三四五六七八九十两百千万条个第每各该本此这那主干支专沿]/;

export function findRoadCodes(
  sentences: readonly Sentence[],
  tokensOf: (s: Sentence) => Token[],
): RoadCode[] {
  const dictionary = generalDictionary();
  const out: RoadCode[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!text.includes('线')) continue;
    const hits: string[] = [];
    const tokens = tokensOf(sentence);
    const starts = new Set(tokens.map((t) => t.start));
    for (const m of text.matchAll(CODE)) {
      const term = m[0];
      const ends = term.slice(0, 2);
      const next = text[m.index + 3] ?? '';
      if (dictionary.has(term) || dictionary.has(`线${next}`)) continue;
      // The two ends are initials, not a word of their own (沿|线, 动|线 of 游玩动线).
      const word = dictionary.get(ends);
      // A verb of the dictionary, however rare, is what is done along the line (巡护|线, a patrol
      // route), not two places' initials.
      if (word && ((word.freq >= 100 && word.tag !== 'n') || /^v/.test(word.tag))) continue;
      // Nor a word newer than the dictionary that names a kind of trip (研学|线, a study-tour route).
      if (isNationwide(ends)) continue;
      if ([...ends].some((ch) => NOT_AN_END.test(ch) || FUNCTION_CHARS.has(ch))) continue;
      // jieba starts a word at the code: 跨过|黄双线, not 游|玩动线.
      if (!starts.has(m.index)) continue;
      // Not a road's number with 线 (320国道线), nor after a one-character verb whose complement
      // its first character is (做|实底线, 做|畅竖线).
      if (/^(国道|省道)$/.test(ends) || /\d/.test(text[m.index - 1] ?? '')) continue;
      // 库坑至|田坑线: the far end of a route written from one place to another, not a code.
      if (/[至到—–]$/.test(text.slice(0, m.index))) continue;
      // 查|路线, 新|上线: jieba reads 线 with the character before it as a common word (路线 "a
      // route", 上线 "go online"), not as the end of a code; rare words stay codes (城|白线, 桃|下线).
      const closing = tokens.find((t) => t.start === m.index + 1 && t.end === m.index + 3);
      if (closing && (dictionary.get(closing.word)?.freq ?? 0) >= 500) continue;
      // 改造前|电线: a locative jieba reads alone ends the phrase before it ("before the renovation"),
      // and the word it leaves is an ordinary one, however rare: no code starts on it.
      const opening = tokens.find((t) => t.start === m.index && t.end === m.index + 1);
      if (closing && opening?.tag === 'f' && dictionary.has(closing.word)) continue;
      const prev = tokens.find((t) => t.end === m.index);
      if (prev && prev.word.length === 1 && prev.tag === 'v') continue;
      hits.push(term);
    }
    if (hits.length === 0) continue;
    if (!ROAD_CONTEXT.test(text) && hits.length < 2) continue;
    for (const term of hits) out.push({ term, sentence });
  }
  return out;
}
