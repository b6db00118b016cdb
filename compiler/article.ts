/**
 * Splits a normalised article into sentences and reads what the article states about itself:
 * its headline, its publication date (from the masthead) and the section headline of each sentence.
 */
import type { SourceArticle } from '../lib/glossary/glossary';
import type { Paragraph } from './normalize';

export interface Sentence {
  file: string;
  text: string;
  /** Headline of the section the sentence is in. */
  title?: string;
  date?: string;
}

export interface Article {
  source: SourceArticle;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const SENTENCE_RE = /[^。！？；!?;]+(?:[。！？；!?;]+[”’）」]*|$)/g;
const DATE_RE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
/** Masthead and imprint lines are not headlines. */
const MASTHEAD_RE =
  /主办|承办|编印|星期|农历|总第|今日\d|今日[一二三四]版|热线|责任编辑|^第\d+期$|\d{4}年\d{1,2}月/;
/**
 * A newspaper's imprint: masthead (…主办 …承办), issue line (总第3642期, 星期二 农历…), editor and
 * proofreader lines (责任编辑：董玲). Never about a term, so never evidence or a summary.
 */
const IMPRINT_RE =
  /主办.{0,20}承办|^\S*主办$|总第\d+期|星期[一二三四五六日天]|农历|今日\d+版|责任编辑|^(?:编辑|校对|审核|审校|美编|值班编辑)[：:]|热线|邮编|广告许可证/;
/**
 * A byline or a speaker's line: a post and a person's name alone on a line (信安街道党工委书记 巫伟,
 * 记者 刘威 通讯员 金驰). It names who wrote or speaks, not what the section is about.
 */
const BYLINE_RE =
  /^(?:(?:本报)?记者|通讯员|文\/|图\/|摄影|撰稿)|(?:书记|副书记|局长|主任|区长|县长|市长|镇长|乡长|主席|部长|经理|董事长|校长|院长|社长|所长|站长|队长|委员|记者|通讯员)[\s\u3000]*[\p{Script=Han}]{2,3}$/u;
/** The dateline a report opens with (本报讯（记者 刘威）, 编者按：): who filed it, not what it says. */
const DATELINE_RE =
  /^(?:本报讯|本台讯|新华社[^，。]{0,12}电|[^，。（(]{2,12}讯)?\s*[（(](?:[^（）()]*?(?:记者|通讯员|编辑)[^（）()]*)[）)]\s*|^(?:编者按|编者的话)[：:]\s*/u;

/** A short line that is an imprint or a byline: not part of the article's text. */
export function isPaperMatter(text: string): boolean {
  if (text.length > 50 || /[。！？]/.test(text)) return false;
  return IMPRINT_RE.test(text) || (text.length <= 30 && !/[，；]/.test(text) && BYLINE_RE.test(text));
}

/** The sentence without the dateline it opens with. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE_RE, '');
}

function splitSentences(text: string): string[] {
  return (text.match(SENTENCE_RE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The publication date, from a short masthead line near the top; never from body text. */
function mastheadDate(paragraphs: Paragraph[]): string | undefined {
  for (const p of paragraphs.slice(0, 15)) {
    // A masthead line is the date alone or with the weekday/lunar date, never a sentence.
    if (p.text.length > 40 || /[，。；]/.test(p.text)) continue;
    const m = DATE_RE.exec(p.text);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return undefined;
}

function isTitle(p: Paragraph): boolean {
  return p.heading && p.text.length >= 8 && !MASTHEAD_RE.test(p.text);
}

function isBody(p: Paragraph): boolean {
  return !p.heading && p.text.length >= 60;
}

/** Builds the article: sentences tagged with their section headline, and the article's own headline. */
export function readArticle(file: string, paragraphs: Paragraph[]): Article {
  const date = mastheadDate(paragraphs);
  const sentences: Sentence[] = [];
  let section: string | undefined;
  let articleTitle: string | undefined;
  // Headlines seen since the last body paragraph: a main headline is often followed by a
  // kicker or sub-headline, and where the source marks headlines in markdown those are the real ones.
  let pending: Paragraph[] = [];
  for (const p of paragraphs) {
    if (isPaperMatter(p.text)) continue;
    if (isTitle(p)) {
      pending.push(p);
      // Headlines name places and programs too (廿里镇：紧盯目标抓项目): they are evidence like any sentence.
      sentences.push({ file, text: p.text, title: p.text, ...(date ? { date } : {}) });
      continue;
    }
    const marked = pending.filter((h) => h.markdown);
    const heading = (marked.length > 0 ? marked[marked.length - 1] : pending[pending.length - 1])?.text;
    if (isBody(p) && heading !== undefined) {
      section = heading;
      articleTitle ??= section;
      pending = [];
    }
    // A short lead or editor's note before the first body paragraph belongs under the headline above it.
    const title = heading ?? section;
    for (const sentence of splitSentences(withoutDateline(p.text))) {
      const text = withoutDateline(sentence);
      if (text.length === 0) continue;
      sentences.push({ file, text, ...(title ? { title } : {}), ...(date ? { date } : {}) });
    }
  }
  const source: SourceArticle = {
    file,
    ...(articleTitle ? { title: articleTitle } : {}),
    ...(date ? { date } : {}),
  };
  return { source, paragraphs, sentences };
}
