import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherTerm } from './matcher';
import { markingRivers, writtenAsRiver } from './river-mentions';

const TERMS: MatcherTerm[] = [
  { id: 'qj', term: '衢江区', aliases: ['衢江'], category: 'place' },
  { id: 'qz', term: '衢州市', aliases: ['衢州'], category: 'place' },
  { id: 'ls', term: '两山银行', aliases: [], category: 'program' },
];
const matcher = markingRivers(compileMatcher(TERMS));
/** Each match's form, with ~ after it where it is marked as written as a river. */
const read = (text: string) =>
  matcher.findAll(text).map((m) => text.slice(m.start, m.end) + (m.river === true ? '~' : ''));

describe('markingRivers', () => {
  it('marks the name where its bank, reach or water follows (衢江北岸, 衢江两岸, 衢江上游)', () => {
    expect(read('江湾村地处衢江北岸，衢江两岸的村庄，衢江上游来水')).toEqual(['衢江~', '衢江~', '衢江~']);
    expect(read('碧波荡漾的衢江边，衢江水位上涨')).toEqual(['衢江~', '衢江~']);
  });

  it('marks it where the words before say along it or into it (沿衢江, 汇入衢江)', () => {
    expect(read('货船沿衢江顺流而下，乌溪江汇入衢江。')).toEqual(['衢江~', '衢江~']);
  });

  it('reads a Traditional page in Simplified (衢江兩岸, 衢江岸邊)', () => {
    expect(read('衢江兩岸燈火通明，衢江岸邊')).toEqual(['衢江~', '衢江~']);
  });

  it('leaves the district and the city as they are: 衢江区, 衢江段, 衢江实践, 衢州两岸', () => {
    expect(read('衢江区两岸，高速衢江段，乡村振兴衢江实践')).toEqual(['衢江区', '衢江', '衢江']);
    expect(read('衢州两岸')).toEqual(['衢州']);
  });

  it('asks only places whose form ends as a river’s does', () => {
    expect(writtenAsRiver('衢江两岸', 0, 2)).toBe(true);
    expect(writtenAsRiver('衢州两岸', 0, 2)).toBe(false);
    expect(read('两山银行边上')).toEqual(['两山银行']);
  });
});
