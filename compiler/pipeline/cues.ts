/**
 * The words Chinese news writes around a term that tell what it is: a post beside a person's
 * name, the verbs that award an honour, the frame of a talk's title, the verbs of business, the
 * endings of epithets and teams. General vocabulary, used by decide.ts; none of it names a term.
 */
import { FIRM_TRADES } from '../rules/suffixes';

/**
 * A bearing and a verb of bordering, or such a verb alone, before a neighbour's name, as
 * gazetteers and county profiles write them (东邻|全旺镇, 西接|江西, 北连|横路乡, 毗邻|石梁镇). 邻
 * alone is a noun to jieba ("neighbour"), so the name after it would look glued to it.
 */
export const BORDERS_BEFORE = /([东南西北][邻接连靠交抵界]|毗邻|紧邻|比邻|邻近|相邻|接壤)$/;
/**
 * Words that say where someone lives or comes from, before the place (家住|客弄村, 祖籍|…): jieba
 * may join their last character to the name's first (住客 "lodger").
 */
export const HOME_BEFORE = /(家住|住在|居住在?|定居在?|世居|祖籍|老家在?|出生在|生于)$/;
/**
 * A date before a name, as news opens a sentence with one (2023年|彩虹社区被评为…, 今年|…, 3月|…):
 * jieba glues 年 to the name's first character where the two make a word (年彩).
 */
export const DATE_BEFORE =
  /([\d０-９一二三四五六七八九十〇零]年|[\d０-９]月|[\d０-９]日|[今去明前]年|上月|本月|近日)$/;

/** Words after a division that show it is a real body with people: 荷花街道党工委, 上祝村党支部. */
export const ORGAN_AFTER = /^(党工委|党委|党支部|办事处|村民|居民|书记|镇长|乡长|主任|两委|干部|社区书记)/;
/**
 * Its people counted after a name (同知社区|两户人家, 和平村|三名村民, 幸福社区|80多户): households
 * and residents live in a place, not in a goal or a kind.
 */
export const HOUSEHOLDS_AFTER = /^([一二两三四五六七八九十百几\d]+)多?(户|名|位)(人家|村民|居民|农户|群众)?/;
/** Words before a name that make it a place one is in or goes to: 来到|幸福社区, 位于|白石村. */
export const LOCATIVE_BEFORE = /(来到|走进|走访|前往|深入|抵达|位于|地处|赴|到|在)$/;
/**
 * Words after a name that make it a place: 幸福村|位于…, 白石村|地处…, and the locative nouns of
 * nearness (下方村|附近, 白石村|一带), and 等地 closing a list of places (根宫佛国、金星村|等地): a goal
 * or a rank (打造|幸福社区) is never near anything.
 */
export const LOCATIVE_AFTER = /^(位于|地处|坐落|附近|一带|周边|境内|等地)/;
/**
 * Words after a name that opens its sentence and make it the one who acts (梅林村|还依托…开发了,
 * 和平村|去年…): a goal or a kind of place is not the subject of what was done.
 */
export const ACTOR_AFTER = /^(还|也|已|已经|先后|率先|今年|去年|近年来|目前|将|正在|又|则)/;

/** jieba reads the whole form as one person's name. */
export const PERSON_TAG = /^(nr|nrfg|nrt)$/;
/** Words written right next to a person's name: their post, a form of address. */
export const PERSON_AFTER =
  /^[”"]?(医生|大夫|老师|书记|主任|同志|先生|女士|师傅|院长|校长|教授|村长|镇长|县长|市长|等人|说|表示|介绍|告诉)/;
/** A photographer's or reporter's credit: 杨伏山 摄, 记者 … 报道. Wins over a place suffix. */
export const CREDIT_AFTER = /^\s*(摄|摄影|报道)(\s|$|[。，）)])/;
const POSTS =
  '医生|老师|书记|主任|村民|党员|志愿者|记者|通讯员|患者|队长|站长|秘书长|部长|局长|县长|市长|区长|镇长|乡长|村长|主席|董事长|总经理|经理|院长|校长|处长|科长|名家|大师|传承人';
/** A post, or an age (今年68岁的|郑怀山): only people are given one before their name. */
export const PERSON_BEFORE = new RegExp(`((${POSTS})|[\\d一二三四五六七八九十]+岁的?)[“"]?$`);
/** A later name in a list of people after their post (村民方景、|裴松泉, 村民方景、叶红、|裴松泉). */
export const PERSON_LISTED_BEFORE = new RegExp(`(${POSTS})([\u4e00-\u9fff]{2,3}、)+$`);
/** The hundred most common surnames: a two- or three-character unknown word opening with one may be a name. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/** What introduces what a thing is to become: 打造成为, 建设成, 成为. */
/**
 * A verb that likens or turns one thing into another, then the opening quote (成为美丽的“…”,
 * 宛如“…”, 虽有“…”): the quoted name is a figure of speech, not the name of a place.
 */
export const LIKENED_BEFORE =
  /(成为|变成|变为|化身为?|化作|宛如|犹如|宛若|好似|好像|恰似|如同|俨然|堪称|虽有|像)(了|是)?(一[座个片条颗])?([\u4e00-\u9fff]{1,3}的)?[“"]$/;
/**
 * A superlative right before 的 (全国最大的, 华东地区最早的, 唯一的): what follows is described by
 * what it is the most of. Not 首个 (国内首个国家油茶公园): a designation is often given that way.
 */
export const SUPERLATIVE_BEFORE = /(最[\u4e00-\u9fff]{1,3}|唯一)的$/;
/**
 * A count right before the thing, or before a 的-phrase that describes it (6个, 一座熠熠生辉的):
 * what is counted is a kind of thing, not one named thing.
 */
export const COUNTED_BEFORE =
  /[0-9一二三四五六七八九十两百千万几多数]+[个座处条家所片块]([\u4e00-\u9fff]{1,6}的)?$/;
/** Adverbs, verbs of being and having, prepositions and conjunctions that stand alone (仅, 有, 在, 和). */
export const GRAMMAR_CHAR = /^[仅只也就才又再还更很已曾将有是在从于向对把被和与及或]$/;
/** Kinds of actor the common rural business models join with + (公司+合作社+农户, 公司+基地+农户). */
export const ACTOR_END = /(公司|企业|合作社|农户|农民|基地|村集体|银行|协会|家庭农场|市场)$/;
export const BECOME_BEFORE = /(打造成为|打造成|建设成为|建设成|建成|成为|变成|作为)$/;

/** Words for a person at the end of a quoted nickname. */
export const PERSON_NOUN =
  /(娘娘|掌柜|大姐|大妈|大嫂|大叔|大爷|阿姨|师傅|老板|君子|兄弟|夫妇|夫妻|姑娘|达人|能人|哥|姐|嫂|妹|叔|伯|婆|爷)$/;
/** What people call a person or a group of them: 人称“…”, 被称为“…”的他. */
export const PERSON_CALLED_BEFORE = /(人称|人送外号|外号|绰号|昵称|网名|主播|博主)[“"]?$/;

/** How Chinese news frames an honour: 荣获“…”称号, 被评为“…”, 每年评选“…”. */
export const HONOUR_BEFORE =
  /(荣获|获得|获评|获颁|评为|评上|评选为|评出|评选出|评选|争创|授予|荣膺|当选|入选|被命名为|命名为|首批|第[一二三四五六七八九十]批)(国家级|省级|市级|县级|全国|全省|全市)?[“"]?$/;
/**
 * After it: what the honour is (…称号, …奖), the contest or plaque that confers it (…评选, …牌), or
 * the list of those nominated or named (…推荐名单, …榜单).
 */
export const HONOUR_AFTER =
  /^[”"]?(称号|荣誉|荣誉称号|奖|奖项|大奖|表彰|提名|评选|评比|推荐名单|名单|榜单|牌(?![坊楼]))/;
/**
 * The shape of an honour title: a praise word and a kind of person or group; a star of a kind
 * (…之星); the ten or hundred best of anything (十佳强村公司, 百佳农家乐); or a grade of stars
 * (五星级党支部, 星级文明户).
 */
export const HONOUR_SHAPE =
  /^(优秀|先进|最美|十佳|模范|金牌|优秀青年|全国|省级).*(者|员|师|任|手|兵|范|星|人|集体|个人|家庭|单位|组织)$|..之星$|^[十百]佳..|^([一二三四五六七八九十]|\d)?星级../;

export const DESIGNATION =
  /^(国家|全国|中国|省级|省|浙江省)([\u4e00-\u9fff]{0,8}特色小镇|[\u4e00-\u9fff]{2,10}(示范区|示范县|示范市|示范村|示范镇|示范乡镇|示范乡|示范基地|试点县|试点镇|试点村|特色村|特色镇|精品村|体验地|先行区|试验区|样板区|功能区|生态屏障|保护区))$/;
/**
 * Events, ceremonies and contests are named occasions, not local terms (LABELLING.md): a form that
 * ends in one (…成立仪式, …发布会) or names a cup (“衢州烂柯杯”世界围棋公开赛), and the kinds of
 * occasion a place holds for a day or a season: festivals, shows, feasts, classes
 * (“油菜花节”, “防骗情景剧”, “长街宴”, “反诈课堂”). A 节 after a numeral ends a counted formula
 * (“三节一品”), not a festival. An exhibition is one too (…地契展, …技艺展), where 展 is no verb's
 * second character (发展, 开展, 拓展: “高质量发展” is a goal). So are races by their kind
 * (…接力赛, …越野赛, …马拉松); a 竞赛 or 大赛 is left, a campaign of contests as often as one
 * (“八大竞赛”). Markets (…集市) are left: a market held every week is a programme or a place as
 * often as a one-day fair (dropping them lost right entries on a blind set).
 */
export const EVENT_END =
  /(仪式|典礼|开幕式|闭幕式|发布会|座谈会|推介会|研讨会|大会|杯|论坛|博览会|展览|[\u4e00-\u9fff][^发进拓开施伸扩延舒]展|文化节|艺术节|旅游节|(?:文化|宣传|活动|旅游|科技|读书|消费)周|(?:文化|艺术|旅游|美食|音乐|消费)季|^(?!.*[\d一二三四五六七八九十两双百千])[\u4e00-\u9fff]{2,}节|交流活动|庙会|故事会|擂台赛|闯关|情景剧|[\u4e00-\u9fff]{2}秀|[\u4e00-\u9fff]{2}宴|(?:接力|越野|骑行|徒步|定向|邀请|锦标|挑战|联)赛|马拉松|好声音|音乐会|晚会|嘉年华|课堂)$/;
/**
 * After a closing quote: the occasion the quoted words are the title of, named within a few
 * characters (“锦绣江山·千年古道”仙霞古道徒步大会, “…”乡村文化季开幕式). Group 1 is what stands
 * between them.
 */
export const EVENT_AFTER =
  /^[”"]([\u4e00-\u9fff\d]{0,8}?)(仪式|典礼|开幕式|闭幕式|发布会|座谈会|推介会|研讨会|大会|论坛|博览会|文化节|艺术节|旅游节|音乐节|美食节|文化季|运动会|马拉松|主题活动|比赛|大赛|联赛|邀请赛|锦标赛|晚会)/;
/** How Chinese names a war, revolt or incident of history: 三藩之乱, 淝水之战, 西安事变. */
export const HISTORY_END = /(之乱|之战|之役|之变|事变|起义|战役)$/;
/** The story of a legend or of people, told: “王质遇仙”的故事. */
export const STORY_AFTER = /^[”"]?的?(故事|传说|典故)/;

/** How it frames the title of a talk, lecture, course or report: 以“…”为主题, 作“…”专题报告. */
export const TITLE_BEFORE = /(题为|主题为|以|作了?|围绕|课程|单元|讲座|宣讲)[“"]?$/;
/** Words that name what follows as a title on their own, whatever comes after: 题目“…”, 题为“…”. */
export const TITLED_BEFORE = /(题为|题目(是|为)?|标题(是|为)?)[：:]?[“"]?$/;
/** A document a quote is the title of: 发出“…”倡议书, 一封“…”公开信, a guide (“…”指引, 指南, 手册). */
export const DOCUMENT_AFTER = /^[”"]?(倡议书|公开信|指引|指南|手册)/;
export const TITLE_AFTER =
  /^[”"]?(为题|为主题|主题|的主题|专题|报告|讲座|课程|宣讲|演讲|分享|微课|党课|讲话)/;

/** Before a quote: what a place is known as (远近闻名的“西瓜村”) or is to be made (打造“风情古镇”). */
export const CALLED_OR_GOAL_BEFORE = /(闻名的|有名的|著名的|人称|俗称|号称|称为|誉为|打造|争创|建成)[“"]$/;

/** What a quote is called after it: 素有“…”之称, 享有“…”的美誉. */
export const CALLED_AFTER = /^[”"](之称|之誉|的?美誉|的?雅称)/;

/** What a unit is founded on (生态立县, 工业立市): the strategy it sets itself. */
export const FOUNDED_ON = /^[\u4e00-\u9fff]{2}立[省市区县镇乡]$/;

/**
 * Grammar that only a sentence or a description has: pronouns, demonstratives, interrogatives (哪座山,
 * 哪户人家: which hill, which household), modal particles.
 */
export const DESCRIPTIVE =
  /这种|那种|这个|那个|这样|那样|这些|那些|一种|一个|我们|你们|他们|大家|哪|什么|怎么|怎样|为何|多少/;
export const MODAL_TAG = /^(y|e|o)$/;

/** Industries and product lines are objects of business verbs: 主营|锂电新材料, 锂电新材料|产业. */
export const TRADE_SUFFIX = new RegExp(`(新材料|新能源|科技|化工|药化|制冷|材料|${FIRM_TRADES.join('|')})$`);
export const BUSINESS_BEFORE = /(主营|生产|研发|专注|深耕|布局|聚焦|做强|培育|发展|从事|涉足)$/;
export const INDUSTRY_AFTER = /^(产业|行业|领域|产品|赛道|板块|业务)/;
/**
 * Listed before an industry (氟硅新材料、锂电新能源产业; 新能源新材料、高端装备、电子信息等主导产业): the
 * list is of trades, 产业 said once for all.
 */
export const INDUSTRY_LIST_AFTER =
  /^(、[\u4e00-\u9fff]{1,10}){1,6}?(等[\u4e00-\u9fff]{0,4})?(产业|行业)(?![园区])/;
/** Listed before 指标 ("indicators": 氨氮、总磷等9项指标, 浊度、余氯等水质指标): a list of measures. */
export const MEASURE_LIST_AFTER = /^([、和及][^，。；、“”]{1,10}){0,6}?(等[^，。；、“”]{0,6})?指标/;
/**
 * After a closing quote: the quoted thing is an industry (“…”产业集群), not what heads a programme
 * (“衢链通”产业链专项政策: the chain's policy, named by the quote).
 */
export const INDUSTRY_QUOTED =
  /^(产业(集群|链(?!专项|政策|工程|行动|计划)|的|[，。、；]|$)|行业|领域|赛道|板块)/;

/**
 * Goods a place is known for, as the words end: fruit, nuts, rice, tea, foods, herbs, crafts (胡柚,
 * 椪柑, 板栗, 鱼稻米, 豆腐, 麻糍, 枳壳, 竹雕, 纸), and its food as a whole (“龙游味道”), at most four
 * characters in all. (Not 味 alone: “三衢味” is the city's brand, a programme the labels name.)
 */
export const GOOD =
  /^[\u4e00-\u9fff]{0,2}(柚|柑|橘|桔|橙|梨|桃|枣|莓|柿|栗|米|茶|饼|糕|豆腐|豆腐干|笋干|麻糍|面|粉|粽|酒|醋|糖|蜜|油|笋|菇|鹅|鸭|鱼|兔头|鸭头|鱼头|枳壳|纸|雕|扇|伞|瓷|砚|味道)$/;

/**
 * The parts one thing is divided into: sections, zones, columns, chapters, steps, courses (六个板块,
 * 三个篇章, “…”“…”四个专区). Read after quotes (rules-quotes.ts) and as a counted formula
 * (rules-description.ts).
 */
export const PART_KINDS = '板块|段|功能区|展区|专区|分区|模块|栏目|篇章|单元|环节|课程';

/** Single-character verbs of movement and connection that take a place as object: 通村, 进村, 入户. */
export const VERB_CHAR = /[通进入到出连联串下]/;

/** Epithets (胡柚之乡, 江南小延安): what a place is called, not the place. */
export const EPITHET = /(之乡|之都|之源|之窗|之心|明珠|小延安|小上海)$/;
/** A group named after its leader or purpose is an organisation: 万少华团队, 红色代办服务队. */
export const TEAM = /(团队|工作室|服务队|志愿队|小分队|突击队|宣讲团|先锋队)$/;

/**
 * What names a quoted phrase as a term of its own beyond doing or saying it: an epithet (素有“…”之誉,
 * “…”之说), a name given (名叫“…”, 取名“…”), a brand (文化品牌“…”), a line of work (“…”的工作思路),
 * an event (“…”等促消费活动).
 */
export const NAMED_BEFORE =
  /(素有|享有|誉为|称为|号称|名叫|名为|取名为?|命名为|起名|名字叫|作为|品牌的?|名片|发布|创新|建设|打造|推出|举办|开展|围绕|推动|坚持|发扬|弘扬)[“"]?$/;
export const NAMED_AFTER =
  /^[”"]?(等?的?[\u4e00-\u9fff]{0,4}(活动|行动|系列|主题|品牌|名片|战略|思路|理念|路径|经验|做法|样板|样本|之说|之誉|美誉|雅称|之称|称号|建设|发展|体系|模式|改革|目标))/;
/**
 * Words that say what a phrase names: a campaign, a spirit, a reform (凤凰行动, 斗潭精神), a
 * system of a chief for each thing (河长制, 链长制: 长制 is the X-chief system).
 */
const KIND_WORDS = '行动|精神|工程|计划|模式|机制|体系|改革|平台|战略|理念|文化|品牌|经验|集市|一体化|长制';
/** Such a word as the head of the phrase. */
export const KIND_HEAD = new RegExp(`(${KIND_WORDS})$`);
/** Such a word anywhere: what stands between a quote and what it is part of (“两山”理念研讨会). */
export const KIND_WORD = new RegExp(KIND_WORDS);
/**
 * Counted things: a numeral or figure makes a formula (八八战略, 两进两回, 1433). 百 and 千 before
 * 年 are an age (“好纸寿千年”, a saying), not a count. (Reading 一 at the start as a count only in
 * 一X一Y lost right entries on the seeds and a blind set as often as it removed wrong ones.)
 */
export const COUNT = /[\d二三四五六七八九十两双]|[百千](?!年)|^一.{3}/;
/**
 * A numeral that counts the parts of a formula (两进两回, 通四省). 一, 百, 千 and 万 are left out:
 * they open idioms and quantities (一呼百应, 一步一景, 千亩机场) as often as formulas.
 */
export const FORMULA_NUMERAL = /[\d二三四五六七八九十两双]/;
/**
 * What makes a quoted list a name rather than a description (LABELLING.md): it is a reform, a
 * campaign, a brand or a contest (“县乡一体、条抓块统”综合试点改革, “村社比拼、固本强基”擂台赛) …
 */
export const LIST_NAMED_AFTER =
  /^[”"][\u4e00-\u9fff]{0,4}(改革|行动|工程|计划|品牌|战略|擂台赛|竞赛|大赛|活动|专项|工作法|机制|平台|口号)|^[”"]为目标/;
/** … or the text proposes it, or calls a place by it (提出“…”, 素有“…”之称). */
export const LIST_CALLED_BEFORE = /(提出|喊出|叫响|唱响|打响|素有|享有|誉为|称为|号称)[“"]$/;
/** Parts joined the way formulas and parallel slogans are written (X+Y, X、Y, X·Y, X，Y). */
export const JOINED = /[+＋、，,·\s]/;

/**
 * List items that are offices and posts, not local names: 区民政局, 现代社区建设专班, a division's
 * government (保安乡人民政府: the division is the entry), and the brigades and branches of an
 * office (江山市公安局交警大队, 消防救援大队, 柯城分局, 派出所).
 */
export const LIST_OFFICE = /(局|委|办|政府|专班|部门|协会|领导|书记|主任|干部|大队|支队|中队|分局|派出所)$/;
/** Counts of things open quantities, not names: 三方协同共治社区, 七大专项行动. */
export const QUANTITY = /^[一二三四五六七八九十两百千万]+[亩大批方级个]/;
/** A list item ending in an activity (社工队伍建设, 农房整治, 巨化发展) is something done, not a name. */
export const ACTIVITY_END = /(建设|改造|整治|提升|整改|治理|培训|发展)$/;

/** A byline: the publisher written before its reporter (衢报传媒集团记者 方俊). */
export const BYLINE_AFTER = /^\s*(记者|通讯员|全媒体记者|融媒体记者|特约记者)/;
/**
 * A government office named by what it does (县手工业管理局, 市农业农村局, 县行政服务中心), not by a
 * name of its own.
 */
export const OFFICE_END = /(管理局|局|委员会|办公室|委|办|服务中心)$/;
/** A distance written before a river or place as praise: 百里|金溪, 千里|钱塘江. */
export const DISTANCE_PRAISE = /^[十百千万]里/;

/** Verbs of building and carrying out, which take the thing built as their object. */
export const BUILD_VERB = /^(打造|建设|推进|实施|开展|建成|创建|谋划|新建|扩建|改建|兴建|新增|建好)$/;
/** Verbs of founding a body: 成立 and 组建 a cooperative, 创办 a firm. */
export const FOUND_VERB = /^(成立|组建|创办|创立|筹建|筹办|组织成立|牵头成立|注册成立)$/;
/** Words that plan or prepare a building (规划|建设, 计划|新建), whatever jieba tags them (规划/n). */
export const PLAN_WORD = /^(规划|计划|谋划|筹划|准备|拟)$/;
/** Verbs that govern a means, a partner, a ground or a thing built, which jieba may tag otherwise (利用/n). */
export const GOVERNING_VERB =
  /^(利用|依托|借助|通过|依靠|围绕|凭借|结合|联合|引进|培育|新建|修建|兴建|改建|扩建)$/;

/** The building done, as a works' description ends (…改造工程, …扩建工程, …提标改造工程). */
export const WORKS_DONE = /(改造|扩建|新建|改建|提标|提质|加固|拓宽|延伸|修缮|整治|修复)$/;
/** What a utility's works supply or carry, as their description ends (农村供水|工程, 输变电|工程). */
export const WORKS_SUPPLY =
  /(供水|饮水|饮用水|水利|交通|输变电|变电|供电|电力|排水|污水|防洪|排涝|道路|管网)$/;
