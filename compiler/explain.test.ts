import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../lib/glossary/glossary';
import { compileGlossary } from './compile';
import { excerpt } from './explain';

describe('excerpt', () => {
  it('returns a short sentence whole', () => {
    expect(excerpt('廿里镇紧盯目标抓项目。', '廿里镇')).toBe('廿里镇紧盯目标抓项目。');
  });

  it('clips a long sentence around the term with an ellipsis on both sides', () => {
    const sentence = `${'前'.repeat(100)}廿里镇${'后'.repeat(100)}`;
    const out = excerpt(sentence, '廿里镇');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('廿里镇');
    expect(out.length).toBe(90 + 2);
    // The term sits near the middle.
    const at = out.indexOf('廿里镇');
    expect(Math.abs(at - (out.length - at - 3))).toBeLessThanOrEqual(3);
  });

  it('puts the ellipsis only where the sentence was cut', () => {
    const out = excerpt(`廿里镇${'后'.repeat(100)}`, '廿里镇', 40);
    expect(out).toBe(`廿里镇${'后'.repeat(37)}…`);
    const end = excerpt(`${'前'.repeat(100)}廿里镇。`, '廿里镇', 40);
    expect(end).toBe(`…${'前'.repeat(36)}廿里镇。`);
  });
});

describe('summaries', () => {
  const text = [
    '## 衢江区廿里镇：紧盯目标抓项目',
    '衢江区廿里镇围绕项目建设，聚力枢纽之城、康养之城、活力之城、幸福之城、智治之城“五城”建设，打造物流产业集群。',
    '将辖区6个行政村共同出资设立的强村公司——衢州市六禾港盟城乡发展服务有限公司（以下简称六禾港盟）引入双港片区，由六禾港盟负责片区物业管理。',
  ].join('\n\n');
  const { glossary } = compileGlossary([{ name: 't.txt', text }]);
  const entry = (term: string): GlossaryEntry => {
    const e = glossary.entries.find((x) => x.term === term);
    expect(e, term).toBeDefined();
    return e!;
  };

  it('lists the items of a numeric formula', () => {
    const e = entry('五城');
    expect(e.summary).toBe('指枢纽之城、康养之城、活力之城、幸福之城、智治之城。');
    expect(e.expansion).toEqual(['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城']);
  });

  it('says an abbreviation is the short name of the full name and gives the defining clause', () => {
    const e = entry('六禾港盟');
    expect(e.summary).toContain('衢州市六禾港盟城乡发展服务有限公司的简称');
    expect(e.summary).toContain('辖区6个行政村共同出资设立的强村公司');
    expect(e.fullName).toBe('衢州市六禾港盟城乡发展服务有限公司');
  });

  it('names the containing unit of a place', () => {
    const e = entry('廿里镇');
    expect(e.summary).toContain('衢江区的镇');
    expect(e.parent).toBe('衢江区');
    expect(e.pinyin).toBe('niàn lǐ zhèn');
    expect(e.id).toBe('nian-li-zhen');
  });

  it('quotes evidence from the text', () => {
    const e = entry('五城');
    expect(e.sources.length).toBeGreaterThan(0);
    expect(e.sources.every((s) => s.file === 't.txt' && s.excerpt.includes('五城'))).toBe(true);
  });
});
