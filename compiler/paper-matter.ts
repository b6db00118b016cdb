/**
 * What a newspaper prints around an article that is not the article: the masthead and imprint,
 * bylines and speakers' name lines, the dateline a report opens with. Read by normalize.ts (such a
 * line is never joined to the text around it) and article.ts (never a sentence or a headline).
 */

/**
 * A newspaper's imprint: masthead (…主办 …承办), issue line (总第3642期, 星期二 农历…), editor and
 * proofreader lines (责任编辑：董玲), and a news site's source line (发布时间：… 来源：衢州日报 作者：…).
 * Never about a term, so never evidence or a summary.
 */
const IMPRINT_RE =
  /主办.{0,20}承办|^\S*主办$|总第\d+期|星期[一二三四五六日天]|农历|今日\d+版|责任编辑|^(?:编辑|校对|审核|审校|美编|值班编辑)[：:]|热线|邮编|广告许可证|(?:^|[\s(（])(?:来源|作者|转自|发布时间)[：:]/;
/**
 * A byline or a speaker's line: a post and a person's name alone on a line (信安街道党工委书记 巫伟,
 * 记者 刘威 通讯员 金驰). It names who wrote or speaks, not what the section is about.
 */
const BYLINE_RE =
  /^[■□●◆▲]?\s*(?:(?:本报)?(?:见习)?记者|通讯员|文\/|图\/|摄影|撰稿|[^，。]{0,8}报道组)|(?:书记|副书记|局长|主任|区长|县长|市长|镇长|乡长|主席|部长|经理|董事长|校长|院长|社长|所长|站长|队长|委员|记者|通讯员)[\s\u3000]*[\p{Script=Han}]{2,3}$/u;
/** The dateline a report opens with (本报讯（记者 刘威）, 编者按：): who filed it, not what it says. */
const DATELINE_RE =
  /^(?:本报讯|本台讯|新华社[^，。]{0,12}电|[^，。（(]{2,12}讯)?\s*[（(](?:[^（）()]*?(?:记者|通讯员|编辑)[^（）()]*)[）)]\s*|^(?:编者按|编者的话)[：:]\s*/u;

/** A short line that is an imprint or a byline: not part of the article's text. */
export function isPaperMatter(text: string): boolean {
  if (text.length > 50 || /[。！？]/.test(text)) return false;
  return IMPRINT_RE.test(text) || (text.length <= 30 && !/[，；]/.test(text) && BYLINE_RE.test(text));
}

/**
 * A raw line of a source that is a byline, read before line wraps are joined, so it must be sure:
 * names stand apart by spaces (本报记者 毛广绘 通讯员 刘恩聪, 记者 郑理致 文/摄, 信安街道党工委书记 巫伟), where a
 * wrapped line of body text (记者在采访中发现…) runs on.
 */
const BYLINE_LINE_RE =
  /^[■□●◆▲]?\s*(?:(?:[^，。\s]{0,10}?(?:本报)?(?:见习)?记者|通讯员|[^，。\s]{0,8}报道组)[\s\u3000]+\p{Script=Han}{2,4}(?:[\s\u3000]+(?:通讯员|(?:见习)?记者|[^，。\s]{0,8}报道组)?[\s\u3000]*\p{Script=Han}{2,4})*(?:[\s\u3000]+(?:文\/摄|文\/图|图\/文|摄影|摄|文))?|[^，。；\s]{2,20}(?:书记|局长|主任|区长|县长|市长|镇长|乡长|主席|部长|经理|董事长|校长|院长|社长|所长|站长|队长)[\s\u3000]+\p{Script=Han}{2,3})$/u;

export function isBylineLine(line: string): boolean {
  return (
    line.length <= 40 && (BYLINE_LINE_RE.test(line) || (IMPRINT_RE.test(line) && !/[。！？，]/.test(line)))
  );
}

/** The sentence without the dateline it opens with. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE_RE, '');
}

/** A line that opens with a dateline starts a report: it never continues the line above (a headline). */
export function opensWithDateline(line: string): boolean {
  return DATELINE_RE.test(line) && !/^(?:编者按|编者的话)/.test(line);
}
