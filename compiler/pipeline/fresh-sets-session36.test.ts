/**
 * Classes of error seen in session 36, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped } = madeUp();

describe('verbs of crossing and leading before a stream or a ridge', () => {
  it('reads 过, 翻 and 引 standing alone before 江, 岭 or 溪 as a clause (渡船过江, 桐油翻岭, 塘引溪水)', () => {
    const { entries } = compile(
      '开化县马金镇的新桥通车后，两岸群众告别了靠渡船过江的历史。',
      '老人小时候常跟着父亲挑着茶叶和桐油翻岭去浦城换盐，如今仙霞古道成了徒步线路。',
      '衢江区湖南镇的村民世代在房前屋后挖塘引溪水养草鱼，马金溪边也有人家这样养鱼。',
    );
    expectAbsent(entries, ['渡船过江', '桐油翻岭', '塘引溪']);
    expectPresent(entries, ['马金镇', '湖南镇', '马金溪']);
  });
});

describe('titles of shows', () => {
  it('reads a quoted title with its subtitle after —— as a title (“纸短情长——柯城百年家书地契展”)', () => {
    const compiled = compile(
      '柯城区档案馆从征集成果中精选出120余件，策划了“纸短情长——柯城百年家书地契展”，先后在航埠镇、石梁镇巡展。',
    );
    expectDropped(compiled, ['纸短情长——柯城百年家书地契展'], 'title');
    expectPresent(compiled.entries, ['航埠镇', '石梁镇']);
  });

  it('reads an exhibition by its name as an occasion, not a term (“船匠记忆木船技艺展”)', () => {
    const { entries } = compile(
      '龙游县博物馆近日推出“船匠记忆木船技艺展”，展出老船匠徐樟根制作的12条木船模型，湖镇镇的村民也赶来参观。',
      '衢江区坚持“高质量发展”，樟潭街道的码头改造完成。',
    );
    expectAbsent(entries, ['船匠记忆木船技艺展']);
    expectPresent(entries, ['湖镇镇', '樟潭街道']);
  });
});
