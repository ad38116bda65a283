// Imported after PDF.js (see pdfjsBefore.ts): the console as it was, and Node's own built-ins where PDF.js's
// polyfills replaced them (what they added, Node 20 does not have, and stays).
import { builtIns, consoleWarn, lazyResponse } from './pdfjsBefore';

console.warn = consoleWarn;

for (const { target, descriptors } of builtIns) {
  for (const key of Reflect.ownKeys(descriptors)) {
    const before = descriptors[key as keyof typeof descriptors];
    const now = Object.getOwnPropertyDescriptor(target, key);
    // Only values put in their place: Node itself turns some lazy getters of globalThis into values on first use.
    if (!('value' in before) || !now?.configurable || Object.is(now.value, before.value)) continue;
    Object.defineProperty(target, key, before);
  }
}

if (lazyResponse) Object.defineProperty(globalThis, 'Response', lazyResponse);
