// Time bounds for the hostile-input suite. Each case is run at a size where the quadratic code it guards against
// took many times its bound on this 2-core machine (the figures are in each test), and a linear reading takes a small
// part of it: generous enough for a slow CI machine, far too small for a path that grows with the square of its input.
import * as assert from 'assert';
import { performance } from 'perf_hooks';

/** Runs `work`, and fails when it took longer than `boundMs`. */
export async function within<T>(boundMs: number, what: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  assert.ok(ms < boundMs, `${what} took ${Math.round(ms)} ms, over its bound of ${boundMs} ms`);
  return result;
}
