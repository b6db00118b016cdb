/**
 * Slogan, program or place, from how the text uses a term: what it is carried out, built or said
 * as. decide.ts asks this where no rule has decided the category.
 */
import type { Category } from '../../lib/glossary/glossary';
import type { Occurrence, TermEvidence } from './evidence';

/**
 * Slogan or program, from how the text uses it: a program is something carried out or built
 * (实施“四边三化”, “152”工作体系), a slogan something said or aimed at (提出“重要窗口”, “五城”目标).
 * Only where the detector's guess was one of the two and the text leans one way.
 */
export function saidOrRun(
  e: TermEvidence,
  guess: Category,
): { category: Category; reason: string } | undefined {
  // A railway, road or port the text is building is a project, not yet a place to go.
  if (guess === 'place' && TRANSPORT_KINDS.has(e.term.kind) && !e.register?.quzhou.length) {
    const built = e.occurrences.filter(
      (o) =>
        BUILT_BEFORE.test(unquoteBefore(o.before)) ||
        BUILT_BEFORE_FIRST.test(o.before) ||
        BUILT_AFTER.test(unquoteAfter(o.after)),
    ).length;
    const done = e.occurrences.filter((o) => DONE_AFTER.test(unquoteAfter(o.after))).length;
    return built > done
      ? {
          category: 'program',
          reason: `a ${e.term.kind} the text is building (${built} of ${e.occurrences.length} uses)`,
        }
      : undefined;
  }
  if (guess !== 'slogan' && guess !== 'program') return undefined;
  // What a strategy, a spirit or an idea is: said.
  if (SAID_HEAD.test(e.term.term))
    return guess === 'program'
      ? { category: 'slogan', reason: 'a strategy, spirit or idea: something said' }
      : undefined;
  // Parallel clauses are said, however they are carried out (推行“树正打歪、拔钉清障”).
  if (/[、，,\s]/.test(e.term.term) && guess === 'slogan') return undefined;
  const run = e.occurrences.filter(
    (o) =>
      RUN_BEFORE.test(unquoteBefore(o.before)) ||
      RUN_AFTER.test(unquoteAfter(o.after)) ||
      SYSTEM_AFTER.test(unquoteAfter(o.after)) ||
      (USE_BEFORE.test(o.before) && USE_AFTER.test(o.after)),
  ).length;
  const said = e.occurrences.filter(
    (o) => SAID_BEFORE.test(unquoteBefore(o.before)) || SAID_AFTER.test(unquoteAfter(o.after)),
  ).length;
  if (run > said && guess === 'slogan')
    return {
      category: 'program',
      reason: `carried out or built in ${run} of ${e.occurrences.length} uses (实施…, …机制)`,
    };
  if (said > run && guess === 'program')
    return {
      category: 'slogan',
      reason: `said or aimed at in ${said} of ${e.occurrences.length} uses (提出…, …目标)`,
    };
  return undefined;
}

const TRANSPORT_KINDS = new Set([
  '铁路',
  '高速公路',
  '公路',
  '通道',
  '港口',
  '机场',
  '高铁站',
  '桥梁',
  '道路',
]);
const BUILT_BEFORE = /(建设|开工建设|加快|推进|谋划|规划|争取|启动|开工|规划中的|在建的|拟建的)$/;
/** 规划中的杭新景高速公路和|九景衢铁路: what is said of the first of two is said of both. */
const BUILT_BEFORE_FIRST = new RegExp(`${BUILT_BEFORE.source.slice(0, -1)}[^，。、；]{2,10}[和与及]$`);
const BUILT_AFTER = /^(建设|项目|工程|开工|前期|规划|一期|二期)/;
/** Open for use: a place now (衢宁铁路建成通车). */
const DONE_AFTER = /^(建成|通车|开通|投用|运营|正式开通)/;
const SAID_HEAD = /(战略|精神|理念)$/;

/**
 * The text says what the quoted thing is: carried out, built, said or aimed at (实施“…”, “…”工程,
 * 提出“…”, “…”目标). A phrase quoted once with none of this is as likely a turn of phrase.
 */
export function framedAsTerm(o: Occurrence): boolean {
  const before = unquoteBefore(o.before);
  const after = unquoteAfter(o.after);
  return (
    RUN_BEFORE.test(before) ||
    SAID_BEFORE.test(before) ||
    RUN_AFTER.test(after) ||
    SAID_AFTER.test(after) ||
    BUILT_AFTER.test(after)
  );
}

const unquoteBefore = (s: string) => s.replace(/[“"‘]$/, '');
/** What follows a quote, past the quotes listed right after it (“152”“141”衔接 → 衔接). */
const unquoteAfter = (s: string) => s.replace(/^[”"’]/, '').replace(/^(“[^”]*”)+/, '');
const RUN_BEFORE =
  /(实施|推进|推行|落实|深化|开展|运用|依托|借助|启动|上线|推广|探索|创新|搭建|建立|健全|完善|试行|首创|推出|举办|(?:成立|组建)了?)$/;
/** What a thing is carried out as, written after it, past 等 or 一批 (“防贫共富”“掌上指挥”一批应用). */
const RUN_AFTER =
  /^(等|一批|等一批)?(工作法|工作机制|工作体系|机制|体系|模式|改革|行动|工程|平台|试点|应用|项目|专项|运行机制|管理|政策|为载体|为抓手)/;
/** The system a quoted thing is built as, a few words on (“模块+网格”扁平高效运行体系). */
const SYSTEM_AFTER = /^[^，。；“”]{1,6}(运行体系|工作体系|运行机制|工作机制)/;
/** 以“四边三化”、农房整治为抓手: what work is done by, with the rest of its list before 为. */
const USE_BEFORE = /以[“"]$/;
const USE_AFTER = /^[”"][^，。；]{0,10}为(抓手|载体|突破口|牵引)/;
const SAID_BEFORE = /(提出|喊出|叫响|唱响|擦亮|争创|打响|口号|理念|号召|誉为|称为|号称|定位为|目标是|成为)$/;
const SAID_AFTER = /^(口号|理念|精神|品牌|目标|定位|战略|之称|美誉|名片|新篇章|的号召|的要求|重要指示)/;
