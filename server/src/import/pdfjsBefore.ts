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

export const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
  consoleWarn(...args);
};
