import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import zh from '../../public/_locales/zh_CN/messages.json';
import { formatMessage, type Catalog } from '../../lib/ui/i18n';
import { describeFieldError, parseFieldError } from './field-errors';

const english = fakeBrowser.i18n.getMessage;
afterEach(() => {
  fakeBrowser.i18n.getMessage = english;
});

describe('field errors in words', () => {
  it('splits path, item and problem', () => {
    expect(parseFieldError('entry.aliases[2]: is a duplicate')).toEqual({
      field: 'aliases',
      index: 2,
      problem: 'is a duplicate',
    });
    expect(parseFieldError('entries[3].summary: must not be empty')).toEqual({
      field: 'summary',
      index: undefined,
      problem: 'must not be empty',
    });
    expect(parseFieldError('The data was refused')).toEqual({
      field: undefined,
      index: undefined,
      problem: 'The data was refused',
    });
  });

  it('names the field in the UI language and counts items from 1', () => {
    expect(describeFieldError('entry.summary: must not be empty')).toBe('Summary: must not be empty');
    expect(describeFieldError('entry.aliases[0]: must differ from the term')).toBe(
      'Aliases (1): must differ from the term',
    );
    expect(describeFieldError('entry.expansion[1]: must be at most 200 characters')).toBe(
      'Stands for (2): must be at most 200 characters',
    );
    // Fields the form does not show keep the validator's wording.
    expect(describeFieldError('entry.updatedAt: must be a time')).toBe('entry.updatedAt: must be a time');
  });

  it('translates the problems a reader can cause from the form', () => {
    fakeBrowser.i18n.getMessage = (key: string, subs?: string | (string | number)[]) =>
      formatMessage(zh as Catalog, key, typeof subs === 'object' ? subs.map(String) : subs);
    expect(describeFieldError('entry.summary: must not be empty')).toBe('释义: 不能为空');
    expect(describeFieldError('entry.term: must be at most 40 characters')).toBe('词条: 最多 40 个字');
    expect(describeFieldError('entry.aliases[1]: is a duplicate')).toBe(
      `${formatMessage(zh as Catalog, 'pageFieldAliases')} (2): 重复了`,
    );
    // Not reachable from the form: the validator's English stays.
    expect(describeFieldError('entry.pinyin: must not contain Chinese characters')).toBe(
      `${formatMessage(zh as Catalog, 'pageFieldPinyin')}: must not contain Chinese characters`,
    );
  });
});
