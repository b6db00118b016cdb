import { describe, expect, it } from 'vitest';
import { describeFieldError, parseFieldError } from './field-errors';

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
});
