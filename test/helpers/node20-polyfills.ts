/**
 * Vitest 5's reporter calls `Map.groupBy` (Node 21+) when printing failures; Node 20 lacks it,
 * which hides every failure message. Both vitest configs import this first.
 */
type GroupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => Map<K, V[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  const groupBy: GroupBy = (items, key) => {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
  Object.defineProperty(Map, 'groupBy', { value: groupBy, configurable: true, writable: true });
}
if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value: <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey) => {
      const out: Record<PropertyKey, V[]> = Object.create(null);
      let i = 0;
      for (const item of items) (out[key(item, i++)] ??= []).push(item);
      return out;
    },
    configurable: true,
    writable: true,
  });
}
export {};
