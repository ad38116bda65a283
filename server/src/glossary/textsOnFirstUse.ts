// VS Code for the Web's server keeps the built-in glossary's terms, expansions and variants in its own bundle, but
// reads each entry's explanation and link (two thirds of the glossary, about 11 KB, which only an acronym's hover card
// shows) from dist/web/glossary.js the first time a card asks for one (esbuild.mjs: glossaryTextsOnFirstUse). Every
// other server has them in its bundle and never loads this module.

/** Each built-in entry's explanation and link, in the entries' order ("" where it has none). */
export type GlossaryTexts = readonly (readonly [explanation: string, link: string])[];

let load: (() => GlossaryTexts) | undefined;
let loaded: GlossaryTexts | undefined;

/** How the texts are loaded: given by the browser server, which learns the script's address when it starts. */
export function loadGlossaryTextsWith(how: () => GlossaryTexts): void {
  load = how;
  loaded = undefined;
}

/**
 * The texts, loaded on first use. A script that cannot be loaded leaves the cards with their expansions alone (the
 * explanation and link are extras): the failure is not retried, and nothing else is affected.
 */
export function glossaryTexts(): GlossaryTexts {
  if (loaded) return loaded;
  try {
    loaded = load ? load() : [];
  } catch {
    loaded = [];
  }
  return loaded;
}

/** Gives the entries (the bundle's, in order) their explanation and link as properties read on first use. */
export function withTextsOnFirstUse<T extends object>(entries: T[]): T[] {
  entries.forEach((entry, i) => {
    for (const [field, k] of [['explanation', 0], ['link', 1]] as const) {
      Object.defineProperty(entry, field, { enumerable: true, get: () => glossaryTexts()[i]?.[k] || undefined });
    }
  });
  return entries;
}
