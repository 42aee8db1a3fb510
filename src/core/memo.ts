// One cache mechanism for the core's pure readers: the same header, owner, status word, deadline
// and day recur on every row of every workbook, so each is worked out once. A cache is emptied when
// it reaches its limit, so memory stays bounded however many workbooks are read.

export interface MemoOptions<A extends unknown[]> {
  /** Entries kept before the cache starts over. */
  limit: number;
  /** The cache key of the arguments; null to compute without caching (long unique text). */
  key: (...args: A) => string | number | null;
}

export function boundedMemo<A extends unknown[], V>(fn: (...args: A) => V, options: MemoOptions<A>): (...args: A) => V {
  const cache = new Map<string | number, V>();
  return (...args: A): V => {
    const key = options.key(...args);
    if (key === null) return fn(...args);
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(...args);
    if (cache.size >= options.limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
