import { describe, expect, it, vi } from 'vitest';
import type { ContentRequest, PageTermsReply } from '../glossary/messages';
import { createPageClient, pageView, tabFromSearch } from './popup-page';
import { DEFAULT_SETTINGS } from '../storage/settings';

const REPLY: PageTermsReply = {
  hostname: 'www.qz828.com',
  active: true,
  terms: [
    { id: 'qu-jiang-qu', term: '衢江区', category: 'place', count: 9 },
    { id: 'wu-cheng', term: '五城', category: 'slogan', count: 2 },
  ],
};

describe('createPageClient', () => {
  it('asks the target tab for its terms and validates the reply', async () => {
    const send = vi.fn(async (_tab: number, message: ContentRequest) =>
      message.type === 'page-terms' ? REPLY : undefined,
    );
    const client = createPageClient(Promise.resolve(42), send);
    expect(await client.getPageTerms()).toEqual(REPLY);
    expect(send).toHaveBeenCalledWith(42, { type: 'page-terms' });
  });

  it('treats a tab without content script, a malformed reply or no tab as unavailable', async () => {
    const rejecting = createPageClient(Promise.resolve(1), () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    expect(await rejecting.getPageTerms()).toBeUndefined();
    expect(await rejecting.reveal('wu-cheng')).toBe(false);
    const garbled = createPageClient(Promise.resolve(1), async () => ({ hostname: 3 }));
    expect(await garbled.getPageTerms()).toBeUndefined();
    const send = vi.fn();
    expect(await createPageClient(Promise.resolve(undefined), send).getPageTerms()).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('reveals a term and reports whether the page found it', async () => {
    const send = vi.fn(async (_tab: number, message: ContentRequest) => ({
      ok: message.type === 'reveal-term' && message.id === 'wu-cheng',
    }));
    const client = createPageClient(Promise.resolve(7), send);
    expect(await client.reveal('wu-cheng')).toBe(true);
    expect(send).toHaveBeenLastCalledWith(7, { type: 'reveal-term', id: 'wu-cheng' });
    expect(await client.reveal('qu-jiang-qu')).toBe(false);
  });
});

describe('tabFromSearch', () => {
  it('reads a tab id from ?tab=', () => {
    expect(tabFromSearch('?tab=123')).toBe(123);
    expect(tabFromSearch('')).toBeUndefined();
    expect(tabFromSearch('?tab=abc')).toBeUndefined();
    expect(tabFromSearch('?tab=-4')).toBeUndefined();
    expect(tabFromSearch('?tab=1e3')).toBeUndefined();
  });
});

describe('pageView', () => {
  it('waits, or says the page cannot be read', () => {
    expect(pageView({ status: 'loading' }, DEFAULT_SETTINGS)).toEqual({ kind: 'loading' });
    expect(pageView({ status: 'unavailable' }, DEFAULT_SETTINGS)).toEqual({ kind: 'unavailable' });
  });

  it('lists the terms in the order given', () => {
    expect(pageView({ status: 'ready', reply: REPLY }, DEFAULT_SETTINGS)).toEqual({
      kind: 'terms',
      terms: REPLY.terms,
    });
    expect(pageView({ status: 'ready', reply: REPLY }, undefined)).toMatchObject({ kind: 'terms' });
  });

  it('drops a category switched off since the page answered', () => {
    const settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, place: false } };
    expect(pageView({ status: 'ready', reply: REPLY }, settings)).toEqual({
      kind: 'terms',
      terms: [REPLY.terms[1]],
    });
    const slogansOff = { ...settings, categories: { ...settings.categories, slogan: false } };
    expect(pageView({ status: 'ready', reply: REPLY }, slogansOff)).toEqual({ kind: 'empty' });
  });

  it('is off when the page paused, highlighting is off, or the site is switched off', () => {
    const ready = { status: 'ready', reply: REPLY } as const;
    expect(pageView({ status: 'ready', reply: { ...REPLY, active: false } }, DEFAULT_SETTINGS).kind).toBe(
      'off',
    );
    expect(pageView(ready, { ...DEFAULT_SETTINGS, enabled: false }).kind).toBe('off');
    expect(pageView(ready, { ...DEFAULT_SETTINGS, disabledSites: ['www.qz828.com'] }).kind).toBe('off');
    expect(pageView(ready, { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }).kind).toBe('terms');
  });

  it('says so when the page has no terms', () => {
    expect(pageView({ status: 'ready', reply: { ...REPLY, terms: [] } }, DEFAULT_SETTINGS)).toEqual({
      kind: 'empty',
    });
  });
});
