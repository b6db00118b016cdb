import { describe, expect, it } from 'vitest';
import type { UserEntry } from '../glossary/glossary';
import { indexEntries, userPageEntry, type MatchIndex } from './page-entries';

const INDEX: Pick<MatchIndex, 'entries'> = {
  entries: [
    ['jiang-shan-shi', 0, ['江山市', '江山'], 0b10],
    ['liang-shan-yin-hang', 1, ['两山银行'], 0],
  ],
};

describe('indexEntries', () => {
  it('reads each row as a matcher term with its contextual forms', () => {
    expect(indexEntries(INDEX)).toEqual([
      { id: 'jiang-shan-shi', term: '江山市', aliases: ['江山'], category: 'place', contextual: ['江山'] },
      { id: 'liang-shan-yin-hang', term: '两山银行', aliases: [], category: 'program' },
    ]);
  });
});

describe('userPageEntry', () => {
  const edit: UserEntry = {
    id: 'jiang-shan-shi',
    term: '江山市',
    aliases: ['江山', '须江'],
    category: 'place',
    pinyin: 'jiāng shān shì',
    summary: '我的版本',
    sources: [],
    origin: 'user',
    updatedAt: 1,
  };

  it('keeps the built-in entry’s contextual forms that the reader kept', () => {
    const [builtIn] = indexEntries(INDEX);
    const page = userPageEntry(edit, builtIn);
    expect(page).toEqual({
      id: 'jiang-shan-shi',
      term: '江山市',
      aliases: ['江山', '须江'],
      category: 'place',
      contextual: ['江山'],
    });
    expect(userPageEntry({ ...edit, aliases: ['须江'] }, builtIn).contextual).toBeUndefined();
    expect(userPageEntry({ ...edit, id: 'user-x' }, undefined).contextual).toBeUndefined();
  });
});
