import { describe, expect, it } from 'vitest';
import type { UserEntry } from '../glossary/glossary';
import { indexEntries, userPageEntry, type MatchIndex } from './page-entries';

const INDEX: Pick<MatchIndex, 'entries'> = {
  entries: [
    ['jiang-shan-shi', 0, ['江山市', '江山'], 0b10],
    ['liang-shan-yin-hang', 1, ['两山银行'], 0],
    ['feng-lin-zhen', 0, ['凤林镇', '凤林'], 0b10, 0],
  ],
};

describe('indexEntries', () => {
  it('reads each row as a matcher term with its contextual forms and where it lies', () => {
    expect(indexEntries(INDEX)).toEqual([
      { id: 'jiang-shan-shi', term: '江山市', aliases: ['江山'], category: 'place', contextual: ['江山'] },
      { id: 'liang-shan-yin-hang', term: '两山银行', aliases: [], category: 'program' },
      {
        id: 'feng-lin-zhen',
        term: '凤林镇',
        aliases: ['凤林'],
        category: 'place',
        contextual: ['凤林'],
        within: 'jiang-shan-shi',
      },
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

  it('keeps where the built-in place lies', () => {
    const town = indexEntries(INDEX)[2];
    const page = userPageEntry({ ...edit, id: 'feng-lin-zhen', term: '凤林镇', aliases: ['凤林'] }, town);
    expect(page.within).toBe('jiang-shan-shi');
    expect(page.contextual).toEqual(['凤林']);
  });
});
