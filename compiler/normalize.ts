/**
 * Text normalisation for seed articles before extraction.
 *
 * The seeds are partly OCR'd newspaper print. Typical damage, all seen in seeds/:
 * - a word broken by a stray space or line break (`衢江抽水蓄能电 站`, `举汉公 路`);
 * - a paragraph broken by a page or column break mid-word (`总部经\n\n济`), sometimes repeating
 *   the characters on both sides of the break (`加快建设\n\n设一批`, `契机，\n\n机，`);
 * - misread characters, mostly 入 read as 人 (`列人`, `存人`);
 * - half-width punctuation in Chinese text (`,` and ASCII double quotes).
 * An article in Traditional script (a Taiwan or Hong Kong page) is read in Simplified first.
 * Everything here works on the text alone: no term is known in advance.
 */
import * as OpenCC from 'opencc-js/t2cn';
// The pinyin some pages write after a character (桐村鎮(zhèn), 衢(qú)州) is a reading aid, not text:
// left in, it ends names and stays inside quotes (“桐花小镇(zhèn)”).
import { PINYIN_GLOSS } from '../lib/matching/reading-aids';
import { simplifiedCode, traditionalTwins } from '../lib/matching/script-fold';
import { isBylineLine, opensWithDateline } from './paper-matter';

export interface Paragraph {
  text: string;
  /** A markdown heading (`## …`) in the source, or a short line that reads like a headline. */
  heading: boolean;
  /** A markdown heading in the source: the seeds mark real headlines this way where they mark any. */
  markdown: boolean;
  /** A byline or imprint line as the source wrote it (paper-matter.ts): article.ts skips it. */
  byline?: true;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_RE = new RegExp(`[${CJK}]`);
const CJK_ALL = new RegExp(`[${CJK}]`, 'g');
const CJK_PUNCT = '，。、；：？！“”‘’（）《》【】「」…—·';

/** Sentence-final punctuation: a paragraph ending in one of these is complete. */
const TERMINAL = new Set(['。', '！', '？', '；', '…', '!', '?', ';']);

/**
 * Misreadings of 入 as 人 that the OCR makes after verbs that take 入 as a complement.
 * Only pairs where `X人` is not itself a common word are listed (引人, 进人, 加人 are left alone).
 */
const OCR_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['列人', '列入'],
  ['存人', '存入'],
  ['纳人', '纳入'],
  ['投人', '投入'],
  ['融人', '融入'],
  ['深人', '深入'],
  ['输人', '输入'],
  ['步人', '步入'],
  ['迈人', '迈入'],
  ['嵌人', '嵌入'],
  ['汇人', '汇入'],
  ['收人', '收入'],
  // 垒 read as 全 in 壁垒 ("打破部门层级壁全").
  ['壁全', '壁垒'],
];

/** Tags and markup are text to us, never structure; they are dropped so nothing can reach a page. */
const MARKUP_RE = /<\/?[a-zA-Z!][^<>]{0,500}>/g;
// Control characters, the replacement character and placeholder boxes left by OCR.
const JUNK_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\u25a1\u25a0]/g;

/** Fullwidth ASCII letters and digits (Ａ, １) to ASCII, so 3+X and ３＋Ｘ are one term. */
function foldFullwidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** OpenCC's Traditional (Taiwan forms) to Simplified converter, built for the first such article. */
let toSimplifiedScript: ((text: string) => string) | undefined;

/**
 * A Traditional article (a Taiwan or Hong Kong page about Quzhou) in Simplified script: jieba's
 * dictionary, the register and every rule read Simplified (龍遊縣 is 龙游县, 後田鋪村 the register's
 * 后田铺村). OpenCC converts by phrase, so it also settles what one character cannot (連著山 is 连着山,
 * 著名 stays; 發源於 is 发源于), which the matcher's one-for-one table leaves (script-fold.ts). A
 * Simplified article is left as written, so that its few characters the table folds stay.
 */
function inSimplifiedScript(text: string): string {
  // Which script: characters only Traditional writes (龍, 縣) against those only Simplified
  // writes (龙, 县). Some Simplified names keep a character the table folds (濛 of 濛桥村, as the
  // register writes it), but beside many only Simplified has.
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (simplifiedCode(code) !== code) traditional++;
    else if (traditionalTwins(code).length > 0) simplified++;
  }
  if (traditional <= simplified) return text;
  toSimplifiedScript ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplifiedScript(text);
}

/** What a gap may stand between: Chinese text, its punctuation, digits. */
const NEAR = `[${CJK}${CJK_PUNCT}0-9%]`;
const GAP = new RegExp(`(${NEAR})[ \\t\\u3000\\u00a0]+(?=${NEAR})`, 'g');
/** A number set apart by spaces (召开 2023 年一季度) is typesetting, in a headline too. */
const NUMBER_GAP = new RegExp(
  `(${NEAR})[ \\t\\u3000\\u00a0]+(?=[0-9])|([0-9%])[ \\t\\u3000\\u00a0]+(?=${NEAR})`,
  'g',
);

/**
 * Removes whitespace inside Chinese text: between two CJK characters, digits or CJK punctuation.
 * Not in a headline (isHeadlineLike: a line of up to 48 characters with no sentence punctuation),
 * where a space parts two phrases (迎来关键节点 乌溪江特大桥主桥顺利合龙, 转作风 讲担当 抓落实):
 * there it becomes one ideographic space, which ends a name as punctuation does.
 */
function closeGaps(line: string, byline: boolean): string {
  const headline = !byline && isHeadlineLike(line);
  const join = headline ? '$1\u3000' : '$1';
  // Twice, because a match consumes the character on its left.
  const closed = headline ? line.replace(NUMBER_GAP, '$1$2').replace(NUMBER_GAP, '$1$2') : line;
  return closed.replace(GAP, join).replace(GAP, join);
}

/** Half-width punctuation next to Chinese text becomes the full-width form the rest of the code expects. */
function fullwidthPunctuation(line: string): string {
  let s = line;
  // ASCII double quotes first (pairing them in order within the line), so `",` reads as `”,`.
  if (s.includes('"')) {
    let open = true;
    s = s.replace(/"/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  const c = `[${CJK}”）]`;
  return s
    .replace(new RegExp(`(${c}),\\s*`, 'g'), '$1，')
    .replace(new RegExp(`(${c});\\s*`, 'g'), '$1；')
    .replace(new RegExp(`(${c}):\\s*`, 'g'), '$1：')
    .replace(new RegExp(`(${c})!`, 'g'), '$1！')
    .replace(new RegExp(`\\((?=[^()]{0,40}[${CJK}][^()]{0,40}\\))([^()]*)\\)`, 'g'), '（$1）');
}

function fixOcr(s: string): string {
  let out = s;
  for (const [bad, good] of OCR_PAIRS) out = out.split(bad).join(good);
  return out;
}

/** A paragraph that stops mid-sentence: no final punctuation and it reads as body text. */
function isUnfinished(p: string): boolean {
  const last = p[p.length - 1] ?? '';
  if (TERMINAL.has(last)) return false;
  if (!CJK_RE.test(last) && !'，、“”（）：'.includes(last)) return false;
  return p.length >= 30 || /[，、,]/.test(p);
}

/**
 * Where a page break repeated the characters on both sides (`建设|设一批`, `契机，|机，`),
 * returns how many characters at the start of `next` are that repetition.
 */
function repeatedAcrossBreak(prev: string, next: string): number {
  for (let k = 4; k >= 1; k--) {
    const head = next.slice(0, k);
    if (head.length === k && CJK_RE.test(head) && prev.endsWith(head)) return k;
  }
  return 0;
}

function isHeadlineLike(p: string): boolean {
  if (p.length < 4 || p.length > 48) return false;
  if (/[，。；！？,;]/.test(p)) return false;
  return (p.match(CJK_ALL) ?? []).length >= 4;
}

/**
 * A headline by its words: headline-like once the punctuation inside its quotes is left out
 * (“一部手机，把全村人连在了一起”——访…), and no list of its own outside them (现代物流、城市商贸、
 * …总部经 is body text cut by a page).
 */
function isTitleLike(p: string): boolean {
  const quotes = /“[^”]*”/g;
  return (
    isHeadlineLike(p.replace(quotes, (q) => q.replace(/[，。；！？、,;]/g, ''))) &&
    !p.replace(quotes, '').includes('、')
  );
}

/** Normalises one article into paragraphs of clean text. Pure. */
export function normalizeArticle(raw: string): Paragraph[] {
  const text = inSimplifiedScript(
    foldFullwidth(
      raw.replace(/\r\n?/g, '\n').replace(MARKUP_RE, ' ').replace(JUNK_RE, '').replace(PINYIN_GLOSS, ''),
    ),
  );
  // Blocks are separated by blank lines; a single newline inside a block is a line wrap.
  const blocks = text.split(/\n[ \t\u3000]*\n/);
  const paragraphs: Paragraph[] = [];
  let carry: Paragraph | undefined;
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    // A wrapped line fills the column: a line much shorter than the block's longest that stops
    // without punctuation is a heading or a line of verse over the next paragraph (web pages put
    // one paragraph on each line: 建设规模和内容 / 文昌阁重建工程项目坚持…), not a wrap.
    const column = Math.max(...lines.map((l) => l.length));
    for (const [i, rawLine] of lines.entries()) {
      const shortAbove = i > 0 && lines[i - 1]!.length < column * 0.6;
      const markdownHeading = /^#{1,6}\s/.test(rawLine);
      const byline = isBylineLine(rawLine);
      const line = fixOcr(
        fullwidthPunctuation(closeGaps(rawLine.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, ''), byline)),
      );
      if (line.length === 0) continue;
      const prev = carry;
      // An article's first line, with no sentence punctuation and not too long, is its headline:
      // the paragraph after a blank line under it starts the body, whatever the headline ends in
      // (…——龙游姜席堰灌区改造见闻 / 初夏时节，…).
      // So is a subtitle on the line under it (汛前“体检”查隐患　村级河长守安澜 / 衢江全面开展…).
      const underTitle =
        paragraphs.length === 0 &&
        prev !== undefined &&
        isTitleLike(prev.text) &&
        (i === 0 || isTitleLike(fullwidthPunctuation(rawLine)));
      // A wrapped line inside a block continues the previous one when that one is unfinished;
      // across a blank line only body text that stops mid-sentence continues (a page break).
      const continues =
        prev !== undefined &&
        !prev.heading &&
        !underTitle &&
        !markdownHeading &&
        (i > 0
          ? !TERMINAL.has(prev.text[prev.text.length - 1] ?? '') && !shortAbove
          : isUnfinished(prev.text)) &&
        (CJK_RE.test(line[0] ?? '') || '“”）、，'.includes(line[0] ?? '')) &&
        // A byline on the line under a headline is not the headline's end (龙游9000年 / 本报记者 …).
        !byline &&
        !prev.byline &&
        !opensWithDateline(rawLine);
      if (prev && continues) {
        const skip = i > 0 ? 0 : repeatedAcrossBreak(prev.text, line);
        prev.text += line.slice(skip);
      } else {
        if (prev) paragraphs.push(prev);
        carry = {
          text: line,
          heading: markdownHeading,
          markdown: markdownHeading,
          ...(byline ? { byline } : {}),
        };
      }
    }
  }
  if (carry) paragraphs.push(carry);
  for (const p of paragraphs) {
    p.text = closeGaps(p.text, p.byline === true);
    if (!p.heading) p.heading = isHeadlineLike(p.text);
  }
  return paragraphs;
}
