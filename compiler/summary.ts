/**
 * What an entry's summary says: what the term is, in one or two short lines, from the best
 * evidence there is. In order:
 * - a term of Zhejiang or the country (compiler/scope/): the reference's definition;
 * - a formula: what the text says it stands for, once (五城 → 枢纽之城、…), or, where the text
 *   never says, that plainly;
 * - a place: its kind and where it lies (from the register when it is a division), then at most one
 *   sentence of the articles about the place itself;
 * - anything else: a sentence that defines it (X是…, X即…, 简称X, 被誉为…), else what the articles
 *   do with it (建设“X” → a goal to build) and where it is run, never an arbitrary mention.
 * Nothing is invented: every clause comes from the text, the register or the reference list.
 */
import type { Sentence } from './article';
import { tokenize } from './lexicon';
import type { WiderTerm } from './scope/wider-terms';
import type { Term } from './term';

/** A clause longer than this is not a definition a popover can show. */
const CLAUSE_MAX = 48;
const CLAUSE_SPLIT = /(?<=[，；：])/;

/** Words right after a term that say what it is (是/即/指), or where (位于), or since when (始建于). */
const DEFINES_AFTER =
  /^[”"’]?(?:[，,]?(?:是|即|系|指的是|指|简称|全称|又称|又名|俗称|被誉为|被称为|被评为|素有|享有|位于|地处|坐落于|坐落在|始建于|建于|成立于|创建于|创办于|源于|起源于|由|隶属))/;
/** Words right before a term that name it (简称X, 被誉为X). */
const DEFINES_BEFORE = /(?:简称|统称|称为|誉为|号称|又称|俗称|人称|命名为|取名)[“"‘]?$/;
/** Words right after a place that say something about the place itself. */
const PLACE_FACT_AFTER =
  /^(?:是|为|地处|位于|坐落|辖|下辖|现有|共有|拥有|有|素有|享有|被誉为|被评为|先后获|曾获|获评|入选|始建于|建于|历史|面积|总面积|东邻|南邻|西邻|北邻|东接|西接|境内|因|自)/;

/**
 * What the articles do with a term, read from the verb that governs it: right before it or a few
 * characters before, in the same clause (践行习近平总书记“八个嘱托”), as a kind of thing.
 */
// A place or an organisation is what it is whatever is done with it: KIND_WORD names it.
const FRAMES: readonly { verbs: string; says: { slogan: string; program: string } }[] = [
  {
    verbs: '加快建设|建设|打造|创建|争创|争当|建成|构建|共建',
    says: { slogan: '建设目标', program: '建设项目' },
  },
  {
    verbs: '深入实施|实施|推进|深化|落实|推行|推广|贯彻',
    says: { slogan: '战略或举措', program: '项目或举措' },
  },
  {
    verbs: '提出|唱响|践行|弘扬|秉持|坚持|树立|擦亮',
    says: { slogan: '理念或口号', program: '举措' },
  },
  {
    verbs: '开展|举办|举行|启动|组织',
    says: { slogan: '活动', program: '活动或项目' },
  },
  {
    verbs: '依托|通过|利用|借助|运用|上线|开发|搭建',
    says: { slogan: '平台或做法', program: '平台或工具' },
  },
  {
    verbs: '围绕|聚焦|对标|融入|助力',
    says: { slogan: '工作目标', program: '重点项目' },
  },
  {
    verbs: '获评|荣获|评为|入选',
    says: { slogan: '荣誉称号', program: '荣誉或名单' },
  },
];

/** The verb, then at most 8 characters of the same clause, then the term (quote marks allowed). */
const FRAME_RES = FRAMES.map((f) => new RegExp(`(?:${f.verbs})[^，。；：！？、]{0,8}$`));

const KIND_WORD: Record<Term['category'], string> = {
  place: '地名',
  program: '项目',
  slogan: '提法',
  organization: '机构',
};

/** What the compile step knows about a term beyond its own rules. */
export interface SummaryContext {
  wider?: WiderTerm;
  /**
   * The Quzhou division the term belongs to: named in it or written right before it in the text
   * (衢江“两山银行” → 衢江区).
   */
  runBy?: string;
}

function isHeadline(s: Sentence): boolean {
  return s.title === s.text;
}

/** The clauses of a sentence from the one holding the term, while they fit; undefined if too long. */
function clausesFrom(text: string, at: number, max = CLAUSE_MAX): string | undefined {
  const clauses = text.split(CLAUSE_SPLIT);
  let start = 0;
  let i = 0;
  while (i < clauses.length - 1 && start + clauses[i]!.length <= at) start += clauses[i++]!.length;
  let out = clauses[i]!.slice(at - start);
  if (out.length > max) return undefined;
  for (let j = i + 1; j < clauses.length && out.length + clauses[j]!.length <= max; j++) out += clauses[j]!;
  return out.replace(/[，；：、]$/, '').replace(/[。！？；]+[”’）」]*$/, '') + '。';
}

/** Where the term is the subject of its clause: at its start, after at most a quote mark. */
function subjectAt(text: string, term: string): number | undefined {
  let from = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, from)) {
    from = at + 1;
    const before = text.slice(0, at).replace(/[“"‘]$/, '');
    if (before === '' || /[，；：。！？]$/.test(before)) return before.length;
  }
  return undefined;
}

/** A sentence of the text that says what the term is: X是…, X即…, 简称X, 被誉为X. */
function definingClause(term: Term): string | undefined {
  for (const s of term.sentences) {
    if (isHeadline(s)) continue;
    for (const form of [term.term, ...term.aliases]) {
      const at = s.text.indexOf(form);
      if (at < 0) continue;
      const after = s.text.slice(at + form.length);
      const subject = subjectAt(s.text, form);
      if (subject !== undefined && DEFINES_AFTER.test(after)) {
        const out = clausesFrom(s.text, subject);
        if (out && out.length > form.length + 4) return out;
      }
      if (DEFINES_BEFORE.test(s.text.slice(0, at))) {
        // 简称X / 被誉为X: the clause that names it is the definition, read from its start.
        const clauseStart = Math.max(...['，', '；', '。'].map((p) => s.text.lastIndexOf(p, at))) + 1;
        const out = clausesFrom(s.text, clauseStart);
        if (out) return out;
      }
    }
  }
  return undefined;
}

/** Words after a subject that do not start its predicate: it is a modifier or one of a list. */
const NOT_PREDICATE = /^[”"’]?(?:[“"‘]|的|之|内|里|中|外|上|下|旁)/;
/**
 * jieba's tags a predicate may open with: a verb (创新, 吸引), an adverb (将, 已) or a preposition
 * (在, 以). A noun there (…体系打破, …行动相继) makes the term a modifier of that noun, not the
 * subject.
 */
const PREDICATE_START = new Set(['v', 'd', 'p', 'c']);

/**
 * What the term does, where it is the subject of a clause (衢江“两山银行”创新建立…): the first such
 * clause in the text, short enough to read. `runBy` may stand before it (the division running it).
 */
function doingClause(term: Term, runBy: string | undefined): string | undefined {
  const lead = runBy ? [runBy, runBy.replace(/[市县区镇乡]$|街道$/, '')] : [];
  for (const s of term.sentences) {
    if (isHeadline(s)) continue;
    for (let at = s.text.indexOf(term.term); at >= 0; at = s.text.indexOf(term.term, at + 1)) {
      let before = s.text.slice(0, at).replace(/[“"‘]$/, '');
      const place = lead.find((l) => l.length >= 2 && before.endsWith(l));
      if (place) before = before.slice(0, -place.length);
      if (before !== '' && !/[，；：。！？]$/.test(before)) continue;
      const after = s.text.slice(at + term.term.length);
      if (NOT_PREDICATE.test(after)) continue;
      const clause = after.replace(/^[”"’]/, '').split(/[，；：。！？]/)[0]!;
      const [first, second, third] = tokenize(clause);
      if (!PREDICATE_START.has(first?.tag ?? '')) continue;
      // 放心|农产品|在供应…: a verb-like modifier and a noun that is itself the subject of what
      // follows (a preposition, adverb or verb): a new clause, not the term's predicate.
      if (first!.tag === 'v' && /^n/.test(second?.tag ?? '') && /^(p|d|v)$/.test(third?.tag ?? '')) continue;
      // An ellipsis in the source marks text left out: the clause would not read on its own.
      if (clause.length >= 6 && clause.length <= CLAUSE_MAX && !clause.includes('…')) return `${clause}。`;
    }
  }
  return undefined;
}

/** One sentence about a place itself: the place as subject, followed by a fact about it. */
function placeFact(term: Term): string | undefined {
  let best: string | undefined;
  for (const s of term.sentences) {
    if (isHeadline(s)) continue;
    const at = subjectAt(s.text, term.term);
    if (at === undefined) continue;
    const after = s.text.slice(at + term.term.length).replace(/^[”"’]/, '');
    if (!PLACE_FACT_AFTER.test(after)) continue;
    const out = clausesFrom(s.text, at, 60);
    if (out && out.length > term.term.length + 6 && (!best || out.length < best.length)) best = out;
  }
  return best;
}

/** The most common frame the articles put the term in (建设“X”), as a kind of thing. */
function frameOf(term: Term): { says: string; example: string } | undefined {
  const counts = new Map<number, { n: number; example: string }>();
  for (const s of term.sentences) {
    // A headline's grammar is clipped (谈建设…): the example comes from the body.
    if (isHeadline(s)) continue;
    for (let at = s.text.indexOf(term.term); at >= 0; at = s.text.indexOf(term.term, at + 1)) {
      const before = s.text.slice(0, at);
      let match: RegExpExecArray | null = null;
      const i = FRAME_RES.findIndex((re) => (match = re.exec(before)) !== null);
      if (i < 0 || !match) continue;
      const example = (match as RegExpExecArray)[0].replace(/[“”"‘’]/g, '') + term.term;
      const c = counts.get(i) ?? { n: 0, example };
      c.n++;
      counts.set(i, c);
    }
  }
  let best: [number, { n: number; example: string }] | undefined;
  for (const entry of counts) if (!best || entry[1].n > best[1].n) best = entry;
  if (!best) return undefined;
  const { says } = FRAMES[best[0]]!;
  const kind =
    term.category === 'slogan' || term.category === 'program'
      ? says[term.category]
      : KIND_WORD[term.category];
  return { says: kind, example: best[1].example };
}

function isNumeric(term: string): boolean {
  return /^[\d+.xX]+$/.test(term);
}

/** The summary of a term the text explains in its own words (rules' expansion, full name, definition). */
function fromRules(term: Term): string | undefined {
  if (term.expansion) return `指${term.expansion.join('、')}。`;
  if (term.fullName) return `${term.fullName}的简称${term.definition ? `，${term.definition}` : ''}。`;
  if (term.definition) return `${term.definition}。`;
  if (term.partOf) return `“${term.partOf}”之一。`;
  return undefined;
}

/** What a place is, where nothing says where it lies: 地名（河流）。 (古地名 says 地名 already: 古地名。). */
export function placeKind(kind: string): string {
  return kind.endsWith('地名') ? `${kind}。` : `地名（${kind}）。`;
}

export function summarize(term: Term, context: SummaryContext = {}): string {
  if (context.wider) return context.wider.definition;
  const stated = fromRules(term);
  if (term.category === 'place') {
    // A list item's kind is only "listed with places": say no more than 地名.
    const kind = term.kind === '并列项' ? '地名' : term.kind;
    const parent = term.parent ?? (context.runBy !== term.term ? context.runBy : undefined);
    const where = parent ? `${parent}的${kind}。` : placeKind(kind);
    return where + (stated ?? placeFact(term) ?? '');
  }
  if (stated) return stated;
  const defined = definingClause(term);
  if (defined) return defined;
  if (isNumeric(term.term) || term.kind === '数字口号')
    return `数字代称；文中没有说明“${term.term}”具体指什么。`;
  // Whose it is: the division running it, else the articles', which are Quzhou news.
  const owner = context.runBy ? `${context.runBy}的` : '衢州报道中的';
  const doing = doingClause(term, context.runBy);
  if (doing) return `${owner}${KIND_WORD[term.category]}：${doing}`;
  const frame = frameOf(term);
  if (frame) return `${owner}${frame.says}：“${frame.example}”。`;
  return `${owner}${KIND_WORD[term.category]}；文中未给出定义。`;
}
