/**
 * Classes of error seen in session 46, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped, ruleFor } = madeUp();

describe('a division written right after a landmark', () => {
  it('starts where the landmark ends, however jieba joins them (江山港|清湖街道: 港清湖/x)', () => {
    const { entries } = compile(
      '江山市在江山港清湖街道一带开展了水上搜救演练，衢江区也在乌溪江湖南镇段同步开展演练。',
    );
    expectPresent(entries, ['清湖街道', '江山港', '湖南镇']);
    expect(entries.get('清湖街道')?.category).toBe('place');
  });
});

describe('a quoted place name and 味', () => {
  it('is the taste of the place, a way of speaking (“常山味”, “衢州味”)', () => {
    const compiled = compile(
      '常山县举办胡柚节。赛场内外都是“常山味”，各地游客赶来品尝，本地人说今年的“衢州味”也格外浓。',
    );
    expectDropped(compiled, ['常山味', '衢州味'], 'place-flavour');
    expectPresent(compiled.entries, ['常山县']);
  });

  it('leaves a name no division has to the other rules (“三衢味”, a brand)', () => {
    const compiled = compile('衢江区推出“三衢味”区域公共品牌，统一包装山货。“三衢味”产品进入超市。');
    expect(ruleFor(compiled.decisions, '三衢味')?.rule).not.toBe('place-flavour');
    expect(compiled.entries.has('三衢味')).toBe(true);
  });
});

describe('江郎山’s three rocks', () => {
  it('are a landmark of their own, quoted or not (三爿石)', () => {
    const { entries } = compile('清晨的薄雾还未散尽，江山市石门镇江郎山的“三爿石”若隐若现，游客纷纷拍照。');
    expectPresent(entries, ['三爿石', '江郎山']);
    expect(entries.get('三爿石')?.category).toBe('place');
    expect(entries.get('三爿石')?.summary).toContain('江郎山');
  });
});

describe('policy words formed the same way all over China', () => {
  it('are nationwide vocabulary, not terms (“体教融合”, “茶旅融合”, “送戏下乡”, “送电影下乡”)', () => {
    const compiled = compile(
      '龙游县推进“体教融合”和“茶旅融合”，今年还把“送戏下乡”“送电影下乡”办到了溪口镇的每个村。',
    );
    expectDropped(compiled, ['体教融合', '茶旅融合', '送戏下乡', '送电影下乡'], 'quoted-rule');
    expectPresent(compiled.entries, ['溪口镇']);
  });

  it('leave a counted merger to the quote rules (“两站融合”, a formula of its own)', () => {
    const { entries } = compile('衢江区推行“两站融合”，把便民服务站和党群服务站合在一起。');
    expectPresent(entries, ['两站融合']);
  });
});

describe('“两山”, the short form of 绿水青山就是金山银山', () => {
  it('is that national idea wherever it is written alone, quoted once or more', () => {
    const { entries } = compile('近年来，常山县新昌乡围绕“两山”转化，推出生态旅游发展计划。');
    expectPresent(entries, ['绿水青山就是金山银山']);
    expect(entries.get('绿水青山就是金山银山')?.aliases).toContain('两山');
  });

  it('is not the idea where it opens a local body’s name (两山合作社, 两山银行)', () => {
    const { entries } = compile('常山县成立两山合作社，衢州两山银行也在推进。');
    expectAbsent(entries, ['绿水青山就是金山银山']);
    expectPresent(entries, ['两山合作社']);
  });
});

describe('Zhejiang’s village courts and township platforms', () => {
  it('are programmes of the province, explained as such (共享法庭, 基层治理四平台)', () => {
    const { entries } = compile(
      '柯城区依托石梁、航埠等乡镇的“共享法庭”站点化解纠纷，处理不了的流转到街道的基层治理四平台。',
    );
    expectPresent(entries, ['共享法庭', '基层治理四平台']);
    expect(entries.get('共享法庭')?.scope).toBe('zhejiang');
    expect(entries.get('基层治理四平台')?.category).toBe('program');
  });
});

describe('a reading room named as a brand', () => {
  it('is a programme by its suffix (南孔书屋), where 农家书屋 and 乡村书屋 are kinds', () => {
    const compiled = compile(
      '柯城区新建了一批南孔书屋，附近的南孔书屋也成了学生周末的好去处，村里的农家书屋和乡村书屋也在升级。',
    );
    expectPresent(compiled.entries, ['南孔书屋']);
    expect(compiled.entries.get('南孔书屋')?.category).toBe('program');
    expectAbsent(compiled.entries, ['农家书屋', '乡村书屋']);
  });
});

describe('水亭门, the old city gate its historic quarter is named after', () => {
  it('is the quarter’s landmark entry, by any of its forms (水亭门, 水亭门街区)', () => {
    const { entries } = compile('柯城区水亭门游人如织，水亭门街区的老店夜里也开着门。');
    expectPresent(entries, ['水亭门历史文化街区']);
    expect(entries.get('水亭门历史文化街区')?.aliases).toEqual(
      expect.arrayContaining(['水亭门', '水亭门街区']),
    );
    expectAbsent(entries, ['水亭门街区']);
  });
});

describe('four more of Zhejiang’s programmes', () => {
  it('are explained as the province’s (县域风貌, 飞地抱团, 浙里康养, 拿地即开工)', () => {
    const { entries } = compile(
      '常山县结合“县域风貌”建设，推动村集体“飞地抱团”发展，依托“浙里康养”完善养老服务，工业项目实现“拿地即开工”。',
    );
    for (const term of ['县域风貌', '飞地抱团', '浙里康养', '拿地即开工']) {
      expect(entries.get(term)?.scope, term).toBe('zhejiang');
      expect(entries.get(term)?.category, term).toBe('program');
    }
  });
});

describe('three of Zhejiang’s platforms and rules', () => {
  it('are explained as the province’s (浙食链, 志愿浙江, 小微权力清单)', () => {
    const { entries } = compile(
      '常山县青石镇的农贸市场全部接入浙食链，志愿者通过志愿浙江报名，村里还公布了小微权力清单。',
    );
    for (const term of ['浙食链', '志愿浙江', '小微权力清单'])
      expect(entries.get(term)?.scope, term).toBe('zhejiang');
  });
});

describe('Zhejiang’s common-prosperity pair, its childcare brand and its mobile court', () => {
  it('are explained as the province’s (“扩中”“提低”, 浙有善育, 移动微法院)', () => {
    const { entries } = compile(
      '衢江区围绕“扩中”“提低”推出十项举措，打响浙有善育品牌，纠纷当事人还能通过移动微法院在线调解。',
    );
    for (const term of ['扩中', '提低', '浙有善育', '移动微法院'])
      expect(entries.get(term)?.scope, term).toBe('zhejiang');
  });
});
