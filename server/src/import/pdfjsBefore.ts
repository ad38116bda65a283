// Imported before PDF.js (import/pdf.ts): PDF.js's Node set-up looks for a canvas package to draw pages with, and
// warns on the console when there is none. Text is all that is read here, so the three drawing classes it wants are
// stand-ins that nothing calls, and its start-up warnings are not printed (pdfjsAfter.ts puts the console back).
const scope = globalThis as Record<string, unknown>;

class Unused {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  multiplySelf(): this {
    return this;
  }
  preMultiplySelf(): this {
    return this;
  }
  invertSelf(): this {
    return this;
  }
  translate(): this {
    return this;
  }
  scale(): this {
    return this;
  }
  addPath(): void {}
}

for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) if (!scope[name]) scope[name] = Unused;

/**
 * The built-ins PDF.js's legacy build (for Node 20: the modern one needs Node 22's built-ins) may change: it brings
 * core-js, which *replaces* some built-ins that Node has with spec-exact versions of its own — Array.prototype.push
 * among them, several times slower — for the whole process, the language server's included, from the first import
 * on. pdfjsAfter.ts puts back every one that was there before (Node's own are right for what PDF.js does) and keeps
 * what it added (what Node 20 lacks). That made a 200-page import about a fifth faster here (the slow push), and
 * keeps the server's own JSON.parse, which reads every message, Node's.
 */
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const BUILT_INS: object[] = [
  Array, Array.prototype, Object, Promise, Promise.prototype, Map, Map.prototype, Set, Set.prototype,
  WeakMap.prototype, WeakSet.prototype, ArrayBuffer, ArrayBuffer.prototype, Uint8Array, Uint8Array.prototype,
  TypedArrayPrototype, String.prototype, JSON, Math, globalThis,
];
export const builtIns = BUILT_INS.map((target) => ({ target, descriptors: Object.getOwnPropertyDescriptors(target) }));

export const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
  consoleWarn(...args);
};

/**
 * PDF.js's legacy build gives `Response.prototype` a `bytes` method when it has none, which means reading `Response`
 * as it loads. In Node, `Response` is a lazy global: its first use loads Node's whole `fetch` (undici), about 35 ms
 * of every import and memory the server never needs (nothing here fetches: PDF.js is given the file's bytes). For
 * the load, `Response` is a stand-in that has the method; pdfjsAfter.ts puts Node's lazy one back untouched.
 */
const response = Object.getOwnPropertyDescriptor(globalThis, 'Response');
/** Node's lazy `Response`, when the stand-in took its place for the load. */
export const lazyResponse = response?.get && response.configurable ? response : undefined;
if (lazyResponse) {
  class StandIn {
    async bytes(): Promise<Uint8Array> {
      return new Uint8Array();
    }
  }
  Object.defineProperty(globalThis, 'Response', { configurable: true, writable: true, value: StandIn });
}
