import { describe, expect, it } from 'vitest';
import { isEntryId, parseBackgroundRequest, parseContentRequest, parsePageTermsReply } from './messages';

describe('message validation', () => {
  it('accepts well-formed requests and strips extra fields', () => {
    expect(parseContentRequest({ type: 'page-terms', extra: 1 })).toEqual({ type: 'page-terms' });
    expect(parseContentRequest({ type: 'reveal-term', id: 'wu-cheng' })).toEqual({
      type: 'reveal-term',
      id: 'wu-cheng',
    });
    expect(parseBackgroundRequest({ type: 'open-entry', id: 'nian-li-zhen' })).toEqual({
      type: 'open-entry',
      id: 'nian-li-zhen',
    });
  });

  it('rejects unknown types, wrong shapes and unsafe ids', () => {
    expect(parseContentRequest(null)).toBeUndefined();
    expect(parseContentRequest(['page-terms'])).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal-term' })).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal-term', id: '<img src=x>' })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'open-entry', id: '../options.html' })).toBeUndefined();
    expect(isEntryId('a'.repeat(121))).toBe(false);
  });

  it('validates page-term replies item by item', () => {
    const good = {
      hostname: 'www.qz828.com',
      active: true,
      terms: [{ id: 'wu-cheng', term: '五城', category: 'slogan', count: 3 }],
    };
    expect(parsePageTermsReply(good)).toEqual(good);
    expect(parsePageTermsReply({ ...good, hostname: undefined })).toBeUndefined();
    expect(parsePageTermsReply({ ...good, active: 'yes' })).toBeUndefined();
    expect(
      parsePageTermsReply({ ...good, terms: [{ ...good.terms[0], category: 'person' }] }),
    ).toBeUndefined();
    expect(parsePageTermsReply({ ...good, terms: [{ ...good.terms[0], count: 0 }] })).toBeUndefined();
    expect(parsePageTermsReply(undefined)).toBeUndefined();
  });
});
