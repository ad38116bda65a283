// The few assertions of Node's `assert/strict` the end-to-end suite uses, for its browser bundle (VS Code for the
// Web's extension host has no Node modules): esbuild puts this in place of 'assert' there. Same names, same
// meaning (deepEqual compares structure and primitives with Object.is), messages that show both values.
function fail(message: string | undefined, detail: string): never {
  throw new Error(message ? `${message}: ${detail}` : detail);
}

const show = (v: unknown) => {
  try {
    return JSON.stringify(v)?.slice(0, 500) ?? String(v);
  } catch {
    return String(v);
  }
};

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as any)[k], (b as any)[k]));
}

export const strict = {
  ok(value: unknown, message?: string): asserts value {
    if (!value) fail(message, `expected a true value, got ${show(value)}`);
  },
  equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    if (!same(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  match(actual: string, pattern: RegExp, message?: string): void {
    if (typeof actual !== 'string' || !pattern.test(actual)) fail(message, `expected ${show(actual)} to match ${pattern}`);
  },
  doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
    if (typeof actual !== 'string' || pattern.test(actual)) fail(message, `expected ${show(actual)} not to match ${pattern}`);
  },
};
