/**
 * Classes of error seen in session 53, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('a one-character verb glued to a place the article also writes alone', () => {
  it('is the verb and the place, not a name (来拍|霞溪的秋色, 一边逛|古埠)', () => {
    const { entries } = compile(
      '开化县马金镇有条霞溪。过去霞溪一涨水，村民就出不了门。如今新桥建成，摄影爱好者说还要再来拍霞溪的秋色。镇上的古埠保存完好，游客一边逛古埠，一边买山货。',
    );
    expectAbsent(entries, ['拍霞溪', '逛古埠']);
    expectPresent(entries, ['马金镇']);
  });

  it('leaves a name whose first character is a verb but that is written as one (浮石村)', () => {
    const { entries } = compile('衢江区浮石街道浮石村修缮古祠。浮石村村民自发捐款，浮石村的古祠焕然一新。');
    expectPresent(entries, ['浮石村']);
  });
});

describe('a verb of founding right before a body’s kind', () => {
  it('says the body is being set up, not its name (蜂农抱团成立合作社)', () => {
    const { entries } = compile(
      '江山市塘源口乡洪福村蜂农抱团成立合作社，土蜂蜜卖出好价钱。合作社统一收购、统一包装，洪福村蜂农户均增收两万元。',
    );
    expectAbsent(entries, ['蜂农抱团成立合作社']);
    expectPresent(entries, ['塘源口乡', '洪福村']);
  });
});

describe('a place by its suffix written once after a common noun no division is named after', () => {
  it('is a thing described, not named (村史长廊, 滩地湿地, 茶文化广场)', () => {
    const { entries } = compile(
      '江山市廿八都镇枫溪村改造老樟树周边的旧杂屋，建成了小广场和村史长廊。项目还实施了河道清淤和滩地湿地修复，村口新建的茶文化广场成了村民傍晚散步的去处。',
    );
    expectAbsent(entries, ['村史长廊', '滩地湿地', '茶文化广场']);
    expectPresent(entries, ['廿八都镇', '枫溪村']);
  });

  it('leaves a name used once whose stem is a place’s (仙霞古道, 溪口老街)', () => {
    const { entries } = compile(
      '江山市廿八都镇的游客沿仙霞古道徒步。龙游县溪口镇的游客则在溪口老街品尝黄菇。',
    );
    expectPresent(entries, ['仙霞古道', '溪口老街']);
  });
});

describe('a place by its suffix written once after common words only', () => {
  it('is a thing described, not named (街角小广场, 油茶文化展示馆)', () => {
    const { entries } = compile(
      '常山县同弓乡推进油茶产业。老街整合了沿街老店铺和街角小广场，村里还建起了油茶文化展示馆，游客可以体验传统木榨。',
    );
    expectAbsent(entries, ['街角小广场', '油茶文化展示馆']);
    expectPresent(entries, ['同弓乡']);
  });

  it('leaves one whose first word names a division (高家苗木基地)', () => {
    const { entries } = compile('衢江区高家镇发展苗木产业，高家苗木基地今年销售苗木十万株。');
    expectPresent(entries, ['高家苗木基地']);
  });
});
