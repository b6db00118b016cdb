import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matching/matcher';
import { meantPlace, namesQuzhou, pageSense, placeTree, shownOnPage, showsContextual } from './quzhou-page';

const place = 'place' as const;
const TERMS = [
  { id: 'qz', term: '衢州市', aliases: ['衢州'], category: place },
  { id: 'js', term: '江山市', aliases: ['江山'], category: place, contextual: ['江山'], within: 'qz' },
  { id: 'kc', term: '柯城区', aliases: [], category: place, within: 'qz' },
  { id: 'sm', term: '石门镇', aliases: [], category: place, contextual: ['石门镇'], within: 'js' },
  { id: 'wl', term: '乌龙村', aliases: [], category: place, contextual: ['乌龙村'], within: 'sm' },
  { id: 'hm', term: '湖门村', aliases: [], category: place, within: 'sm' },
  { id: 'sg', term: '一号改革工程', aliases: [], category: 'program' as const, contextual: ['一号改革工程'] },
  { id: 'hjq', term: '杭金衢高速', aliases: [], category: place },
  { id: 'jd', term: '街道社区', aliases: [], category: place, contextual: ['街道社区'], within: 'sm' },
];
const matcher = compileMatcher(TERMS);
const tree = placeTree(TERMS);
const shown = (text: string) =>
  shownOnPage(matcher.findAll(text), tree).map((m) => text.slice(m.start, m.end));

describe('pageSense', () => {
  it('needs two unambiguous names to name Quzhou at all, three places or four names of two to be about it', () => {
    expect(pageSense(0, 0)).toBe('elsewhere');
    expect(pageSense(1, 1)).toBe('elsewhere');
    expect(pageSense(2, 1)).toBe('passing');
    expect(pageSense(3, 2)).toBe('passing');
    expect(pageSense(3, 3)).toBe('quzhou');
    expect(pageSense(4, 2)).toBe('quzhou');
    // 衢州 listed among a province's cities paragraph after paragraph: one place, named in passing.
    expect(pageSense(6, 1)).toBe('passing');
  });
});

describe('placeTree', () => {
  it('links each division to the one it lies in and back; other terms and unknown ids to none', () => {
    const t = placeTree([...TERMS, { id: 'x', term: '某村', category: place, within: 'not-a-term' }]);
    expect(t.parent).toEqual([-1, 0, 0, 1, 3, 3, -1, -1, 3, -1]);
    expect(t.children[0]).toEqual([1, 2]);
    expect(t.children[3]).toEqual([4, 5, 8]);
    expect(t.children[6]).toEqual([]);
  });

  it('marks the divisions named by unit words alone (街道社区), and no other', () => {
    expect(tree.unitNamed).toEqual([false, false, false, false, false, false, false, false, true]);
  });
});

describe('namesQuzhou', () => {
  it('is an unambiguous division, not a river or a park its neighbours share (乌溪江 rises in 遂昌)', () => {
    const river = { id: 'wx', term: '乌溪江', aliases: [], category: place };
    const withRiver = placeTree([...TERMS, river]);
    const match = (entry: number) => ({ entry, contextual: false, category: place });
    expect(namesQuzhou(match(TERMS.length), withRiver)).toBe(false);
    expect(namesQuzhou(match(2), withRiver)).toBe(true);
  });

  it('is an unambiguous place, not a road or railway that runs through other cities too', () => {
    const at = (id: string) => TERMS.findIndex((t) => t.id === id);
    const named = (id: string, contextual = false) =>
      namesQuzhou({ entry: at(id), contextual, category: TERMS[at(id)]!.category }, tree);
    expect(named('qz')).toBe(true);
    expect(named('kc')).toBe(true);
    expect(named('js', true)).toBe(false);
    expect(named('sg', true)).toBe(false);
    expect(named('hjq')).toBe(false);
  });

  it('is not a division’s name written as the river it shares (衢江北岸: 兰溪’s own bank)', () => {
    const kc = TERMS.findIndex((t) => t.id === 'kc');
    expect(namesQuzhou({ entry: kc, contextual: false, category: place, river: true }, tree)).toBe(false);
    expect(namesQuzhou({ entry: kc, contextual: false, category: place, river: false }, tree)).toBe(true);
  });
});

describe('showsContextual', () => {
  const none = () => false;
  it('follows the page on a page about Quzhou or about somewhere else', () => {
    expect(showsContextual('quzhou', 4, tree, none)).toBe(true);
    expect(showsContextual('elsewhere', 4, tree, () => true)).toBe(false);
  });
  it('on a page naming Quzhou in passing, places a division by the one it lies in or one in it', () => {
    expect(showsContextual('passing', 4, tree, none)).toBe(false);
    expect(showsContextual('passing', 4, tree, (e) => e === 3)).toBe(true);
    // A town by a village of its.
    expect(showsContextual('passing', 3, tree, (e) => e === 5)).toBe(true);
    // Only the nearest: a village is not placed by its county.
    expect(showsContextual('passing', 4, tree, (e) => e === 1)).toBe(false);
    // What is no division has nothing to be placed by.
    expect(showsContextual('passing', 6, tree, none)).toBe(true);
  });
  it('places a division named by unit words alone (街道社区) by its town on a page about Quzhou too', () => {
    expect(showsContextual('quzhou', 8, tree, none)).toBe(false);
    expect(showsContextual('quzhou', 8, tree, (e) => e === 3)).toBe(true);
  });
});

describe('shownOnPage', () => {
  it('shows no namesake on a page naming Quzhou once', () => {
    expect(shown('乌龙村的游客来自衢州。江山如画。')).toEqual(['衢州']);
  });

  it('shows another place’s village, named with its own town, not as Quzhou’s on a page naming Quzhou in passing', () => {
    expect(shown('乾潭镇乌龙村的民宿迎来衢州游客，衢州市的企业也来了。')).toEqual(['衢州', '衢州市']);
  });

  it('shows the village with its town, and the county placed by the city, on such a page', () => {
    expect(shown('衢州江山石门镇乌龙村，来自衢州的客人。')).toEqual([
      '衢州',
      '江山',
      '石门镇',
      '乌龙村',
      '衢州',
    ]);
  });

  it('takes a page that names the 杭金衢 expressway and 衢州 in passing for one naming Quzhou in passing', () => {
    expect(shown('杭金衢高速旁的物流园，乌龙村的村民来上班，货发往衢州、衢州市，杭金衢高速')).toEqual([
      '杭金衢高速',
      '衢州',
      '衢州市',
      '杭金衢高速',
    ]);
  });

  it('shows the community named 街道社区 on a page about Quzhou only with its town', () => {
    expect(shown('衢州市柯城区、衢州：女埠街道社区卫生服务中心。柯城区')).toEqual([
      '衢州市',
      '柯城区',
      '衢州',
      '柯城区',
    ]);
    expect(shown('衢州市柯城区、衢州：石门镇街道社区。柯城区')).toEqual([
      '衢州市',
      '柯城区',
      '衢州',
      '石门镇',
      '街道社区',
      '柯城区',
    ]);
  });

  it('shows every namesake on a page about Quzhou', () => {
    expect(shown('衢州市柯城区、衢州：乌龙村。柯城区')).toEqual([
      '衢州市',
      '柯城区',
      '衢州',
      '乌龙村',
      '柯城区',
    ]);
  });
});

describe('meantPlace', () => {
  const homonyms = placeTree([
    { id: 'qz', term: '衢州市', category: place },
    { id: 'kc', term: '柯城区', category: place, within: 'qz' },
    { id: 'js', term: '江山市', category: place, within: 'qz' },
    { id: 'xx', term: '新新街道', category: place, within: 'kc' },
    { id: 'fl', term: '凤林镇', category: place, within: 'js' },
    { id: 'bs1', term: '白沙村', category: place, within: 'xx' },
    { id: 'bs2', term: '白沙村', category: place, within: 'fl' },
  ]);
  const [qz, , js, xx, fl, bs1, bs2] = [0, 1, 2, 3, 4, 5, 6];
  const meant = (candidates: number[], ...named: number[]) =>
    meantPlace(candidates, homonyms, (e) => named.includes(e));

  it('is the place whose town or county the page names (凤林镇’s 白沙村 on 江山市’s news)', () => {
    expect(meant([bs1, bs2], fl)).toBe(bs2);
    expect(meant([bs1, bs2], js)).toBe(bs2);
  });

  it('prefers the one whose nearer division is named: a town before another’s county', () => {
    expect(meant([bs2, bs1], xx, js)).toBe(bs1);
  });

  it('keeps the matcher’s where the page names neither’s, or only what they share (衢州市)', () => {
    expect(meant([bs1, bs2])).toBe(bs1);
    expect(meant([bs2, bs1])).toBe(bs2);
    expect(meant([bs2, bs1], qz)).toBe(bs2);
  });
});
