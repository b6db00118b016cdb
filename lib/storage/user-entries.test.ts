import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, UserEntry } from '../glossary/glossary';
import { termPinyin } from '../glossary/pinyin';
import {
  exportFileName,
  exportUserData,
  lineColumnOf,
  locateJsonError,
  scanJson,
  validateImport,
} from './user-data-file';
import { mergeEntries, userEntryId, validateUserEntry } from './user-entries';
import { createUserEntry, editEntry } from './user-entry-drafts';

const NOW = Date.UTC(2024, 3, 7, 8, 0, 0);

const BUILT_IN: GlossaryEntry = {
  id: 'nian-li-zhen',
  term: '廿里镇',
  aliases: ['廿里'],
  category: 'place',
  pinyin: 'niàn lǐ zhèn',
  summary: '廿里镇：衢江区的镇。',
  parent: '衢江区',
  sources: [{ file: '003.txt', excerpt: '廿里镇……', title: '谱“五城”新篇' }],
  origin: 'extracted',
};

function userEntry(overrides: Partial<UserEntry> = {}): UserEntry {
  return {
    id: 'user-qu-jiang-shan-nong',
    term: '衢江山农',
    aliases: [],
    category: 'slogan',
    pinyin: 'qú jiāng shān nóng',
    summary: '衢江区的农产品公用品牌。',
    sources: [],
    origin: 'user',
    note: '在超市见过',
    updatedAt: NOW,
    ...overrides,
  };
}

function fileWith(entries: unknown[], hidden: unknown[] = []): string {
  return JSON.stringify({ format: 'quzhou-glossary-user', version: 1, entries, hidden }, null, 2);
}

describe('pinyin and ids for user terms', () => {
  it('uses the local readings 衢 qú and 廿 niàn, like the compiler', () => {
    expect(termPinyin('衢江山农')).toBe('qú jiāng shān nóng');
    expect(termPinyin('廿里')).toBe('niàn lǐ');
    expect(termPinyin('衢')).toBe('qú');
    expect(termPinyin('3+X')).toBe('sān jiā X');
  });

  it('makes unique user- ids from pinyin', () => {
    expect(userEntryId('qú jiāng', new Set())).toBe('user-qu-jiang');
    expect(userEntryId('qú jiāng', new Set(['user-qu-jiang', 'user-qu-jiang-2']))).toBe('user-qu-jiang-3');
    expect(userEntryId('lǜ shuǐ', new Set())).toBe('user-lv-shui');
    expect(userEntryId('、', new Set())).toBe('user-entry');
    const long = userEntryId('zhōng '.repeat(60), new Set());
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^user-[a-z0-9-]+[a-z0-9]$/);
  });
});

describe('validateUserEntry', () => {
  it('accepts a complete entry', () => {
    expect(validateUserEntry(userEntry())).toEqual({ ok: true, value: userEntry() });
  });

  it('reports every problem with its path', () => {
    const result = validateUserEntry(
      { ...userEntry(), term: '', category: 'food', summary: 'x'.repeat(501), origin: 'curated', extra: 1 },
      'entries[3]',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'entries[3].extra: unknown field',
      'entries[3].term: must not be empty',
      'entries[3].category: must be one of place, program, slogan, organization',
      'entries[3].summary: must be at most 500 characters',
      'entries[3].origin: must be "user"',
    ]);
  });

  it.each([
    ['a'.repeat(41), 'must be at most 40 characters'],
    ['衢江\u0000', 'must not contain control or invisible characters'],
    ['衢\u200b江', 'must not contain control or invisible characters'],
    [' 衢江', 'must not start or end with spaces or hold double spaces'],
    ['😀', 'must be Chinese or Latin text (letters, digits, punctuation)'],
    ['Привет', 'must be Chinese or Latin text (letters, digits, punctuation)'],
    ['——', 'must be Chinese or Latin text (letters, digits, punctuation)'],
    ['测试<b>', 'must not contain < or >'],
    [42, 'must be a string'],
  ])('refuses the term %j', (term, message) => {
    const result = validateUserEntry(userEntry({ term: term as string }));
    expect(result).toEqual({ ok: false, errors: [`entry.term: ${message}`] });
  });

  it('accepts Chinese, Latin and mixed terms with punctuation', () => {
    for (const term of [
      '衢江',
      '3+X',
      '六抓六比·八大竞赛',
      '三通一智（治）',
      'G60 科创走廊',
      'a'.repeat(40),
    ]) {
      expect(validateUserEntry(userEntry({ term })).ok, term).toBe(true);
    }
  });

  it('checks ids, aliases, summary text and timestamps', () => {
    const bad = validateUserEntry({
      ...userEntry(),
      id: 'User_1',
      aliases: ['衢江山农', '山农', '山农'],
      summary: 'bad\u0007bell',
      updatedAt: -1,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      'entry.aliases[0]: must differ from the term',
      'entry.aliases[2]: is a duplicate',
      'entry.summary: must be plain text (no control or invisible characters)',
      'entry.updatedAt: must be a time in milliseconds (a non-negative integer)',
      'entry.id: must be 1-120 characters a-z, 0-9 and -, starting with a letter or digit',
    ]);
    expect(validateUserEntry(userEntry({ summary: '第一行\n第二行' })).ok).toBe(true);
  });
});

describe('creating and editing entries', () => {
  it('creates a new entry with pinyin and a fresh id', () => {
    const created = createUserEntry(
      { term: ' 衢江山农 ', category: 'slogan', summary: ' 农产品品牌 ', note: '' },
      new Set(['user-qu-jiang-shan-nong']),
      NOW,
    );
    expect(created).toEqual({
      ok: true,
      value: {
        id: 'user-qu-jiang-shan-nong-2',
        term: '衢江山农',
        aliases: [],
        category: 'slogan',
        pinyin: 'qú jiāng shān nóng',
        summary: '农产品品牌',
        sources: [],
        origin: 'user',
        updatedAt: NOW,
      },
    });
  });

  it('refuses an invalid draft', () => {
    const created = createUserEntry({ term: '', category: 'slogan', summary: '' }, new Set(), NOW);
    expect(created.ok).toBe(false);
  });

  it('edits a built-in entry under its id, keeping sources, recomputing pinyin for a new term', () => {
    const edited = editEntry(BUILT_IN, { note: '老家在这里', summary: '衢江区东部的镇。' }, NOW);
    expect(edited.ok && edited.value).toMatchObject({
      id: 'nian-li-zhen',
      term: '廿里镇',
      pinyin: 'niàn lǐ zhèn',
      parent: '衢江区',
      note: '老家在这里',
      summary: '衢江区东部的镇。',
      sources: BUILT_IN.sources,
      origin: 'user',
      updatedAt: NOW,
    });
    const renamed = editEntry(BUILT_IN, { term: '廿里', aliases: [] }, NOW);
    expect(renamed.ok && renamed.value.pinyin).toBe('niàn lǐ');
  });

  it('merges user entries over built-in ones, new ones after', () => {
    const edit = userEntry({ id: 'nian-li-zhen', term: '廿里镇', summary: '我的版本' });
    const added = userEntry();
    const merged = mergeEntries([BUILT_IN, { ...BUILT_IN, id: 'other', term: '别的' }], [added, edit]);
    expect(merged.map((e) => [e.id, e.origin])).toEqual([
      ['nian-li-zhen', 'user'],
      ['other', 'extracted'],
      ['user-qu-jiang-shan-nong', 'user'],
    ]);
  });
});

describe('export', () => {
  it('writes a stable file: key order, entries by id, hidden sorted and unique', () => {
    const b = userEntry({ id: 'user-b', term: '乙' });
    const a = { ...userEntry({ id: 'user-a', term: '甲' }) };
    // Key order of the input must not matter.
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as unknown as UserEntry;
    const text = exportUserData({ entries: [b, shuffled], hidden: ['z-z', 'a-a', 'z-z'] });
    expect(text.endsWith('}\n')).toBe(true);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['format', 'version', 'entries', 'hidden']);
    expect(data.entries.map((e: UserEntry) => e.id)).toEqual(['user-a', 'user-b']);
    expect(Object.keys(data.entries[0])).toEqual([
      'id',
      'term',
      'aliases',
      'category',
      'pinyin',
      'summary',
      'sources',
      'origin',
      'note',
      'updatedAt',
    ]);
    expect(data.hidden).toEqual(['a-a', 'z-z']);
    expect(exportUserData({ entries: [shuffled, b], hidden: ['a-a', 'z-z'] })).toBe(text);
  });

  it('names the file by local date', () => {
    expect(exportFileName(new Date(2024, 0, 5, 23, 0))).toBe('quzhou-glossary-user-2024-01-05.json');
  });

  it('round-trips through validateImport', () => {
    const entries = [
      userEntry(),
      userEntry({ id: 'nian-li-zhen', term: '廿里镇', pinyin: 'niàn lǐ zhèn', sources: BUILT_IN.sources }),
    ];
    const text = exportUserData({ entries, hidden: ['qu-jiang-qu'] });
    const result = validateImport(text, 'backup.json');
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'quzhou-glossary-user',
        version: 1,
        entries: [entries[1], entries[0]],
        hidden: ['qu-jiang-qu'],
      },
    });
  });
});

describe('validateImport', () => {
  it('accepts a hand-written file, filling in ids, pinyin, sources and times', () => {
    const text = fileWith(
      [
        { term: '衢江山农', category: 'slogan', summary: '品牌' },
        { term: '衢江山农', category: 'slogan', summary: '同名的第二条' },
      ],
      ['qu-jiang-qu', 'qu-jiang-qu'],
    );
    const result = validateImport(`\ufeff${text}`, 'mine.json', { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries.map((e) => [e.id, e.pinyin, e.updatedAt, e.origin])).toEqual([
      ['user-qu-jiang-shan-nong', 'qú jiāng shān nóng', NOW, 'user'],
      ['user-qu-jiang-shan-nong-2', 'qú jiāng shān nóng', NOW, 'user'],
    ]);
    expect(result.value.hidden).toEqual(['qu-jiang-qu']);
  });

  it('reports field errors with their paths and the file name', () => {
    const text = fileWith(
      [userEntry(), userEntry(), { ...userEntry({ id: 'user-x' }), category: 'food' }, 'nope'],
      ['ok-id', 'Bad Id'],
    );
    const result = validateImport(text, 'backup.json');
    expect(result).toEqual({
      ok: false,
      errors: [
        'backup.json: entries[1].id: "user-qu-jiang-shan-nong" is already used by entries[0]',
        'backup.json: entries[2].category: must be one of place, program, slogan, organization',
        'backup.json: entries[3]: must be an object',
        'backup.json: hidden[1]: must be an entry id (a-z, 0-9 and -)',
      ],
    });
  });

  it('refuses files of another format or version, and unknown fields', () => {
    const other = JSON.stringify({ format: 'something-else', version: 1, entries: [], hidden: [] });
    expect(validateImport(other, 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: format: must be "quzhou-glossary-user" (this is not a Quzhou Glossary export file)'],
    });
    const newer = JSON.stringify({ format: 'quzhou-glossary-user', version: 2, entries: [], hidden: [] });
    expect(validateImport(newer, 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: version: 2 was written by a newer version of the extension (this one reads 1)'],
    });
    const extra = JSON.stringify({
      format: 'quzhou-glossary-user',
      version: 1,
      entries: [],
      hidden: [],
      x: 1,
    });
    expect(validateImport(extra, 'x.json')).toEqual({ ok: false, errors: ['x.json: x: unknown field'] });
    expect(validateImport('[]', 'x.json').ok).toBe(false);
    expect(validateImport('  \n', 'x.json')).toEqual({ ok: false, errors: ['x.json: the file is empty'] });
  });

  it('caps the number of errors reported', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      ...userEntry({ id: `user-${i}` }),
      category: 'x',
    }));
    const result = validateImport(fileWith(entries), 'f.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(21);
    expect(result.errors[20]).toBe('f.json: … and 10 more problems');
  });

  it('reports JSON syntax errors as file:line:column', () => {
    expect(validateImport('{\n  "format": "quzhou-glossary-user",\n  "version": 1,\n}', 'a.json')).toEqual({
      ok: false,
      errors: ['a.json:4:1: trailing comma before }'],
    });
    expect(validateImport('{"format": }', 'b.json')).toEqual({
      ok: false,
      errors: ["b.json:1:12: unexpected '}', expected a value"],
    });
    expect(validateImport('{"entries": [1, 2', 'c.json')).toEqual({
      ok: false,
      errors: ["c.json:1:18: expected ',' or ']' after an array element, found end of file"],
    });
    expect(validateImport('{"a": "衢江\n"}', 'd.json')).toEqual({
      ok: false,
      errors: ['d.json:1:10: unescaped character U+000A in a string (line breaks must be written \\n)'],
    });
  });
});

describe('JSON error positions', () => {
  const text = '{\n  "a": 1,\n  "b": tru\n}';
  const at = text.indexOf('tru') + 3; // the character after "tru"

  it('scans for the first syntax error', () => {
    expect(scanJson(text)).toEqual({
      offset: at,
      message: 'unexpected character U+000A (did you mean true?)',
    });
    expect(scanJson('{"a": [1, 2.5e3, -0, true, null, "x\\u00e9"]}')).toBeUndefined();
    expect(scanJson('{"a": 01}')?.message).toBe("expected ',' or '}' after a property value, found '1'");
    expect(scanJson("{'a': 1}")?.message).toBe("expected a property name in double quotes, found '''");
    expect(scanJson('[1] x')).toEqual({
      offset: 4,
      message: "unexpected 'x' after the end of the JSON value",
    });
    expect(scanJson('"\\x"')?.message).toBe('invalid escape \\x in a string');
    expect(scanJson('[1.]')?.message).toBe("expected a digit after the decimal point, found ']'");
    expect(scanJson('"abc')).toEqual({ offset: 0, message: 'unterminated string' });
    expect(scanJson('['.repeat(600))?.message).toBe('nesting too deep');
  });

  it('takes the position from Node 20 / V8 messages (at position N)', () => {
    const located = locateJsonError(
      text,
      `Unexpected token '\\n', "..." is not valid JSON at position ${at}`,
    );
    expect(located).toMatchObject({ offset: at, line: 3, column: 11 });
  });

  it('takes the position from Chromium messages (line X column Y)', () => {
    const located = locateJsonError(text, `Unexpected token in JSON at position ${at} (line 3 column 11)`);
    expect(located).toMatchObject({ offset: at, line: 3, column: 11 });
    expect(located.message).toBe('unexpected character U+000A (did you mean true?)');
  });

  it('takes the position from Firefox messages', () => {
    const located = locateJsonError(
      text,
      'JSON.parse: unexpected keyword at line 3 column 11 of the JSON data',
    );
    expect(located).toMatchObject({ line: 3, column: 11 });
  });

  it('falls back to the scanner when the message has no position', () => {
    const located = locateJsonError(text, 'Unexpected end of JSON input');
    expect(located).toMatchObject({ offset: at, line: 3, column: 11 });
  });

  it('keeps the engine message when it disagrees with the scanner', () => {
    const located = locateJsonError(text, 'Unexpected token t in JSON at position 3');
    expect(located).toMatchObject({
      offset: 3,
      line: 2,
      column: 2,
      message: 'invalid JSON (Unexpected token t)',
    });
  });

  it('counts lines across \\n, \\r\\n and \\r, columns in characters', () => {
    expect(lineColumnOf('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumnOf('𠀀x', 2)).toEqual({ line: 1, column: 2 });
  });

  it('agrees with the real JSON.parse error of this Node version', () => {
    for (const bad of ['{"a": }', '[1, 2', '{"a" 1}', '{"a": tru}', '{"a": "x\u0001"}', '{"a": 1,}']) {
      let message = '';
      try {
        JSON.parse(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      const located = locateJsonError(bad, message);
      expect(located.offset, `${bad} / ${message}`).toBe(scanJson(bad)?.offset);
    }
  });
});
