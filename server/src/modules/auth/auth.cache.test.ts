import { describe, expect, it } from 'vitest';
import { createAuthCache } from './auth.cache.ts';

const actor = (id: string, name = 'Ada') => ({
  id,
  role: 'user' as const,
  name,
  email: `${id}@example.com`,
});

describe('auth cache', () => {
  it('keeps a verified token until its exp, and not before its nbf', () => {
    const cache = createAuthCache({ accountTtlMs: 1000 });
    cache.rememberToken('t1', { sub: 'u1', sid: 's1', exp: 100, nbf: 50 });
    expect(cache.token('t1', 49)).toBeUndefined();
    // A miss for a clock moved back drops the entry: the full check decides from then on.
    expect(cache.token('t1', 60)).toBeUndefined();
    cache.rememberToken('t1', { sub: 'u1', sid: 's1', exp: 100, nbf: 50 });
    expect(cache.token('t1', 60)).toMatchObject({ sub: 'u1', sid: 's1' });
    expect(cache.token('t1', 99)?.sub).toBe('u1');
    expect(cache.token('t1', 100)).toBeUndefined();
    expect(cache.token('t1', 99)).toBeUndefined();
    expect(cache.token('other', 60)).toBeUndefined();
  });

  it('refuses an ended sign-in until its last access token would have expired', () => {
    const cache = createAuthCache({ accountTtlMs: 1000 });
    const now = Math.floor(Date.now() / 1000);
    cache.endSession('s1', now + 60);
    cache.endSession('s0', now - 1);
    expect(cache.sessionEnded('s1', now)).toBe(true);
    expect(cache.sessionEnded('s2', now)).toBe(false);
    expect(cache.sessionEnded('s1', now + 60)).toBe(false);
    // Expired entries go as the next sign-in ends.
    cache.endSession('s3', now + 60);
    expect(cache.size.endedSessions).toBe(1);
  });

  it('keeps an account for the time to live, then reads it again', () => {
    let now = 0;
    const cache = createAuthCache({ accountTtlMs: 1000, clock: () => now });
    cache.rememberAccount(actor('u1'), cache.stamp());
    now = 999;
    expect(cache.account('u1')).toEqual(actor('u1'));
    now = 1000;
    expect(cache.account('u1')).toBeUndefined();
    expect(cache.size.accounts).toBe(0);
  });

  it('forgets an account on invalidation, and does not cache a read the invalidation overtook', () => {
    const cache = createAuthCache({ accountTtlMs: 60_000 });
    cache.rememberAccount(actor('u1'), cache.stamp());
    cache.forget('u1');
    expect(cache.account('u1')).toBeUndefined();

    // A read that began before an invalidation ends after it: its row may be the old one.
    const stamp = cache.stamp();
    cache.forget('u1');
    cache.rememberAccount(actor('u1', 'Old name'), stamp);
    expect(cache.account('u1')).toBeUndefined();
    cache.rememberAccount(actor('u1', 'New name'), cache.stamp());
    expect(cache.account('u1')?.name).toBe('New name');
  });

  it('is bounded, dropping the oldest entries first', () => {
    const cache = createAuthCache({ accountTtlMs: 60_000, maxTokens: 2, maxAccounts: 2 });
    for (const id of ['a', 'b', 'c']) {
      cache.rememberToken(`t-${id}`, { sub: id, sid: undefined, exp: 100, nbf: undefined });
      cache.rememberAccount(actor(id), cache.stamp());
    }
    expect(cache.size).toEqual({ tokens: 2, accounts: 2, endedSessions: 0 });
    expect(cache.token('t-a', 1)).toBeUndefined();
    expect(cache.token('t-c', 1)?.sub).toBe('c');
    expect(cache.account('a')).toBeUndefined();
    expect(cache.account('c')).toEqual(actor('c'));
  });

  it('caches nothing with a time to live of 0', () => {
    const cache = createAuthCache({ accountTtlMs: 0 });
    cache.rememberToken('t1', { sub: 'u1', sid: 's1', exp: 100, nbf: undefined });
    cache.rememberAccount(actor('u1'), cache.stamp());
    expect(cache.token('t1', 1)).toBeUndefined();
    expect(cache.account('u1')).toBeUndefined();
  });
});
