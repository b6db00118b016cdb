/**
 * Splits a normalised article into sentences and reads what the article states about itself:
 * its headline, its publication date (from the masthead) and the section headline of each sentence.
 */
import type { SourceArticle } from '../lib/glossary/glossary';
import type { Paragraph } from './normalize';
import { isPaperMatter, withoutDateline } from './paper-matter';

export interface Sentence {
  file: string;
  text: string;
  /** Headline of the section the sentence is in. */
  title?: string;
  date?: string;
}

/**
 * Each article's text by its file name, every sentence followed by a line break: what an article
 * says anywhere, for checks that look past one sentence.
 */
export function articleTexts(sentences: readonly Sentence[]): Map<string, string> {
  const byFile = new Map<string, string[]>();
  for (const s of sentences) {
    const texts = byFile.get(s.file);
    if (texts) texts.push(s.text);
    else byFile.set(s.file, [s.text]);
  }
  return new Map([...byFile].map(([file, texts]) => [file, `${texts.join('\n')}\n`]));
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
    if (p.byline || isPaperMatter(p.text)) continue;
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
