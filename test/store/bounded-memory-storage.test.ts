import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/store/bounded-memory-storage.js';

describe('BoundedMemoryStorage', () => {
  it('reads back what was written, with an eTag; a stale eTag is refused, "*" always writes', async () => {
    const storage = new BoundedMemoryStorage();
    await storage.write({ a: { turns: [1] } });
    const read = await storage.read(['a', 'missing']);
    expect(read).toEqual({ a: { turns: [1], eTag: expect.any(String) } });
    await storage.write({ a: { turns: [2], eTag: read.a!.eTag } });
    await expect(storage.write({ a: { turns: [3], eTag: read.a!.eTag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ a: { turns: [4], eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ turns: [4] });
  });

  it('keeps at most maxItems, dropping the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 3 });
    for (const key of ['a', 'b', 'c']) await storage.write({ [key]: { v: key } });
    await storage.read(['a']);
    await storage.write({ d: { v: 'd' } });
    expect(storage.size).toBe(3);
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('forgets items idle for longer than idleMs, and delete frees them', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ idleMs: 1000, now: () => now });
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    now = 500;
    await storage.read(['a']);
    now = 1200;
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a']);
    await storage.delete(['a']);
    expect(storage.size).toBe(0);
  });

  it('stays bounded under a flood of new conversations', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 1000 });
    for (let i = 0; i < 20_000; i += 1) await storage.write({ [`conversation-${i}`]: { turns: ['x'.repeat(100)] } });
    expect(storage.size).toBe(1000);
  });
});
