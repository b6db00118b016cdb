/**
 * Classes of error seen in session 32 on the read made-up sets, each shown on made-up sentences
 * compiled with the real register. Every case failed before its rule existed, except the guards
 * that say what must stay found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('short quoted coinages', () => {
  it('leaves a quoted phrase of four characters or fewer with nothing local in it to its words', () => {
    // Each written twice: a quote written once with nothing to show for it was dropped before.
    const { entries } = compile(
      '村里几位老人自发当起了“守树人”，每天巡看古樟。今年“守树人”又多了三位。',
      '学校门口设立“护学岗”，家长志愿者轮流值守。“护学岗”每天早晚各站一小时。',
      '合作社的“红美人”今年卖到了每斤十五元，“红美人”礼盒供不应求。',
    );
    expectAbsent(entries, ['守树人', '护学岗', '红美人']);
  });

  it('keeps a short quote that names a place the text names (“书香柯城”)', () => {
    const { entries } = compile('柯城区持续擦亮“书香柯城”，全区新建城市书房八家。');
    expectPresent(entries, ['书香柯城']);
  });

  it('keeps a short quote with a count (“三服务”) or one the text says is carried out', () => {
    const { entries } = compile(
      '全县党员干部深入开展“三服务”活动，走访企业两百余家。',
      '今年镇里推出“村播计划”，培训年轻人直播卖货。',
    );
    expectPresent(entries, ['三服务', '村播计划']);
  });

  it('keeps a longer quoted coinage (“银发暖心服务队”)', () => {
    const { entries } = compile('社区组建“银发暖心服务队”，为独居老人上门理发、修家电。');
    expectPresent(entries, ['银发暖心服务队']);
  });
});

describe('suffixes that end another word', () => {
  it('reads a suffix that ends a common word (出路, 山路) as that word, not a road', () => {
    const { entries } = compile(
      '老茶厂转型做研学，总算找到了新出路。',
      '车子沿着盘山路开了四十分钟才到村口。',
    );
    expectAbsent(entries, ['新出路', '盘山路']);
  });

  it('keeps a street whose last characters are a rarer word (县后街)', () => {
    const { entries } = compile('县后街的老店铺重新开张，县后街一带人气回升。');
    expectPresent(entries, ['县后街']);
  });

  it('reads a place written before a word that opens with its last character (衢江|江面, 衢江|江滨)', () => {
    const { entries } = compile(
      '衢江区新建的体育中心位于樟潭街道，紧邻衢江江滨绿道，总占地约一百二十亩。',
      '端午节当天上午，龙游县湖镇镇张家埠村段的衢江江面上鼓声阵阵，十二支龙舟队竞渡。',
    );
    expectAbsent(entries, ['衢江江']);
  });

  it('reads an indefinite count before a kind (跑几趟银行) as how many, not a name', () => {
    const { entries } = compile('以前办一笔贷款要跑几趟银行，现在村里就能办。');
    expectAbsent(entries, ['几趟银行']);
  });
});

describe('kinds named by a nationwide policy', () => {
  it('reads a base or an area after …融合 (产教融合, 农旅融合) as one of its kind', () => {
    const { entries } = compile(
      '学校与三家企业共建产教融合实训基地，学生在车间里跟师傅学接线。',
      '村里新建的农旅融合示范基地吸引了不少游客。',
    );
    expectAbsent(entries, ['产教融合实训基地', '农旅融合示范基地']);
  });
});

describe('kinds of team', () => {
  it('reads one common noun before 团队 (网格团队, 学子团队) as a kind of team', () => {
    const { entries } = compile(
      '街道按照“1+3+N”网格团队模式，为每个网格配备一名专职网格员。',
      '在龙游县庙下乡浙源里村，浙江工业大学的“返家乡”学子团队帮助村里搭建了民宿预订小程序。',
    );
    expectAbsent(entries, ['网格团队', '学子团队']);
  });

  it('keeps a team named by its leader (万少华团队)', () => {
    const { entries } = compile(
      '衢江区的万少华团队坚持为山区老人上门服务。',
      '万少华团队今年又添了三名队员。',
    );
    expectPresent(entries, ['万少华团队']);
  });
});

describe('task forces', () => {
  it('reads a task force named by its job (企业服务专班) as an office, not a term', () => {
    const { entries } = compile(
      '项目签约后，贺村镇专门成立“企业服务专班”，帮助企业跑审批、协调用电用地。',
      '芳村镇和新昌乡联合成立“征迁攻坚专班”，三个月完成了四百户签约。',
    );
    expectAbsent(entries, ['企业服务专班', '征迁攻坚专班']);
  });

  it('keeps a task force counted in a formula (一企一专班)', () => {
    const { entries } = compile(
      '园区推行“一企一专班”服务机制，为重点企业解决用工难题。',
      '“一企一专班”实施以来，企业诉求办结率达到98%。',
    );
    expectPresent(entries, ['一企一专班']);
  });
});

describe('quotes that are grammar or a crowd', () => {
  it('reads a verb doubled round 一 (“扫一扫”) as grammar', () => {
    const { entries } = compile('村民用手机“扫一扫”就能报修。', '游客“扫一扫”二维码即可听讲解。');
    expectAbsent(entries, ['扫一扫']);
  });

  it('reads what a crowd shouts (“浦山加油”, “灵上必胜”) as a cheer', () => {
    const { entries } = compile(
      '看台上，浦山村的村民齐声高喊“浦山加油”，灵上村的啦啦队则喊出“灵上必胜”。',
      '决赛当晚，“浦山加油”的呼声此起彼伏。',
    );
    expectAbsent(entries, ['浦山加油', '灵上必胜']);
  });
});
