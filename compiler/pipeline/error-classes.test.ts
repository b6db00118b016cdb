/**
 * The classes of error the compiler made on real Quzhou news it had never seen (issue 13), each
 * shown on made-up sentences compiled with the real register. Every case here failed before the
 * evidence and decision stages existed.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../term';
import { decide } from './decide';
import { gatherEvidence } from './evidence';
import { madeUp } from './made-up';

const { compile, ruleFor, expectDropped, register } = madeUp();

describe('errors made on unseen articles', () => {
  it("does not take a person's name in quotes for a slogan", () => {
    const { entries, decisions } = compile(
      '开化县人民医院的“张志明”医生，多年来坚持下乡义诊，群众都很信任他。开化县卫健局表示将推广他的做法。',
    );
    expect(entries.has('张志明')).toBe(false);
    expect(ruleFor(decisions, '张志明')).toMatchObject({ keep: false, rule: 'person' });
    expect(entries.get('开化县')?.category).toBe('place');
  });

  it('does not read a verb glued to a province as a river', () => {
    const { entries, decisions } = compile(
      '我们要秉持浙江精神，反哺浙江发展。他曾任浙江省某县县长，如今回到衢州工作。',
    );
    // A verb of the dictionary opens no name (秉持, 反哺); one jieba glues to the place is dropped.
    for (const phrase of ['秉持浙江', '反哺浙江', '曾任浙江']) {
      expect(entries.has(phrase), phrase).toBe(false);
      expect(ruleFor(decisions, phrase)?.rule ?? 'glued-place', phrase).toBe('glued-place');
    }
    expect(ruleFor(decisions, '曾任浙江')?.rule).toBe('glued-place');
  });

  it('does not take honours and talk titles in quotes for slogans', () => {
    const { entries, decisions } = compile(
      '她荣获“衢州市优秀班主任”称号，还被评为“开化县先进工作者”。',
      '会上，他以“共富开化 青春有为”为主题作报告，台下的开化青年听得认真。',
    );
    expect(entries.has('开化县先进工作者')).toBe(false);
    expect(ruleFor(decisions, '开化县先进工作者')?.rule).toBe('honour');
    expect([...entries.keys()].some((t) => t.startsWith('共富开化'))).toBe(false);
    expect(decisions.find((d) => d.evidence.term.term.startsWith('共富开化'))?.decision.rule).toBe('title');
  });

  it('does not take a designation the state confers or the title of a piece for a term', () => {
    const { entries, decisions } = compile(
      '开化县成功创建“国家全域旅游示范区”。记者以“在‘钱江源头’看日出”为题写了一篇游记。',
    );
    expect(entries.has('国家全域旅游示范区')).toBe(false);
    expect(ruleFor(decisions, '国家全域旅游示范区')?.rule).toBe('honour');
    expect([...entries.keys()].some((t) => t.includes('看日出'))).toBe(false);
  });

  it('does not take descriptions, fragments and kinds of thing for places', () => {
    const { entries, decisions } = compile(
      '在丽水这种山区，村民们改走乡间小道，修建通村公路，以新思路谋划开化县的新发展。',
      '像丽水这种山区县，开化县也在探索。“丽水这种山区”的经验值得借鉴。',
    );
    for (const phrase of ['丽水这种山区', '改走乡', '通村公路', '新思路'])
      expect(entries.has(phrase), phrase).toBe(false);
    expect(ruleFor(decisions, '丽水这种山区')?.rule).toBe('descriptive');
    expect(ruleFor(decisions, '通村公路')?.rule).toBe('generic-kind');
    // 思|路 makes the common word 思路: no reading of 新思路 is a road (rules-names.ts).
    expect(ruleFor(decisions, '新思路')?.rule).toBe('name-suffix-rule');
  });

  it('does not double a village stem before 村支书', () => {
    const { entries } = compile('龙游县贺田村村支书说，村里今年变化很大，贺田村村民收入提高了。');
    expect(entries.has('贺田村村')).toBe(false);
    expect(entries.get('贺田村')?.division?.chain).toEqual(['大街乡', '龙游县', '衢州市', '浙江省']);
  });

  it("does not take a company's product line for an organisation", () => {
    const { entries, decisions } = compile(
      '这家开化企业主营锂电新材料，产品销往海外，锂电新材料产业链正在成形。',
    );
    expect([...entries.keys()].filter((t) => t.includes('锂电'))).toEqual([]);
    expect(decisions.find((d) => d.evidence.term.term.includes('锂电'))?.decision.rule).toBe('industry');
  });

  it('finds the divisions the register knows even where their stem is an ordinary word', () => {
    // 开化 "to civilise", 江山 "landscape", 青石 "bluestone": the suffix rule alone missed them.
    // 青石镇 has namesakes in other provinces: it is Quzhou's where its county (常山县) is named.
    const { entries } = compile(
      '开化县推进国家公园建设，开化县的华埠镇、常山县的青石镇都有新变化，江山市也是。',
    );
    for (const place of ['开化县', '江山市', '常山县', '青石镇', '华埠镇']) {
      expect(entries.get(place)?.category, place).toBe('place');
      expect(entries.get(place)?.division, place).toBeDefined();
    }
  });

  it('finds a town whose stem is an ordinary word where the article names its county', () => {
    // 长虹 "rainbow", 荷花 "lotus": towns are few, and the article is about their county.
    const { entries } = compile(
      '开化县召开乡村振兴推进会。',
      '长虹乡的村民种起了高山茶，荷花街道也来取经。开化县多地推广。',
    );
    expect(entries.get('长虹乡')?.division?.chain[0]).toBe('开化县');
  });

  it('does not read the end of a longer village name as a village', () => {
    // 高田坑村 is not the register's 田坑村, though 长虹乡 has one.
    const { entries } = compile('开化县长虹乡的高田坑村住着五百名村民，是开化海拔最高的村。');
    expect(entries.get('田坑村')).toBeUndefined();
  });

  it("does not take another province's city for a Quzhou place", () => {
    // 黄山, listed beside 衢州 as 安徽省黄山市 is: a candidate the list rule proposes.
    const sentence = {
      file: 'made-up.txt',
      text: '浙江省衢州市、安徽省黄山市加盟都市圈，对于衢州、黄山而言机遇难得。',
    };
    const candidate = (term: string): Term => ({
      term,
      category: 'place',
      kind: '并列项',
      aliases: new Set(),
      sentences: [sentence],
      rules: new Set(['enumeration']),
    });
    const [huangshan, xishan] = gatherEvidence({
      terms: [candidate('黄山'), candidate('西山')],
      mentions: [[sentence], [{ file: 'made-up.txt', text: '贺邵溪、盈川、西山入选未来乡村名单。' }]],
      register: register(),
    });
    expect(decide(huangshan!)).toMatchObject({ keep: false, rule: 'elsewhere' });
    // 西山 is also 昆明's 西山区, but nothing here says so: a village of that name stays.
    expect(decide(xishan!).keep).toBe(true);
  });

  it('needs a village with an ordinary-word stem to be placed by its town or county', () => {
    // 源头村 is a village of Quzhou, but 婺剧文化发展的源头村 is "the source of wuju opera".
    const { entries } = compile('这里有着婺剧文化发展的源头村的传统，开化县的村民都爱看戏。');
    expect(entries.has('源头村')).toBe(false);
  });

  it('reads 柯城区 before a town as Quzhou’s district, not as 城区 (a district of 阳泉) and a namesake', () => {
    expect(compile('柯城区黄家乡召开动员大会。').entries.get('黄家乡')?.parent).toBe('柯城区');
  });

  it('places a village with an ordinary-word stem by the town the article names, not by a goal', () => {
    // One sense per discourse: an article about 白云街道 that visits 幸福社区 means the one there.
    const visit = compile('柯城区白云街道推进老旧小区改造。\n\n记者来到幸福社区，看到居民正在议事。');
    expect(visit.entries.get('幸福社区')?.parent).toBe('白云街道');
    // Without the town, or where the words are a goal to reach, it is no particular community.
    expect(compile('记者来到幸福社区，看到居民正在议事。').entries.has('幸福社区')).toBe(false);
    const goal = compile('柯城区白云街道推进老旧小区改造，努力打造幸福社区。\n\n要建设一个幸福社区。');
    expect(goal.entries.has('幸福社区')).toBe(false);
    // Nor where the sentence writes no place and no people: a campaign named like a community.
    const campaign = compile('龙游县龙洲街道召开大会。\n\n推进清廉社区建设，营造良好氛围。');
    expect(campaign.entries.has('清廉社区')).toBe(false);
    const building = compile('龙游县召开大会。\n\n在清廉社区建设中，居民积极参与。');
    expect(building.entries.has('清廉社区')).toBe(false);
    // Where the article names only the county, the place frame is enough (开化县 has one 和平村).
    expect(compile('开化县召开大会。\n\n在和平村，大家正在忙碌。').entries.get('和平村')?.parent).toBe(
      '马金镇',
    );
    const owned = compile('柯城区白云街道推进老旧小区改造。\n\n这是白云街道的幸福社区。');
    expect(owned.entries.get('幸福社区')?.parent).toBe('白云街道');
  });
});

describe('calls to action', () => {
  it('drops verbs in front of a term the text also quotes alone, in the decision stage', () => {
    const { entries, decisions } = compile(
      '衢州市要把“四省边际中心城市”的特有地位用好。全面落实“加快建设四省边际中心城市”的号召。',
    );
    expect(entries.has('四省边际中心城市')).toBe(true);
    expectDropped({ entries, decisions }, ['加快建设四省边际中心城市'], 'call-to-action');
  });

  it('keeps the named goal of a quoted call and drops the call', () => {
    const { entries, decisions } = compile('会上对开化县提出了“打造钱江源头生态花园”的要求。');
    expect(entries.has('打造钱江源头生态花园')).toBe(false);
    expect(entries.get('钱江源头生态花园')?.category).toBe('slogan');
    expect(ruleFor(decisions, '打造钱江源头生态花园')?.rule).toBe('verb-led');
  });
});

describe('categories by evidence', () => {
  it('reads an epithet as a slogan and a team named after its leader as an organisation', () => {
    const { entries } = compile(
      '常山县被誉为“胡柚之乡”。开化县被誉为“江南小延安”。万少华团队扎根龙游县乡村，服务群众二十年。',
    );
    expect(entries.get('胡柚之乡')?.category).toBe('slogan');
    expect(entries.get('江南小延安')?.category).toBe('slogan');
    expect(entries.get('万少华团队')?.category).toBe('organization');
  });
});

describe('names written after where they belong', () => {
  it('keeps a name without the town written before it, and the long form as an alias', () => {
    const { entries, decisions } = compile('常山县调研组走访芳村镇云岭胡柚基地、新建茶园。');
    expect(entries.get('云岭胡柚基地')?.aliases).toContain('芳村镇云岭胡柚基地');
    expect(entries.has('芳村镇云岭胡柚基地')).toBe(false);
    // Either the name finder cuts at the town it found, or the decision stage does (unit-prefix).
    const longForm = ruleFor(decisions, '芳村镇云岭胡柚基地');
    expect(longForm === undefined || longForm.rule === 'unit-prefix').toBe(true);
  });

  it('keeps the town in a name that says only what kind of thing it is without it', () => {
    // 工业功能区 alone is a kind; 廿里镇工业功能区 is the one in 廿里镇.
    const { entries } = compile('衢江区廿里镇工业功能区新引进三家企业，廿里镇工业功能区面积扩大。');
    expect(entries.has('工业功能区')).toBe(false);
  });

  it('takes a programme without the province and county that run it', () => {
    const { entries } = compile('浙江常山诗教浸润行动奏响时代弦歌，开化县也在学习。');
    expect(entries.get('诗教浸润行动')?.category).toBe('program');
    expect(entries.has('浙江常山诗教浸润行动')).toBe(false);
  });

  it('does not open a name with a word that places it (距离, 位于)', () => {
    const { entries } = compile('开化县，距离三清山景区和县城都很近。开化县齐溪镇距离钱江源景区不远。');
    expect(entries.has('距离三清山景区')).toBe(false);
    expect(entries.has('距离钱江源景区')).toBe(false);
  });

  it('takes a batch the province names (全省首批“…”) for a designation', () => {
    const { decisions } = compile('开化县根宫佛国入选全省首批“两美浙江特色体验地”。');
    expect(ruleFor(decisions, '两美浙江特色体验地')).toMatchObject({ keep: false, rule: 'honour' });
  });

  it("takes a body's name without the office it belongs to", () => {
    const { entries, decisions } = compile('昨天，市水利局乌溪江管理处负责人表示，衢江区将加强巡查。');
    expect(entries.get('乌溪江管理处')?.category).toBe('organization');
    expect(ruleFor(decisions, '市水利局乌溪江管理处')?.rule).toBe('office-prefix');
  });
});

describe('more that is not a term', () => {
  it("drops a person's nickname in quotes and a department of a university", () => {
    const { entries } = compile(
      '开化县的创业者成功培育了“多肉娘娘”。浙江工业大学机械工程学院的学生来到开化县调研。',
    );
    expect(entries.has('多肉娘娘')).toBe(false);
    expect([...entries.keys()].some((t) => t.includes('机械工程'))).toBe(false);
  });

  it('drops what a place is to become and what is said of a place', () => {
    const { entries, decisions } = compile(
      '开化县将马金溪打造成为滨水休闲长廊、生态景观带。“开化之变”令人感叹，马金溪成为钱塘江源头的名片。',
    );
    expect(entries.has('滨水休闲长廊')).toBe(false);
    expect(ruleFor(decisions, '滨水休闲长廊')?.rule).toBe('predicate');
    expect(entries.has('开化之变')).toBe(false);
    expect(ruleFor(decisions, '开化之变')?.rule).toBe('possessive');
  });

  it('does not start a name with the measure word of a count before it', () => {
    const { entries } = compile('衢江区将建一座抽水蓄能电站，总投资一百亿元。');
    expect([...entries.keys()].some((t) => t.startsWith('座') || t.startsWith('一座'))).toBe(false);
  });

  it('takes no support for a list from a name the decisions dropped', () => {
    // 古廊桥 is a candidate (…桥) that the decision stage drops (廊桥 is a word): the things listed
    // beside it are not places because it was once proposed.
    const { entries } = compile('开化县这里的泥土瓦房、古廊桥、茂密的森林、山涧飞瀑和红豆杉都一一保留。');
    for (const item of ['古廊桥', '泥土瓦房', '山涧飞瀑']) expect(entries.has(item), item).toBe(false);
  });

  it('drops list items that are things done or descriptions of where', () => {
    const { decisions } = compile('开化县完成了村庄绿化美化、路灯亮化、江边游步道、白水坑水库等项目。');
    expect(ruleFor(decisions, '路灯亮化')).toMatchObject({ keep: false, rule: 'activity-item' });
  });
});

describe('natural and built places by their kind', () => {
  it('finds mountains, passes, pavilions and numbered roads', () => {
    const { entries } = compile('开化县的古田山、钱王关和文昌阁都在整修，205国道穿境而过。');
    for (const term of ['古田山', '钱王关', '文昌阁', '205国道'])
      expect(entries.get(term)?.category, term).toBe('place');
  });

  it('takes an ordinary two-character word before 关 or 山 at a clean edge for the name', () => {
    const { entries } = compile('游客越过雄伟的仙霞关，抵达开化县。开化县城北的鸡鸣山上有天文台。');
    expect(entries.get('仙霞关')?.category).toBe('place');
    expect(entries.get('鸡鸣山')?.category).toBe('place');
  });

  it('does not read the last character of a word as a kind of place', () => {
    const compiled = compile(
      '游客们珍爱青山绿水，来到清溪江湖边。开化县风光好，守护绿水青山，仍需跋山涉水。',
    );
    expectDropped(compiled, ['珍爱青山', '清溪江湖'], 'suffix-in-word');
    // An idiom jieba tags as a name, and one cut in two.
    expectDropped(compiled, ['绿水青山'], 'ordinary-place-word');
    // 仍|需|跋山: a verb of one character inside the stem; no name is proposed across it.
    expect(compiled.entries.has('仍需跋山')).toBe(false);
  });

  it("does not take a photographer's credit for a mountain", () => {
    const { entries, decisions } = compile('开化县风光好。王大山 摄');
    expect(entries.has('王大山')).toBe(false);
    expect(ruleFor(decisions, '王大山')?.rule).toBe('person');
  });

  it('finds natural and administrative villages by their explicit suffix', () => {
    const { entries } = compile('村民从王家自然村搬到黄坛口行政村。庙源溪河口段正在整治。');
    expect(entries.get('王家自然村')?.category).toBe('place');
    // The register writes 黄坛口村; the text's form is an alias.
    expect(entries.get('黄坛口村')?.aliases).toContain('黄坛口行政村');
    expect(entries.get('庙源溪')?.category).toBe('place');
  });

  it('drops a candidate cut across a name it keeps', () => {
    // A stem with the characters of a place name (清湖, a subdistrict of 江山): 遗产地|江 is now
    // dropped earlier, its rare noun being no name (rules-names.ts PLACE_RARE_NOUN_LIKENESS).
    const compiled = compile('游客来到美丽的清湖江郎山。江郎山一年四季都有游客。');
    expectDropped(compiled, ['清湖江'], 'crosses-name');
    expect(compiled.entries.get('江郎山')?.category).toBe('place');
  });

  it('finds villages written by their stems alone in an article that names their town', () => {
    const { entries } = compile('江山市峡口镇历史悠久。现在的峡口镇域，由原峡口、王村、三卿口、大峦口组成。');
    const stems: [string, string][] = [
      ['三卿口村', '三卿口'],
      ['大峦口村', '大峦口'],
      ['王村村', '王村'],
    ];
    for (const [village, stem] of stems) expect(entries.get(village)?.aliases, village).toContain(stem);
  });

  it('does not read a village’s stem inside a word or a title, or without its town', () => {
    const { entries } = compile(
      '石室乡的烂柯山是围棋圣地。贺村镇的村民排演了《狮峰雄起》。',
      '古道经过三卿口，一路南行。',
    );
    for (const village of ['柯山社区', '狮峰村', '三卿口村'])
      expect(entries.has(village), village).toBe(false);
  });

  it('does not take the verbs before a middle-dot name for part of it', () => {
    const { entries } = compile(
      '柯城区沟溪乡碗东村近年变化很大。',
      '上午，调研碗窑·碗东未来乡村建设，并对碗窑·碗东未来乡村的变化表示肯定，要求努力将碗窑·碗东未来乡村打造成样板。',
    );
    expect(entries.get('碗窑·碗东未来乡村')?.category).toBe('program');
    expect([...entries.keys()].filter((t) => t.includes('·'))).toEqual(['碗窑·碗东未来乡村']);
  });

  it('reads a name the article once writes after another province as that place throughout', () => {
    const river = '河长找到上游江西省龙溪村河长，商讨巡河。溪水流经该乡龙溪村后，进入江山境内。';
    const outside = compile(
      `江山市召开治水会议。${river}但在几年前，却是桃源村求龙溪村治水。上世纪50年代，龙溪村曾归属江山管辖。`,
    );
    expect(outside.entries.has('龙溪村')).toBe(false);
    expect(ruleFor(outside.decisions, '龙溪村')?.rule).toBe('after-elsewhere');
    // Written inside its Quzhou town as well, the name is Quzhou's.
    expect(
      compile(`江山市召开治水会议。${river}`, '江山市保安乡龙溪村的村民也来了。').entries.has('龙溪村'),
    ).toBe(true);
  });

  it('does not take the first three characters of a four-character word for a road', () => {
    // 山高路远/ns 3 in jieba's dictionary: “mountains high and roads long”.
    const compiled = compile('衢江区太真乡银坑村位于山区。吴益明介绍，那里山高路远，交通不便。');
    expectDropped(compiled, ['山高路'], 'split-word');
  });

  it('reads each item of a list a count of natural villages closes, the count written in figures', () => {
    const { entries } = compile(
      '衢江区太真乡银坑村位于山区。村主任介绍，银坑村有吴家、王家、银坑、大源4个自然村。',
    );
    for (const village of ['吴家', '王家', '银坑', '大源'])
      expect(entries.get(village)?.category, village).toBe('place');
  });

  it('calls a natural village by its stem as well, where the stem is no word', () => {
    const { entries } = compile('开化县华埠镇叶溪村渔塘自然村目前也开始着力打造农家乐。');
    expect(entries.get('渔塘自然村')?.aliases).toContain('渔塘');
  });

  it('reads each item of a list that a kind of settlement closes as a village', () => {
    const { entries } = compile('中午饭点时间，在黄土岭、大头、新店等农家乐较集中的村庄，游客很多。');
    for (const village of ['黄土岭', '大头', '新店'])
      expect(entries.get(village)?.category, village).toBe('place');
    // Not a list of things the villages have.
    expect(compile('村里有民宿、茶园、果园等产业较集中的区域。').entries.size).toBe(0);
  });

  it('takes the short form of a railway section for a place, not a body', () => {
    const { entries } = compile('1月1日，在九景衢铁路开化华埠段（简称华埠段）叶溪村，记者见到铁路铺设完毕。');
    expect(entries.get('华埠段')?.category).toBe('place');
  });

  it('does not take a rare compound of two dictionary words for a name before a suffix', () => {
    // 消防器材/n 3 and 控股集团/nz 3 are rare in jieba's dictionary, but each is two of its words.
    const compiled = compile(
      '江山市又先后成立了消防器材协会，将消防器材产业作为重要产业。签约仪式现场，中天控股集团有限公司董事长致辞。',
    );
    expectDropped(compiled, ['消防器材协会', '控股集团有限公司'], 'name-suffix-rule');
  });

  it('does not make a separate entry of a name written only inside a longer one', () => {
    const dotted = compile(
      '柯城区沟溪乡碗东村近年变化很大。',
      '上午，调研碗窑·碗东未来乡村建设，并对碗窑·碗东未来乡村的变化表示肯定。',
    );
    expectDropped(dotted, ['碗东未来乡村'], 'inside-name');
    const park = compile('江山市的江郎山现代农业园区通过省级验收，江郎山现代农业园区面积3万亩。');
    expect(park.entries.get('江郎山现代农业园区')?.category).toBe('place');
    expect(park.entries.has('江郎山')).toBe(false);
    // Written alone as well, it is a name of its own.
    const alone = compile('江山市的江郎山现代农业园区通过省级验收。江郎山是世界自然遗产。');
    expect(alone.entries.get('江郎山')?.category).toBe('place');
  });

  it('does not join a period to a name by a middle dot (a caption’s date)', () => {
    const { entries } = compile('衢州市柯城区文昌阁已修复。图为明代·文昌阁旧影，文昌阁位于衢州市柯城区。');
    expect([...entries.keys()].some((t) => t.includes('·'))).toBe(false);
  });

  it('keeps a quoted pair whole where one part names no particular place', () => {
    const { entries } = compile(
      '常山县历史悠久。在我看来，“千年古县、慢城常山”就是一本厚厚的线装书。',
      '从“东部新城、衢江新区”到“空港新城、蓬花新区”，衢江区变化巨大。',
    );
    expect(entries.get('千年古县、慢城常山')?.category).toBe('slogan');
    expect(entries.has('千年古县')).toBe(false);
    // A pair with a division the text names in a stem is a list of places.
    for (const place of ['东部新城', '衢江新区']) expect(entries.get(place)?.category, place).toBe('place');
  });

  it('drops a list item that opens inside a division the text names', () => {
    // jieba glues the verb 经 to 开 (经开, the development zone): the item read after it opens
    // with the tail of 开化县.
    const compiled = compile('高速公路向西南延伸，经开化县马金、开化、常山县芳村后出省。');
    expectDropped(compiled, ['化县马金'], 'crosses-name');
    expect(compiled.entries.get('开化县')?.category).toBe('place');
  });

  it('does not open a name with the verb 有', () => {
    const { entries } = compile('常山县因境内有三衢山而得名。');
    expect(entries.has('有三衢山')).toBe(false);
  });

  it('keeps a lake whose name is followed by its shore or its north side', () => {
    const { entries } = compile('衢江区孔雀湖北岸的步道和孔雀湖畔的公园已建成。');
    expect(entries.get('孔雀湖')?.category).toBe('place');
  });
});

describe('seen first on the holdout articles', () => {
  it('finds sites, old towns, schools, troupes and cooperatives by their kind, not the verb before', () => {
    const { entries } = compile(
      '周末，大家一起参观青碓遗址，走进衢州古城。江山婺剧团来演出，江南果蔬专业合作社送来了水果。',
    );
    expect(entries.get('青碓遗址')?.category).toBe('place');
    expect(entries.get('衢州古城')?.category).toBe('place');
    expect(entries.get('江山婺剧团')?.category).toBe('organization');
    expect(entries.get('江南果蔬专业合作社')?.category).toBe('organization');
    expect(entries.has('参观青碓遗址')).toBe(false);
  });

  it('does not take events, ceremonies, cups or the title of a story for terms', () => {
    const compiled = compile(
      '横幅上写着“开化县护河志愿队成立仪式”。衢州市举办“衢州根雕杯”公开赛。老人讲起“樵夫遇仙”的故事。',
    );
    expectDropped(compiled, ['开化县护河志愿队成立仪式', '衢州根雕杯', '樵夫遇仙'], 'event');
  });

  it('takes a national or provincial designation for an honour, and a verb after a county for a verb', () => {
    const compiled = compile('开化县是国家重点生态功能区。2002年，开化县建设马金溪防洪工程时发现了古桥。');
    expectDropped(compiled, ['国家重点生态功能区'], 'honour');
    expect(compiled.entries.has('建设马金溪防洪工程')).toBe(false);
  });

  it("takes a town's stem written alone for the town, and not where it opens another name", () => {
    const { entries } = compile('开化县的华埠、马金都是老集镇。马金溪穿城而过。');
    expect(entries.get('华埠镇')?.aliases).toContain('华埠');
    expect(entries.get('马金镇')?.aliases).toContain('马金');
    // 马|金溪: jieba's rare "person" 金溪 is the river's own name.
    expect(entries.get('马金溪')?.category).toBe('place');
    // A stem jieba seldom meets is no ordinary word, whatever it tags it (九华/nz, 芳村/n).
    const kecheng = compile('柯城区召开乡村振兴大会。\n\n记者来到九华，看到大家正在忙碌。').entries;
    expect(kecheng.get('九华乡')?.aliases).toContain('九华');
  });

  it('finds epithets written without quotes, but not idioms', () => {
    const { entries } = compile('开化县是根雕之乡，也是鱼米之乡。');
    expect(entries.get('根雕之乡')?.category).toBe('slogan');
    expect(entries.has('鱼米之乡')).toBe(false);
  });

  it('finds a village written right after a word that ends where jieba ends it', () => {
    const { entries } = compile('江山市有一处名人祖居地清漾村。');
    expect(entries.get('清漾村')?.sources.length).toBeGreaterThan(0);
  });

  it('drops a publisher in a byline and an office named by what it does; takes a praised river by its name', () => {
    // The dateline a report opens with is not read at all (article.ts); a credit inside the text
    // is read, and the byline rule drops the publisher it names.
    const dateline = compile('本报讯（衢江传媒集团记者 王明）开化县的百里金溪水清岸绿。');
    expect(dateline.decisions.some((d) => d.evidence.term.term.includes('传媒集团'))).toBe(false);
    const compiled = compile(
      '开化县的百里金溪水清岸绿（衢江传媒集团记者 王明 摄）。那时的手工业社隶属开化县手工业管理局。',
    );
    expectDropped(compiled, ['衢江传媒集团'], 'byline');
    expectDropped(compiled, ['开化县手工业管理局'], 'function-office');
    expect(compiled.entries.get('金溪')?.aliases).toContain('百里金溪');
  });

  it('reads a formula’s list up to the 的 that ties it on, and no list that opens with a particle', () => {
    const { entries } = compile(
      '衢江、灵山江的“两江”夜色更加闪耀迷人。常山成立了由县委、县政府主要领导任双组长的“两山银行”建设工作领导小组，“两山银行”帮助村集体增收。',
    );
    expect(entries.get('两江')?.expansion).toEqual(['衢江', '灵山江']);
    expect(entries.get('两山银行')?.expansion).toBeUndefined();
  });

  it('reads the traits of a way of working (一条“…”的路) as a description', () => {
    const compiled = compile('开化县走出了一条“绿色引领、农旅融合、抱团发展”的共富之路。');
    expectDropped(compiled, ['绿色引领、农旅融合、抱团发展'], 'descriptive');
  });

  it('leaves out a quoted list of plain phrases that says what it means (LABELLING.md)', () => {
    const compiled = compile(
      '常山县以“提质增效、抱团经营、品牌引领”为导向，打破“碎片化、零散化”的种植格局，让游客“走进来，留下来”，关注“安全生产、消防安全”。',
    );
    expectDropped(
      compiled,
      ['提质增效、抱团经营、品牌引领', '碎片化、零散化', '走进来，留下来', '安全生产、消防安全'],
      'plain-list',
    );
  });

  it('keeps a quoted list that carries a count, a place or a name the text gives it', () => {
    const { entries } = compile(
      '龙游县提出“聚四方、通三省”的目标，深入推进“乡村一体、条块协同”综合改革，唱响“东方明珠、江西门户”。',
    );
    for (const term of ['聚四方、通三省', '乡村一体、条块协同', '东方明珠、江西门户'])
      expect(entries.has(term), term).toBe(true);
  });

  it('does not take a nickname for people or an incident of history for a slogan', () => {
    const compiled = compile(
      '开化县的三位老人爱写歌，人称“山歌三剑客”。明代“银坑之乱”后，村民迁到开化县。',
      '如今“山歌三剑客”又写了新歌。',
    );
    expectDropped(compiled, ['山歌三剑客'], 'nickname');
    expectDropped(compiled, ['银坑之乱'], 'event');
  });

  it('does not take a verb of building right before the kind for part of a name', () => {
    const compiled = compile('开化县将以根雕打造小镇，吸引游客。今年柯城区新建公园十个。');
    expect(compiled.entries.has('根雕打造小镇')).toBe(false);
    expect([...compiled.entries.keys()].filter((t) => t.includes('新建'))).toEqual([]);
  });

  it('does not take a quoted couplet of verse for a slogan', () => {
    const compiled = compile('古人以“青山绕古城，碧水映新楼”来形容开化县。');
    expectDropped(compiled, ['青山绕古城，碧水映新楼'], 'verse');
    // One that names a Quzhou place is that place's saying, a slogan.
    const local = compile('常山县素有“千里钱塘江，最美在常山”的美誉。');
    expect(local.entries.get('千里钱塘江，最美在常山')?.category).toBe('slogan');
  });

  it('splits the last item of a list at its conjunction (A、B和C等)', () => {
    const { entries } = compile('开化县依托已建成的杭衢铁路、衢江航道和衢黄铁路等运输体系。');
    expect(entries.has('衢江航道和衢黄铁路')).toBe(false);
    expect(entries.get('衢江航道')?.category).toBe('place');
  });

  it('does not open a name with a one-character preposition or verb, nor take a river named after another city', () => {
    const compiled = compile('衢江经龙游，接金华江后流向远方。开化县的水也汇入其中。');
    expect(compiled.entries.has('接金华江')).toBe(false);
    expectDropped(compiled, ['金华江'], 'feature-elsewhere');
  });
});

describe('phrases in scare quotes', () => {
  it('drops a turn of phrase quoted once that nothing shows is a term', () => {
    const compiled = compile('站在开化县的山顶，仿佛来到了“桐韵仙踪”。老人们说起“殿刻书”，总是很自豪。');
    expectDropped(compiled, ['桐韵仙踪', '殿刻书'], 'unsupported-quote');
  });

  it('keeps a quote once written when a place, a count, a frame, a parallel quote or its place shows it', () => {
    const { entries } = compile(
      // A Quzhou place in it; a count; a frame (实施…, …之誉); parallel quotes; the place it names.
      '开化县喊出“衢州欢迎侬”，并实施“双溪共治”。当地素有“浙西林海”之誉。' +
        '村里提出要做“对山水有礼”“对乡亲有礼”的人。游客来到“江南秘境”齐溪镇。',
    );
    for (const term of ['衢州欢迎侬', '双溪共治', '浙西林海', '对山水有礼', '对乡亲有礼', '江南秘境'])
      expect(entries.has(term), term).toBe(true);
  });

  it('keeps a place and what it stands for, quoted, as a named model of the place', () => {
    // Every such quote in the labelled sets (衢江样板, 衢江高地, 常山经验, 贺田模式) is a term.
    const alone = compile('衢江区努力成为全省的“衢江样板”。');
    expect(alone.entries.get('衢江样板')?.category).toBe('slogan');
    const pair = compile('衢江区努力打造全省的“衢江样板”和“衢江高地”。');
    expect(pair.entries.has('衢江样板')).toBe(true);
    expect(pair.entries.has('衢江高地')).toBe(true);
  });

  it('keeps a phrase the text quotes twice, however ordinary its words', () => {
    const { entries } = compile('开化县打出“桐韵仙踪”这张牌。', '“桐韵仙踪”吸引了不少开化游客。');
    expect(entries.has('桐韵仙踪')).toBe(true);
  });
});

describe('slogan, program or place, from how the text uses it', () => {
  it("makes a named future community one of Zhejiang's pilot programmes", () => {
    const { entries } = compile('衢江区樟树未来社区今年建成，开化县金溪未来乡村也在建设。');
    expect(entries.get('樟树未来社区')?.category).toBe('program');
    expect(entries.get('金溪未来乡村')?.category).toBe('program');
  });

  it('makes a railway the text is planning a project, and one open for use a place', () => {
    const { entries } = compile(
      '规划中的衢开高速公路将贯穿全县，开化县正加快衢开高速公路前期工作。',
      '同年九月，衢黄铁路建成通车，开化县迎来高铁时代。',
    );
    expect(entries.get('衢开高速公路')?.category).toBe('program');
    expect(entries.get('衢黄铁路')?.category).toBe('place');
  });

  it('makes what work is done by (以“…”为抓手) and a batch of apps programs', () => {
    const { entries } = compile(
      '开化县以“三边四化”、庭院整治为抓手推进整治。“防贫共富”“掌上议事”一批应用在开化县上线。',
    );
    for (const term of ['三边四化', '防贫共富']) expect(entries.get(term)?.category, term).toBe('program');
  });

  it('reads a quoted phrase ending in a county as said of the county, not a place', () => {
    const { entries, decisions } = compile('衢江区打造“富美有礼衢江”城市品牌。');
    expect(entries.get('富美有礼衢江')?.category).toBe('slogan');
    expect(ruleFor(decisions, '富美有礼衢江')?.rule).toBe('place-slogan');
  });

  it('reads what is said of the first of two planned roads as said of both', () => {
    const { entries } = compile('规划中的衢开高速公路和衢黄铁路将贯穿开化县全境。');
    expect(entries.get('衢黄铁路')?.category).toBe('program');
  });

  it('makes a formula the text holds events under, or calls a policy, a program', () => {
    const { entries } = compile(
      '开化县以“三比三赛”为载体推进项目建设。开化县落实省里“双进双回”政策。开化县举办“山里山外开化人”活动。',
    );
    for (const term of ['三比三赛', '双进双回', '山里山外开化人'])
      expect(entries.get(term)?.category, term).toBe('program');
  });

  it('reads a strategy as something said, and a headquarters brought in as a project', () => {
    const { entries } = compile('开化县深入实施“生态立县战略”，引进华东供应链总部落户。');
    expect(entries.get('生态立县战略')?.category).toBe('slogan');
    expect(entries.get('华东供应链总部')?.category).toBe('program');
  });

  it('makes a quoted formula the text carries out a program, and one it states a slogan', () => {
    const { entries, decisions } = compile(
      '开化县“两治三化”工作机制全面铺开，“两治三化”工作体系初步形成。开化县提出“两山三地”目标。',
    );
    expect(entries.get('两治三化')?.category).toBe('program');
    // The kind after the quote (工作机制) makes it a program as the quote detector reads it; where
    // it does not, the decision stage's said-or-run does.
    expect(['detected', 'said-or-run']).toContain(ruleFor(decisions, '两治三化')?.rule);
    expect(entries.get('两山三地')?.category).toBe('slogan');
  });
});

describe('repetition and containment that show nothing', () => {
  it('does not take ordinary words one article quotes twice for a term', () => {
    // A writer repeats a turn of phrase (“洋面孔”, foreign faces) within one piece; a term recurs
    // across articles, or is quoted again and again.
    const oneArticle = compile('开化县的书院里，不乏“洋面孔”。后来，更多“洋面孔”来到开化县。');
    expectDropped(oneArticle, ['洋面孔'], 'quoted-rule');
    const twoArticles = compile('开化县的书院里，不乏“洋面孔”。', '更多“洋面孔”来到开化县。');
    expect(twoArticles.entries.get('洋面孔')?.category).toBe('slogan');
  });

  it('leaves a rare verb of the dictionary out of the name after it (寻梦|泽随古村)', () => {
    const { entries } = compile('江山市大陈乡，寻梦泽随古村，品赏花海人家。');
    expect(entries.has('寻梦泽随古村')).toBe(false);
    expect(entries.get('泽随古村')?.category).toBe('place');
  });

  it('does not cut a name out of a verb and the first character of a longer suffix', () => {
    // 建|家庙 (built the family temple): 庙 ends 家庙, which has no name before it here.
    const { entries, decisions } = compile(
      '宋室南渡，孔氏后裔被赐家衢州，建家庙供奉孔子，衢州孔氏家庙由此而来。',
    );
    expect(entries.has('建家庙')).toBe(false);
    expect(decisions.some((d) => d.evidence.term.term === '建家庙')).toBe(false);
  });

  it('does not read what a town is known for as the unit a name is written inside', () => {
    // 生猪大镇 (a big pig-farming town) is a motto of the 工业强市 kind: the verb after it opens no name.
    const { entries } = compile('衢江区莲花镇，昔日生猪大镇变身现代农业产业园示范区。');
    expect([...entries.keys()].filter((t) => t.startsWith('变身'))).toEqual([]);
  });
});

describe('lists of trades, activities and stations elsewhere', () => {
  it('does not take the development of a listed name for a place', () => {
    const compiled = compile('要落实关于衢江区、巨化发展的要求。衢江区、开化县、巨化发展都有新变化。');
    expectDropped(compiled, ['巨化发展'], 'list-item');
  });

  it('reads a list closed by 产业 as a list of trades', () => {
    const { entries } = compile(
      '开化县引进了一批企业。如今开化县的氟硅新材料、锂电新能源产业蓬勃发展，开化县的硅谷新材料也是。',
    );
    for (const trade of ['氟硅新材料', '锂电新能源产业']) expect(entries.has(trade), trade).toBe(false);
  });

  it('does not take a county elsewhere, alone or with a bearing, for a Quzhou place', () => {
    const { entries, decisions } = compile(
      '衢丽铁路经过衢江区、龙游县。全线设衢江、龙游、遂昌西、松阳4座车站，其中衢江、遂昌西为新建站。',
      '沿线有龙游、衢江、遂昌、古市、松阳等车站。',
    );
    for (const place of ['遂昌西', '遂昌']) expect(entries.has(place), place).toBe(false);
    expect(ruleFor(decisions, '遂昌西')?.rule).toBe('opens-elsewhere');
    expect(ruleFor(decisions, '遂昌')?.rule).toBe('elsewhere');
  });

  it('does not take the title of a piece for a slogan', () => {
    const compiled = compile('开化县征文启动。我打开邮箱，看到题目“大陈面之歌”，心里一热。');
    expectDropped(compiled, ['大陈面之歌'], 'title');
  });
});

describe('quotations and landscapes', () => {
  it('does not take a quotation introduced by 载： or 说： for a slogan', () => {
    const compiled = compile(
      '据《毛氏宗谱》载：“因其地四面环山，状若金盘而称金球”。常山县的村民说：“绿水青山，就是家园”。',
    );
    expectDropped(compiled, ['因其地四面环山，状若金盘而称金球'], 'quoted-rule');
  });

  it('does not read a county before 山水 (its landscape) as a mountain', () => {
    const { entries } = compile('常山山水生态良好、民风民俗淳朴，常山县游客不断。');
    expect(entries.has('常山山')).toBe(false);
  });
});

describe('passes, hollows and hermitages', () => {
  it('finds them by their own names, not a description of the land', () => {
    const { entries } = compile(
      '常山县球川古有绍德庵，庵旁有墓。江山保安至小竿岭一段保存完好，因纵贯仙霞岭而得名。崇山峻岭之间，深山坞里多砂砾岩。',
    );
    for (const place of ['绍德庵', '小竿岭', '仙霞岭'])
      expect(entries.get(place)?.category, place).toBe('place');
    for (const phrase of ['崇山峻岭', '深山坞', '多砂砾岩', '砂砾岩'])
      expect(entries.has(phrase), phrase).toBe(false);
  });
});

describe('strategies a unit sets itself', () => {
  it('reads what a county is founded on (生态立县) as a slogan, not a county', () => {
    const { entries, decisions } = compile('开化县提出了“生态立县”的发展战略，推进绿色发展。');
    expect(entries.get('生态立县')?.category).toBe('slogan');
    expect(ruleFor(decisions, '生态立县')?.rule).toBe('unit-strategy');
  });
});

describe('nicknames and goals', () => {
  it('reads a quoted place a village is known as, or a town is to become, as a slogan', () => {
    const { entries, decisions } = compile(
      '东案乡田蓬村是常山县远近闻名的“西瓜村”。常山县球川镇努力打造“风情古镇”。',
    );
    for (const term of ['西瓜村', '风情古镇']) {
      expect(entries.get(term)?.category, term).toBe('slogan');
      expect(ruleFor(decisions, term)?.rule, term).toBe('nickname-or-goal');
    }
  });
});

describe('kinds of works', () => {
  it('does not take a works named only by what it supplies for a name (供水工程)', () => {
    const compiled = compile(
      '开化县完成道路建设、供水工程和生产道路修复。村庄绿化、农民饮用水工程和垃圾集中处理全面推进。',
    );
    expectDropped(compiled, ['供水工程', '农民饮用水工程'], 'name-suffix-rule');
  });
});

describe('kinds of base', () => {
  it('does not take a base for a crop with no place in its name for a name, but keeps a placed one', () => {
    const compiled = compile(
      '常山县田蓬村，西甜瓜产业基地正在扩建。丝瓜络种植基地也已建成。常山县，东案胡柚产业基地扩建。',
    );
    expectDropped(compiled, ['西甜瓜产业基地', '丝瓜络种植基地'], 'kind-of-base');
    // 东案: a town of 常山县 names where it is.
    expect(compiled.entries.get('东案胡柚产业基地')?.category).toBe('place');
  });
});

describe('idioms of the land', () => {
  it('does not take a four-character idiom ending in a place character for a place', () => {
    const compiled = compile('江山市千年古道，锦绣江山。全省试点县中，三地抢占了半壁江山。');
    expectDropped(compiled, ['锦绣江山', '半壁江山'], 'suffix-in-word');
  });
});

describe('kinds of people and stretches of land', () => {
  it('does not take the nationwide new rural gentry or a stretch of a kind for a name', () => {
    const { entries } = compile(
      '常山县新乡贤“扎堆回乡”。常山县、新乡贤、商会都出了力。天文馆旁辟有一片星空露营基地，常山县游客不断。',
    );
    for (const phrase of ['新乡贤', '一片星空露营基地']) expect(entries.has(phrase), phrase).toBe(false);
  });
});

describe('a site described by its sides', () => {
  it('does not open a name with a bearing and a verb of adjacency (南接…, 背依…)', () => {
    const { entries } = compile(
      '开化县华埠镇这块地北临岙滩新区，南接县工业园区，西侧有开化中学。',
      '常山县的新馆背依孔子文化公园。江山市贺村镇东临常山港，南靠千里岗山脉，北依白沙溪。',
    );
    for (const phrase of ['北临岙滩新区', '南接县工业园区', '背依孔子文化公园', '东临常山港', '北依白沙溪'])
      expect(entries.has(phrase), phrase).toBe(false);
    // The neighbour named after the description is found as it would be after a comma.
    expect(entries.get('常山港')?.category).toBe('place');
    expect(entries.get('白沙溪')?.category).toBe('place');
  });
});

describe("a county's short form opening a name", () => {
  it('reads 开化 of 开化县 as the county before a suffix, not as the verb or an ordinary word', () => {
    const { entries } = compile(
      '开化县教育局组织开化中学师生参加活动。江山市招商推介会上，江山经济开发区签下三个项目。',
      // A county's trade is its industry, not a firm (江山|木业).
      '江山市的木门企业很多，伴随着江山木业的发展壮大，行业逐渐成形。',
    );
    expect(entries.get('开化中学')?.category).toBe('organization');
    expect(entries.get('江山经济开发区')?.category).toBe('place');
    expect(entries.has('江山木业')).toBe(false);
  });

  it('does not run a name across 有 standing alone (a clause: 县城南边|有|…)', () => {
    const { entries } = compile('常山县城南边有常山公园，游客很多。');
    expect(entries.has('常山县城南边有常山公园')).toBe(false);
  });

  it('does not take the short form for the county where the articles never write the county', () => {
    // 开化 is also a verb (to civilise): without 开化县 in the articles, nothing anchors it.
    const { entries } = compile('这所开化中学的历史很长，衢州市的学生常去参观。');
    expect(entries.has('开化中学')).toBe(false);
  });
});

describe('flats, wharves and other small places of the land', () => {
  it('reads names ending in 坪, 埠 and the like, with a grammar word glued to them cut off', () => {
    const { entries } = compile(
      '开化县的村民用百丹坪高山茶叶泡水。衢州市区，城内就有青龙埠、浮石埠等水埠。',
      '开化县的深山坞里有一片草坪，港湾边的石坑很深。江水从海拔1000多米的莲花尖一路奔跑，顶尖的笔尖。',
    );
    // A peak is named with an ordinary word, as a mountain is (莲花|尖); 顶尖 and 笔尖 are words.
    expect(entries.get('莲花尖')?.category).toBe('place');
    for (const word of ['顶尖', '笔尖']) expect(entries.has(word), word).toBe(false);
    for (const place of ['百丹坪', '青龙埠', '浮石埠'])
      expect(entries.get(place)?.category, place).toBe('place');
    // 用 and 有 are no part of the names; a common word before the suffix describes the land.
    for (const phrase of ['用百丹坪', '有青龙埠', '深山坞', '草坪', '港湾', '石坑'])
      expect(entries.has(phrase), phrase).toBe(false);
  });
});

describe('pairings joined by +', () => {
  it('does not take ordinary words joined by + for a term unless the text names the pairing', () => {
    const { entries, decisions } = compile(
      '开化县把山地户外运动、“户外+旅游”、“体育+旅游”等业态融合。开化县通过“商会+联谊会”内外联动。',
      '开化县构建“模块+网格”扁平高效运行体系。',
    );
    expectDropped({ entries, decisions }, ['户外+旅游', '体育+旅游', '商会+联谊会'], 'quoted-rule');
    expect(entries.get('模块+网格')?.category).toBe('program');
  });
});

describe('epithets and means the text quotes once', () => {
  it('keeps ordinary words quoted as what work is done by (以“…”为抓手)', () => {
    const { entries } = compile('开化县以“乡村空中学堂”为抓手，推进农业产业高质量发展。');
    expect(entries.get('乡村空中学堂')?.category).toBe('program');
  });

  it('keeps what a place is known as (“…之乡”, 作为“…”), but not a designation conferred on it', () => {
    const { entries, decisions } = compile(
      '衢州是“全国围棋之乡”，围棋氛围浓厚。',
      '作为“中国围棋圣地”，衢州的围棋文化底蕴深厚。',
      '作为“浙江省特色小镇”，龙游红木小镇正在加快建设。',
    );
    expect(entries.get('全国围棋之乡')?.category).toBe('slogan');
    expect(entries.get('中国围棋圣地')?.category).toBe('slogan');
    expect(entries.has('浙江省特色小镇')).toBe(false);
    expect(ruleFor(decisions, '浙江省特色小镇')?.rule).toBe('honour');
  });
});

describe('expansions the text states', () => {
  it('reads a count after a quoted list as the formula the list spells out', () => {
    const { entries } = compile('开化县要答好“产业题、人才题、生态题”三道题，走好共富路。');
    expect(entries.get('三道题')?.expansion).toEqual(['产业题', '人才题', '生态题']);
    expect(entries.get('三道题')?.aliases).toContain('产业题、人才题、生态题');
    expect(entries.has('产业题、人才题、生态题')).toBe(false);
  });

  it('keeps a counted formula the text spells out, and only then', () => {
    const { entries } = compile(
      '开化县围绕项目建设、征地拆迁、土地综合整治“三大攻坚战”，全力推进。围绕“四大任务”，落实责任。',
    );
    expect(entries.get('三大攻坚战')?.expansion).toEqual(['项目建设', '征地拆迁', '土地综合整治']);
    expect(entries.has('四大任务')).toBe(false);
  });

  it('reads a count formula as the list of as many items quoted just before, each holding its word', () => {
    const { entries } = compile('开化县要打造“看山、看水、看田”的乡村。开化正是“三看”的好去处。');
    expect(entries.get('三看')?.expansion).toEqual(['看山', '看水', '看田']);
    expect(entries.get('三看')?.aliases).toContain('看山、看水、看田');
  });

  it('cuts a long lead-in off the first item of the list before a formula', () => {
    const { entries } = compile(
      '开化：绘就山乡新画卷为共富添彩推进产业振兴、人才振兴、文化振兴“三大振兴行动”。',
    );
    expect(entries.get('三大振兴行动')?.expansion).toEqual(['产业振兴', '人才振兴', '文化振兴']);
  });

  it('finds the expansion in brackets a few words after the formula, clause by clause', () => {
    const { entries } = compile(
      '开化县借助省里“两进两回”政策东风（让科技、资金进农村，让青年、乡贤回农村），办起了综合体。',
    );
    expect(entries.get('两进两回')?.expansion).toEqual(['让科技、资金进农村', '让青年、乡贤回农村']);
  });
});
