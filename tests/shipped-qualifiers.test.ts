/**
 * Other places' names as the shipped match index lists them (compiler/register/qualifier-forms.ts),
 * read as the content script reads a page: a short form that is an everyday word no longer makes a
 * Quzhou name another place's, and a Traditional page's other places still do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../lib/matching/matcher';
import { indexEntries, type MatchIndex } from '../lib/matching/page-entries';
import { readingPages } from '../lib/matching/reading-aids';

const index = JSON.parse(
  readFileSync(new URL('../data/match-index.json', import.meta.url), 'utf8'),
) as MatchIndex;
const matcher = readingPages(compileMatcher(indexEntries(index), { blockers: index.blockers }), index);
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('the shipped qualifiers', () => {
  it('leave a Quzhou name after an everyday word that is also a county’s short form (比如, 平安, 会同)', () => {
    expect(found('比如石门镇清漾村的做法')).toContain('石门镇');
    expect(found('建设更高水平的平安江山')).toContain('江山');
    expect(found('县交通运输局会同湖镇镇开展检查')).toContain('湖镇镇');
  });

  it('still make a name another place’s after that place, in either script (兰溪市女埠街道江湾村)', () => {
    expect(found('兰溪市女埠街道江湾村的村民')).not.toContain('江湾村');
    expect(found('蘭谿市女埠街道江灣村的村民')).not.toContain('江灣村');
    expect(found('安吉县余村的客人')).not.toContain('余村');
  });
});
