// Failed sign-ins in the store, on SQLite and PostgreSQL: counted per key in
// a sliding window, the wait until the limit frees, pruning, and clearing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import { throttleKey, type Store } from './index.js';

const MINUTE = 60_000;

describe.each(STORE_FACTORIES)('store/$name login failures', (factory) => {
  let t: TestStore;
  let store: Store;
  let clock = new Date('2026-01-01T00:00:00Z');
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeEach(async () => {
    clock = new Date('2026-01-01T00:00:00Z');
    t = await factory.create({ now: () => clock });
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('keys an account by its email in any case, never storing it in the clear', async () => {
    const key = throttleKey('account', ' Ada@Example.com ');
    await store.loginFailures.record([key], MINUTE);

    expect(key).toBe(throttleKey('account', 'ada@example.com'));
    expect(key).not.toBe(throttleKey('address', 'ada@example.com'));
    expect(JSON.stringify(await store.ctx.db.selectFrom('loginFailures').selectAll().execute())).not.toMatch(/ada|example/i);
  });

  it('counts failures in a sliding window and says how long until the limit frees', async () => {
    const key = throttleKey('address', '203.0.113.9');
    for (let i = 0; i < 3; i++) {
      await store.loginFailures.record([key], MINUTE);
      tick(10_000);
    }
    // Failures at 0 s, 10 s and 20 s; now 30 s.

    expect(await store.loginFailures.count(key, MINUTE)).toBe(3);
    expect(await store.loginFailures.retryAfterMs(key, 4, MINUTE)).toBe(0);
    // At the limit of 3: free when the failure at 0 s leaves the window, 30 s from now.
    expect(await store.loginFailures.retryAfterMs(key, 3, MINUTE)).toBe(30_000);
    // At a limit of 2: the second newest (10 s) must leave: 40 s from now.
    expect(await store.loginFailures.retryAfterMs(key, 2, MINUTE)).toBe(40_000);
    tick(30_000);
    expect(await store.loginFailures.count(key, MINUTE)).toBe(2);
    expect(await store.loginFailures.retryAfterMs(key, 3, MINUTE)).toBe(0);
  });

  it('prunes failures older than the longest window on every write, and clears one key', async () => {
    const a = throttleKey('account', 'a@example.com');
    const b = throttleKey('address', '198.51.100.1');
    await store.loginFailures.record([a, b], MINUTE);
    tick(2 * MINUTE);
    await store.loginFailures.record([b], MINUTE);

    expect(await store.ctx.db.selectFrom('loginFailures').select('key').execute()).toEqual([{ key: b }]);
    await store.loginFailures.record([a], MINUTE);
    await store.loginFailures.clear(a);
    expect(await store.loginFailures.count(a, MINUTE)).toBe(0);
    expect(await store.loginFailures.count(b, MINUTE)).toBe(1);
  });
});
