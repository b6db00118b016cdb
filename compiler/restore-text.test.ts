import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findLabelledText } from './restore-text';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// A made-up article, and the stored page's copy of it: menus, a breadcrumb, the headline again, a
// source line, blank lines, and a last paragraph the copy cut off mid-sentence.
const labelled = [
  '某县举办乡村运动会',
  '记者 张三 通讯员 李四',
  '日前，某县在城南公园举办第三届乡村运动会，来自十二个乡镇的三百多名村民参加了拔河、挑担等项目的比赛。',
  '据介绍，运动会今年新增了亲子项目，吸引了不少在外工作的年轻人回乡参加，现场气氛十分热烈。',
].join('\n');
const copy = [
  '某县举办乡村运动会',
  '首页 | 新闻 | 乡镇 | 视频',
  '您当前的位置：首页 > 乡镇新闻',
  '',
  '某县举办乡村运动会',
  '2024-05-01 09:00 来源：某县新闻网',
  '',
  '记者 张三 通讯员 李四',
  '',
  '日前，某县在城南公园举办第三届乡村运动会，来自十二个乡镇的三百多名村民参加了拔河、挑担等项目的比赛。',
  '',
  '据介绍，运动会今年新增了亲子项目，吸引了不少在外工作的年轻人回乡参加，现场气氛十分热烈。下一步，该县将',
].join('\n');

describe('findLabelledText', () => {
  it('finds the tidying of a fresh copy whose hash is the labelled one', () => {
    expect(findLabelledText(copy, sha256(labelled + '\n'))).toBe(labelled + '\n');
    // Blank lines kept, the cut-off sentence kept, no final newline: another tidying, also found.
    const withBlanks = copy.split('\n').slice(0, 1).concat(copy.split('\n').slice(6)).join('\n');
    expect(findLabelledText(copy, sha256(withBlanks))).toBe(withBlanks);
  });

  it('finds nothing when the prose itself differs', () => {
    const edited = labelled.replace('三百多名', '四百多名');
    expect(findLabelledText(copy, sha256(edited + '\n'))).toBeUndefined();
  });
});
