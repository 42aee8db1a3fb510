import { boundedMemo } from '../../src/core/memo';

describe('boundedMemo', () => {
  test('computes each key once, including a null result', () => {
    const calls: number[] = [];
    const f = boundedMemo((n: number) => (calls.push(n), n > 0 ? n * 2 : null), { limit: 10, key: (n) => n });
    expect([f(2), f(2), f(-1), f(-1)]).toEqual([4, 4, null, null]);
    expect(calls).toEqual([2, -1]);
  });

  test('a null key computes every time and keeps nothing', () => {
    let calls = 0;
    const f = boundedMemo((s: string) => (calls++, s.toUpperCase()), {
      limit: 10,
      key: (s) => (s.length > 3 ? null : s),
    });
    expect([f('abcd'), f('abcd'), f('ab'), f('ab')]).toEqual(['ABCD', 'ABCD', 'AB', 'AB']);
    expect(calls).toBe(3);
  });

  test('starts over at its limit, so memory stays bounded', () => {
    const calls: string[] = [];
    const f = boundedMemo((s: string) => (calls.push(s), s.length), { limit: 2, key: (s) => s });
    for (const s of ['a', 'bb', 'ccc', 'a']) f(s);
    // 'ccc' found the cache full and emptied it: 'a' is computed again.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  test('keeps every entry until its limit is reached', () => {
    const calls: string[] = [];
    const f = boundedMemo((s: string) => (calls.push(s), s.length), { limit: 3, key: (s) => s });
    for (const s of ['a', 'bb', 'a', 'ccc', 'bb', 'a']) f(s);
    expect(calls).toEqual(['a', 'bb', 'ccc']);
  });

  test('several arguments make one key', () => {
    let calls = 0;
    const f = boundedMemo((text: string, year: number) => (calls++, `${text}/${year}`), {
      limit: 10,
      key: (text, year) => `${year}|${text}`,
    });
    expect([f('Quý II', 2023), f('Quý II', 2023), f('Quý II', 2024)]).toEqual([
      'Quý II/2023',
      'Quý II/2023',
      'Quý II/2024',
    ]);
    expect(calls).toBe(2);
  });
});
