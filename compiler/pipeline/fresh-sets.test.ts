/**
 * Classes of error first seen on the session-11 sets (holdout4 and holdout6, read after one blind
 * score), each shown on made-up sentences compiled with the real register. Every case here failed
 * before the rule it names existed, except the guards that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile, ruleFor, expectDropped } = madeUp();

describe('places, bodies and phrases that are not Quzhou names', () => {
  it('drops a site written after a county outside Quzhou, and a place only ever likened to', () => {
    const compiled = compile(
      '龙游县的这处遗址，是继浦江“上山遗址”之后的又一重要发现。' +
        '经过多年治理，常山县的废弃矿坑成为美丽的“天鹅湖”，水库宛如一座“翡翠湖”。',
    );
    expectDropped(compiled, ['上山遗址'], 'after-elsewhere');
    expectDropped(compiled, ['天鹅湖', '翡翠湖'], 'likened');
    expect(compiled.entries.get('龙游县')?.category).toBe('place');
  });

  it('does not read a clause about the landscape (水绕山转, 船行碧溪) as a name', () => {
    const compiled = compile(
      '开化县青山环抱，水绕山转，禹云驻青山，船行碧溪。衢州因山得名、因水而兴。' +
        '江水向东，经钱江、富春江，流入东海。',
    );
    expectDropped(compiled, ['水绕山', '船行碧溪', '衢州因山'], 'motion-verb');
    // jieba fuses 经钱江 into one unknown word: the name detector sees its preposition (names.ts).
    expect(compiled.entries.has('经钱江')).toBe(false);
  });

  it('takes every item of a list a count of villages closes, and only where the count agrees', () => {
    const { entries, decisions } = compile(
      '常山县同丰村下辖源塘、汪坑、大坂、胡坑四个自然村。示范带覆盖马车、溪口、塘边等3个行政村。',
    );
    for (const village of ['源塘', '汪坑', '大坂', '胡坑', '马车', '溪口', '塘边']) {
      expect(entries.get(village)?.category, village).toBe('place');
      expect(ruleFor(decisions, village)?.rule, village).toBe('counted-list');
    }
    const off = compile('常山县同丰村下辖源塘、汪坑等五个自然村。');
    expect(off.entries.has('汪坑')).toBe(false);
    // The count right after the last item, with no 等: 洋坑|三个村 is not one name.
    const bare = compile('在翁源村、龙头坑、洋坑三个村的近百亩田里种上了水稻。');
    for (const village of ['龙头坑', '洋坑'])
      expect(bare.entries.get(village)?.category, village).toBe('place');
    expect(bare.entries.has('洋坑三个村')).toBe(false);
  });

  it('takes towns written by their stems alone in a list of three, or of two in one county', () => {
    const { entries } = compile(
      '历史上，衢江两岸埠头林立，诞生了航埠、华埠、辉埠等一批商贸重镇。' +
        '以常山县城方向的招贤、青石为县际门户风貌区。',
    );
    for (const town of ['航埠镇', '华埠镇', '辉埠镇', '招贤镇', '青石镇'])
      expect(entries.get(town)?.sources.length, town).toBeGreaterThan(0);
    // One town's stem beside an ordinary word is not enough (青石 is "bluestone").
    const alone = compile('院子里铺着青石、卵石，常山县的老人常在这里乘凉。');
    expect(alone.entries.has('青石镇')).toBe(false);
  });

  it("drops what is another region's by its name or by where it is written", () => {
    const compiled = compile(
      '龙游县姜席堰成为继丽水通济堰、诸暨桔槔井灌工程、宁波它山堰、湖州溇港之后我省又一处灌溉工程遗产。' +
        '游客从黄山机场可乘汽车赴开化县。来自杭州市下城区朝晖街道的志愿者也来到开化县。',
    );
    // A works named after a county-level city (诸暨) is that city's too, and then lends the list
    // no support: its other items are not proposed at all.
    expectDropped(compiled, ['诸暨桔槔井灌工程', '黄山机场'], 'opens-elsewhere');
    for (const other of ['丽水通济堰', '宁波它山堰', '湖州溇港'])
      expect(compiled.entries.has(other)).toBe(false);
    expectDropped(compiled, ['朝晖街道'], 'after-elsewhere');
    expect(compiled.entries.get('开化县')?.category).toBe('place');
  });

  it('does not open a name with a word of grammar that jieba glued to it', () => {
    const compiled = compile('花牵谷与开化县金星村仅一桥之隔，谷内种满了花。');
    expect(compiled.entries.has('仅一桥')).toBe(false);
    expect(ruleFor(compiled.decisions, '仅一桥')?.rule).toBe('grammar-opening');
  });

  it('drops provincial designations, a name written twice as a play, and a nickname before a name', () => {
    const compiled = compile(
      '江山市廿八都镇先后获得“浙江省精神文明建设示范镇”“浙江省美丽庭院特色村”等荣誉。' +
        '“龙游龙游”，这可不是口误，龙游县的文旅推介从这里开始。' +
        '开化县乡里还有“梅花诗人”张道洽、少将周建屏等名人。',
      '开化县要挖掘“梅花诗人”张道洽的历史文化。',
    );
    expectDropped(compiled, ['浙江省精神文明建设示范镇', '浙江省美丽庭院特色村'], 'honour');
    expectDropped(compiled, ['龙游龙游'], 'doubled-stem');
    expectDropped(compiled, ['梅花诗人'], 'nickname');
  });

  it('takes a national road by its lettered number', () => {
    const { entries } = compile('开化县G351国道至大荫山段公路正式通车，S313省道也在改造。');
    expect(entries.get('G351国道')?.category).toBe('place');
    expect(entries.get('S313省道')?.category).toBe('place');
    expect(entries.has('351国道')).toBe(false);
  });

  it('finds county roads by their code where the sentence is about roads, and no word ending in 线', () => {
    const { entries } = compile(
      '17省道和城白线穿境而过。黄坛口乡将融合药王线、石呈线两线景观。' +
        '江山市做强中线、做实底线、做畅竖线。衢州港集装箱航线首航，浙江在线报道了这条生产线。',
    );
    for (const road of ['城白线', '药王线', '石呈线'])
      expect(entries.get(road)?.category, road).toBe('place');
    for (const phrase of ['实底线', '畅竖线', '箱航线', '江在线', '条生产线'])
      expect(entries.has(phrase), phrase).toBe(false);
  });

  it('finds a village right after a one-character preposition that jieba glued to it', () => {
    const { entries } = compile('改建工程路线起点与315省道平交相接，沿下石埠村东侧至黄坛口乡。');
    expect(entries.get('下石埠村')?.division?.chain[0]).toBe('石室乡');
  });

  it('drops a river that names a town outside Quzhou, and a business model of kinds of actor', () => {
    const compiled = compile(
      '衢江流出衢州，接金华江、兰江后，并入新安江，流向下游富春江。' +
        // Called a model (“…”模式), such a pairing is a term (LABELLING.md, session 15): session
        // 34's rule; bare, it is the common model.
        '开化县某村靠“龙头公司+村经济合作社+农户”，共同做大香椿产业。',
    );
    expectDropped(compiled, ['新安江', '富春江'], 'town-elsewhere');
    expectDropped(compiled, ['龙头公司+村经济合作社+农户'], 'actor-model');
    // A chain with a name in it is kept: 邻礼通 is not a kind of actor.
    const named = compile('柯城区以“邻礼通+红色物业联盟”为治理地标，邻礼通平台已覆盖全区。');
    expect(named.entries.has('邻礼通+红色物业联盟')).toBe(true);
  });

  it("takes Zhejiang's and China's named strategies from the reference list, not their ordinary policy words", () => {
    const { entries, decisions } = compile(
      '开化县深入践行绿水青山就是金山银山理念，推进五水共治和共富工坊建设，全面推进乡村振兴。',
    );
    expect(entries.get('绿水青山就是金山银山')?.category).toBe('slogan');
    expect(entries.get('五水共治')?.category).toBe('program');
    expect(entries.get('共富工坊')?.scope).toBe('zhejiang');
    expect(ruleFor(decisions, '共富工坊')?.rule).toBe('wider-term');
    // 乡村振兴 is in the list to explain it where another rule finds it, but proposes nothing.
    expect(entries.has('乡村振兴')).toBe(false);
  });

  it('drops bodies of the country or province, governments and service centres, but keeps local firms', () => {
    const compiled = compile(
      '论坛由中国木材流通协会、浙江省江山市人民政府联合主办，浙江省电力实业总公司派员参加。' +
        '江山市浙江蓝宇新材料有限公司也来了。西山下村党群服务中心的工作人员介绍了情况。',
    );
    expectDropped(compiled, ['中国木材流通协会', '浙江省电力实业总公司'], 'wider-body');
    expectDropped(compiled, ['西山下村党群服务中心'], 'government');
    expect(compiled.entries.get('浙江蓝宇新材料有限公司')?.category).toBe('organization');
  });

  it('drops a person named after a post though the name ends like a river, a cut word and a division with 山', () => {
    const compiled = compile(
      '衢州市委秘书长郑河江介绍了投资环境。水电水利规划设计总院副总工程师到场。' +
        '搞工业，我们衢州市山多，是不如沿海的。',
    );
    expectDropped(compiled, ['郑河江'], 'person');
    // 工程|师 is blocked where the suffix is read (rules/names.ts), before any decision.
    expect(compiled.entries.has('规划设计总院副总工程')).toBe(false);
    // So is 衢州市|山: no name whose kind is one character has a city with its unit for a stem.
    expect(compiled.entries.has('衢州市山')).toBe(false);
  });

  it('finds weirs, pagodas, temples and rivers called 港, but not a clause that joins two of them', () => {
    const compiled = compile(
      '龙游县姜席堰由姜堰和席堰组成，上连姜堰、下接席堰。灵山江上还有司马堰、海龙堰。' +
        '江山市巽峰塔和周王庙都是古迹，常山港、江山港在衢州汇合。',
    );
    for (const place of ['姜席堰', '司马堰', '海龙堰', '巽峰塔', '周王庙', '常山港', '江山港'])
      expect(compiled.entries.get(place)?.category, place).toBe('place');
    expectDropped(compiled, ['上连姜堰'], 'motion-verb');
    // 下|接|席堰: a verb of one character inside the stem; no name is proposed across it.
    expect(compiled.entries.has('下接席堰')).toBe(false);
  });

  it('finds development zones by their official kinds', () => {
    const { entries } = compile('衢州绿色产业集聚区常山片区引进了一批项目，衢州经济技术开发区也在招商。');
    for (const zone of ['衢州绿色产业集聚区', '衢州经济技术开发区'])
      expect(entries.get(zone)?.category, zone).toBe('place');
  });

  it('keeps the name after a verb that governs it, though jieba tags the verb a noun (利用/n)', () => {
    const compiled = compile(
      '柯城区聚电商，利用创客电商孵化园比邻以及物流产业发达的优势，积极发展仓储经济。',
    );
    expect(compiled.entries.get('创客电商孵化园')?.category).toBe('place');
    expect(compiled.entries.has('利用创客电商孵化园')).toBe(false);
    // Since session 34 the name detector stops at 利用 itself (rules/names.ts, RUN_OR_COMPARE),
    // so the longer reading is no longer proposed and renamed.
    // The verb is not part of any form a page lights up.
    expect(compiled.entries.get('创客电商孵化园')?.aliases).not.toContain('利用创客电商孵化园');
  });

  it('does not take what a unit is known for (农业大市, 工贸重镇) for a place, but a quoted set of such mottos is a slogan', () => {
    const { entries } = compile(
      '衢州也曾头戴过“农业大市”的帽子。江山市全力打造“工贸重镇、山水城镇、文化名镇”。' +
        '在“工业强市、产业兴市”战略指引下，常山县加快发展。',
    );
    for (const phrase of ['农业大市', '工贸重镇', '文化名镇', '产业兴市'])
      expect(entries.has(phrase), phrase).toBe(false);
    // Quoted together, such mottos are the strategy the place sets itself: a slogan.
    for (const motto of ['工贸重镇、山水城镇、文化名镇', '工业强市、产业兴市'])
      expect(entries.get(motto)?.category, motto).toBe('slogan');
    expect(compile('筑牢“工业强市、产业兴市”的坚实底盘。').entries.has('工业强市、产业兴市')).toBe(true);
  });

  it('finds former divisions and ancient names from the historical reference, with what they were', () => {
    const { entries, decisions } = compile('衢州建城史以衢县设县制为起点。龙游古称太末县，春秋时属姑蔑国。');
    expect(entries.get('衢县')?.summary).toBe('古地名。衢州原有的县，2001年撤销，改设衢江区。');
    expect(entries.get('太末县')?.category).toBe('place');
    expect(entries.get('姑蔑')?.aliases).toContain('姑蔑国');
    expect(ruleFor(decisions, '衢县')?.rule).toBe('historical');
  });

  it("does not open a name with a division's kind character left over from the word before", () => {
    const compiled = compile(
      '开化县乡贤开办的整村旅游开发公司，带动了村集体增收。常山县经济技术开发区金川片区一大批项目正在推进。',
    );
    // 整|村旅游…: whether 村 opens it or its words name only a kind, it is no name.
    expect(compiled.entries.has('村旅游开发公司')).toBe(false);
    expect(['unit-first', 'name-suffix-rule']).toContain(ruleFor(compiled.decisions, '村旅游开发公司')?.rule);
    expect(compiled.entries.has('县经济技术开发区')).toBe(false);
    expect(compiled.entries.get('金川片区')?.category).toBe('place');
  });

  it('finds historic quarters, family temples and colleges by their kind, and a college of another city is not one', () => {
    const compiled = compile(
      '衢州市柯城区近年来，新建北门历史文化街区，水亭门历史文化街区游人如织。' +
        '常山技师学院与义乌工商职业技术学院签约合作，南孔家庙也对外开放。',
    );
    for (const place of ['北门历史文化街区', '水亭门历史文化街区', '南孔家庙'])
      expect(compiled.entries.get(place)?.category, place).toBe('place');
    expect(compiled.entries.get('常山技师学院')?.category).toBe('organization');
    expectDropped(compiled, ['义乌工商职业技术学院'], 'opens-elsewhere');
  });

  // 樊家村文化礼堂 was kept here until session 26, as holdout4's labels read it; the made-up sets'
  // labellers leave a village's auditorium out (…村文化礼堂 unlabelled or a negative in eight sets,
  // labelled once), and village-facility (decide.ts) now drops it.
  it('finds groups, tourist areas and township offices by their kind, and no village hall', () => {
    const { entries } = compile(
      '衢江区交投集团负责建设。开化县音坑下淤旅游区游人如织，国家5A级旅游景区根宫佛国文化旅游区也是。' +
        '芹阳办事处樊家村文化礼堂里还陈列着老照片。',
    );
    const expected: [string, string][] = [
      ['衢江区交投集团', 'organization'],
      ['音坑下淤旅游区', 'place'],
      ['根宫佛国文化旅游区', 'place'],
      ['芹阳办事处', 'place'],
    ];
    for (const [term, category] of expected) expect(entries.get(term)?.category, term).toBe(category);
    expect(entries.has('樊家村文化礼堂')).toBe(false);
  });

  it("drops a branch of a company from elsewhere, and a river's weirs (…堰坝) read as one weir", () => {
    const compiled = compile(
      '浙江省电力实业总公司抽蓄分公司副总经理叶炯、中广核新能源浙江分公司总经理喻旭明出席。' +
        '龙游县姜席堰是灵山港堰坝体系中保留最完整的一处。',
    );
    expectDropped(compiled, ['广核新能源浙江分公司'], 'branch');
    // 实业 (a trade) ends a name of its own there, so no branch name starts inside it; the
    // province's head office is dropped whole.
    expectDropped(compiled, ['浙江省电力实业总公司'], 'wider-body');
    expect(compiled.entries.has('实业总公司抽蓄分公司')).toBe(false);
    expect(compiled.entries.has('灵山港堰')).toBe(false);
  });

  it("drops a body's headquarters and its office in another city, and keeps a headquarters brought in", () => {
    const compiled = compile(
      '副厂长介绍，斯凯孚集团总部在瑞典，历经百年发展。国际慢城联盟总部来常山县考察。' +
        '衢江区引进东方供应链总部，项目已开工。',
    );
    expectDropped(compiled, ['斯凯孚集团总部', '国际慢城联盟总部'], 'branch');
    expect(compiled.entries.get('东方供应链总部')?.category).toBe('program');
    const office = compile('西科姆有限公司驻京办事处负责人来到开化县，参观了芹阳办事处。');
    expectDropped(office, ['驻京办事处'], 'branch');
    expect(office.entries.get('芹阳办事处')?.category).toBe('place');
  });

  it('starts a name after a town jieba does not know (杜泽镇|铜山源溪大桥)', () => {
    const { entries } = compile('接近这座古塔，也花不了多少时间，过杜泽镇铜山源溪大桥，缘溪岸塔山小径而上。');
    expect(entries.get('铜山源溪大桥')?.category).toBe('place');
  });

  it('keeps a stream named after a Quzhou village, and a road whose name has such a character', () => {
    const { entries } = compile('柯城区打通龙绕溪绿道，沿线的百汇路也完成了改造。');
    expect(entries.has('龙绕溪')).toBe(true);
    expect(entries.has('百汇路')).toBe(true);
  });

  it('reads no name in a plant type after a verb (抽水|蓄能电站), but keeps a name after a common one', () => {
    const compiled = compile(
      '抽水蓄能电站是电力系统的“充电宝”。目前全国已建成多座抽水蓄能电站，衢江区的衢江抽水蓄能电站已列入国家规划。',
      '记者走访太公山胡柚基地时，正赶上采摘季。去年市里领导也走访太公山胡柚基地。',
    );
    // 蓄能 is unknown to jieba, but its characters are common words' (register/name-chars.ts).
    expectDropped(compiled, ['蓄能电站'], 'name-suffix-rule');
    expect(compiled.entries.get('衢江抽水蓄能电站')?.category).toBe('program');
    expect(compiled.entries.has('太公山胡柚基地')).toBe(true);
  });

  it('finds a mountain after a preposition jieba glued to it (从|江郎山), and the sight after 有 in a list', () => {
    expect(compile('古道从江郎山下的脉岭一路南行。').entries.get('江郎山')?.category).toBe('place');
    const { entries } = compile(
      '仙霞古道穿境而过。江山市域范围内，有江郎山、仙霞古道、清湖古镇等多个知名景点。',
    );
    expect(entries.get('江郎山')?.category).toBe('place');
    expect(entries.has('有江郎山')).toBe(false);
  });

  it('does not take a role (控制性|工程) or a kind running on into an office or school (科技|局) for a name', () => {
    const { entries } = compile(
      '黄衢南高速是旅游一体化发展的牵引性工程，项目控制性工程枫树岭隧道已开工。',
      '衢州市科技局领导，衢州市工程技术学校负责人出席。',
    );
    for (const cut of ['牵引性工程', '项目控制性工程', '控制性工程', '衢州市科技', '衢州市工程'])
      expect(entries.has(cut), cut).toBe(false);
  });

  it('names a body without 原 (former), and not a village after the conjunction 但', () => {
    const { entries, decisions } = compile(
      '远眺山脚下，原常山利华钙业有限公司办公区已拆除。',
      '虽然是工作日，但南山古村的游客还是很多。',
    );
    expect(entries.get('常山利华钙业有限公司')?.category).toBe('organization');
    expect(ruleFor(decisions, '原常山利华钙业有限公司')?.rule).toBe('former');
    expect(entries.has('但南山古村')).toBe(false);
    expect(entries.has('南山古村')).toBe(true);
  });

  it('reads a verb-noun after an adverb or verb as the verb (将|建设|…展示馆, 加快|启动|…走廊)', () => {
    const compiled = compile('该项目将建设茶文化展示馆、体验区等。', '加快启动江贺经济走廊第二批企业转型。');
    // The name detector leaves the frequent verbal noun out (names.ts), and the kind it governs is
    // judged alone: ordinary words, no name.
    expect([...compiled.entries.keys()].filter((t) => t.startsWith('建设'))).toEqual([]);
    expectDropped(compiled, ['茶文化展示馆'], 'name-suffix-rule');
    expect(compiled.entries.has('启动江贺经济走廊')).toBe(false);
    expect(compiled.entries.has('江贺经济走廊')).toBe(true);
  });

  it('drops exhibitions as events, and pairs of kinds after one modifier (古街古巷)', () => {
    const compiled = compile(
      '开幕当天，“泗淛同源孔子文化展”“泗淛同源书画展”两个展览同时开展。',
      '石佛乡的古街古巷、古弄古亭、古民居古宗祠是石佛的特色。',
    );
    expectDropped(compiled, ['泗淛同源孔子文化展', '泗淛同源书画展'], 'event');
    expectDropped(compiled, ['古街古巷', '古民居古宗祠'], 'paired-modifier');
    expect(compiled.entries.get('石佛乡')?.category).toBe('place');
  });

  it('finds firms by brand and trade (宝威电气), not a subsidiary relation or a shared stem cut in a word', () => {
    const compiled = compile(
      '园区内，宝威电气、恒成塑业等企业纷纷扩产，海洋生物也是新赛道。',
      '由衢州市交投集团子公司负责建设。没有巨化，就没有衢州高新园区、中俄科技产业合作园。',
    );
    for (const firm of ['宝威电气', '恒成塑业'])
      expect(compiled.entries.get(firm)?.category, firm).toBe('organization');
    expect(compiled.entries.has('海洋生物')).toBe(false);
    expectDropped(compiled, ['交投集团子公司'], 'branch');
    expect(compiled.entries.has('衢州高')).toBe(false);
  });

  it('names a road or railway by both its ends (翁梅至蒲塘公路), not by the far end alone', () => {
    const { entries } = compile('翁梅至蒲塘公路项目全长7.5公里。衢州至丽水铁路正式开工。');
    for (const route of ['翁梅至蒲塘公路', '衢州至丽水铁路']) expect(entries.has(route), route).toBe(true);
    for (const end of ['蒲塘公路', '丽水铁路']) expect(entries.has(end), end).toBe(false);
  });

  it('keeps a river jieba knows whole though a word starts at its last character (钱塘江|源头)', () => {
    const { entries } = compile('2018年10月，钱塘江源头区域成为国家第三批山水林田湖草生态保护修复工程试点。');
    expect(entries.get('钱塘江')?.category).toBe('place');
    expect(compile('常山打造新时代省际“富春山居图”。').entries.has('富春山')).toBe(false);
  });

  it('reads a street (…街) as a street, not as a subdistrict the register must have', () => {
    const { entries } = compile('浙江衢州，新桥街96号，红墙黑瓦、游人如织。');
    expect(entries.get('新桥街')?.category).toBe('place');
    expect(compile('他从改走乡间小道回家。').entries.has('改走乡')).toBe(false);
  });

  it('drops a quoted set of trades the text calls an industry, not a programme 产业 heads', () => {
    const compiled = compile(
      '常山组成的“康养时尚、半导体新材”产业的集群正在壮大。',
      '该项目属国家农业综合开发“一县一特”产业试点项目。',
    );
    expectDropped(compiled, ['康养时尚、半导体新材'], 'industry');
    expect(compiled.entries.has('一县一特')).toBe(true);
  });

  it('names a future village after its Quzhou village (下淤未来乡村), not after the word before it', () => {
    const { entries, decisions } = compile('据统计，“十一”黄金周下淤未来乡村共接待游客4万人次。');
    expect(entries.get('下淤未来乡村')?.category).toBe('program');
    expect(ruleFor(decisions, '下淤未来乡村')?.rule).toBe('named-after-unit');
    expect(entries.has('黄金周下淤未来乡村')).toBe(false);
  });

  it('finds schools by their kind, and no name runs across 已 (already)', () => {
    const { entries } = compile(
      '衢州学院校长，衢州市科技局领导，衢州市工程技术学校负责人出席。',
      '截至2019年底，芳村镇已完成小学迁建、古街改建等重点项目。',
    );
    // Named after its place, as 衢江区|省市县长工程 is: the full form is an alias.
    const school = [...entries.values()].find((e) => e.aliases.includes('衢州市工程技术学校'));
    expect(school?.category).toBe('organization');
    expect([...entries.keys()].some((t) => t.includes('已'))).toBe(false);
  });

  it('drops a thing ranked by a superlative (全国最大的…基地), and keeps a name ranked so', () => {
    const compiled = compile(
      '这家企业是全国最大的氟化工生产基地。这里有全省唯一的氟硅新材料产业园。',
      '江郎山是中国最美的江郎山景区，每年吸引大量游客。',
    );
    expectDropped(compiled, ['氟化工生产基地', '氟硅新材料产业园'], 'superlative');
    expect(compiled.entries.has('江郎山景区')).toBe(true);
  });

  it('drops a thing the text only counts (3个…遗址, 一座…的新城), not one it also names', () => {
    const compiled = compile('考古人员在溪边发现了3个古窑遗址。这里将崛起一座充满活力的滨江新城。');
    expectDropped(compiled, ['古窑遗址', '滨江新城'], 'counted');
    const named = compile('这里将崛起一座充满活力的滨江新城。滨江新城的建设正在加快。');
    expect(named.entries.get('滨江新城')?.category).toBe('place');
  });

  it('takes a division China has elsewhere too where its own division follows or the prefecture precedes it', () => {
    // 白云街道: many cities have one; with its community 幸福社区 after it, it is Kecheng's.
    const { entries } = compile('白云街道幸福社区开展志愿服务，居民纷纷参加。');
    const town = entries.get('白云街道')?.division?.code;
    expect(town).toMatch(/^\d{9}/);
    expect(entries.get('幸福社区')?.division?.code.startsWith(town!)).toBe(true);
    expect(compile('白云街道开展志愿服务，居民纷纷参加。').entries.has('白云街道')).toBe(false);
    // Or right after the prefecture, which holds one 白云街道.
    expect(compile('衢州白云街道开展志愿服务。').entries.get('白云街道')?.division?.code).toBe(town);
  });

  it('takes a list item jieba knows as a name (白石/nr), not only as a word', () => {
    const { entries, decisions } = compile('常山县的白石、球川镇等地种植胡柚。');
    expect(entries.get('白石')?.category).toBe('place');
    expect(ruleFor(decisions, '白石')?.rule).toBe('detected');
  });

  it('names a high-speed line by the cities it joins (衢丽高铁), not a pair of places (两地高铁)', () => {
    const { entries } = compile('衢丽高铁正在规划，两地高铁通车后往来更方便。');
    expect(entries.get('衢丽高铁')?.category).toBe('place');
    expect(entries.has('两地高铁')).toBe(false);
  });

  it('starts a name where jieba glued 有 (have) to it (有三衢/x 山)', () => {
    const { entries } = compile('今浙江省常山县，因境内有三衢山而得名。');
    expect(entries.get('三衢山')?.category).toBe('place');
  });

  it('starts a name right after a date (2020年|杭衢高铁)', () => {
    const { entries } = compile('2020年杭衢高铁已开工，建成后衢州融入杭州一小时交通圈。');
    expect(entries.get('杭衢高铁')?.category).toBe('place');
  });
});
