/**
 * Remembers the last result of `fn` and recomputes only when one of its arguments changes (compared with `===`).
 * Keeps expensive work (validating host entries, indexing for search) out of the keystroke path.
 */
export function memoize<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
