/**
 * What is too ordinary to explain. Two sources:
 *  - jieba's general dictionary: a phrase that is one ordinary word (马前卒, 服务员, 快进键 are
 *    quoted as metaphors in the seeds) or a name whose stem is an ordinary word (示范村, 精品村);
 *  - a short list of nationwide policy vocabulary that jieba's dictionary is too old to know
 *    (营商环境, 乡村振兴, 未来社区): these read like local terms but are the same everywhere.
 * This is vocabulary, not a list of the seeds' terms: it blocks kinds of words, and applies to any corpus.
 */
import { generalDictionary } from './lexicon';

export const NATIONWIDE_VOCABULARY = new Set([
  '项目',
  '发展',
  '街道',
  '党员干部',
  '营商环境',
  '乡村振兴',
  '共同富裕',
  '共富',
  '未来社区',
  '未来乡村',
  '现代社区',
  '总部经济',
  '基层治理',
  '老旧小区',
  '城市更新',
  '城市大脑',
  '数字经济',
  '数字化',
  '智慧城市',
  '一体化',
  '高质量发展',
  '开门红',
  '半年红',
  '全年红',
  '新时代',
  '中国式现代化',
  '和美乡村',
  '美丽乡村',
  '村改居',
  '白改黑',
  '比学赶超',
  '党建联建',
  '店小二',
  '金名片',
  '领头雁',
  '中梗阻',
  '下梗阻',
  '十四五',
  '专精特新',
  '直播带货',
  '一把手',
  '行政村',
  '自然村',
  '示范区',
  '开发区',
  '城区',
  '辖区',
  '景区',
  '园区',
  '社区',
  '小区',
  '市区',
  '全区',
  '全市',
  '全省',
  '乡镇',
  '村社',
  '乡村',
  '农村',
  '城市',
  '新城',
  '新区',
  '片区',
]);

/** True where `word` is an ordinary word of general Chinese (in jieba's dictionary, not a place name). */
export function isOrdinaryWord(word: string, minFreq = 3): boolean {
  const entry = generalDictionary().get(word);
  return entry !== undefined && entry.freq >= minFreq && entry.tag !== 'ns' && entry.tag !== 'm';
}

export function isInDictionary(word: string): boolean {
  return generalDictionary().has(word);
}

export function isNationwide(term: string): boolean {
  return NATIONWIDE_VOCABULARY.has(term);
}
