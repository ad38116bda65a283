// Bundles the client, the server (for Node and for the browser), the command-line tool and the benchmark with esbuild. --watch rebuilds; --production
// minifies everything and leaves out source maps (the server is minified in every build: see below).
import * as esbuild from 'esbuild';
import { readFileSync } from 'fs';
import { readFile } from 'fs/promises';
import * as path from 'path';
import { NOT_RULES, writeRuleList } from './scripts/rules.mjs';

// The layout rules are found in their folder: list them before anything is bundled.
writeRuleList();

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * The built-in glossary (server/src/glossary/builtin.json) as compact code: one string, an entry to each "~"-separated
 * row, its fields in one order apart by "|" (a list's items by "^"), the fields named once — in place of an object
 * that repeats every field's name and quotes every value: about 5.5 KB less in each server, the browser's included, which
 * VS Code for the Web downloads before the extension starts. The entries that come out are the same objects; a field
 * the list does not know, an empty value, or a value holding a separator stops the build.
 */
const GLOSSARY_FIELDS = ['term', 'expansion', 'explanation', 'link', 'variants'];
const GLOSSARY_LISTS = ['variants'];
/**
 * The glossary's most repeated words and runs of words ("children and young people", "Department for", "the" …), each
 * written once and standing elsewhere as a mark and a letter ("@a"): about 6.5 KB less again. Each is chosen in turn
 * where it saves the most bytes in the text as coded so far (runs of up to five words: 0.8 KB more than words alone);
 * the marks are characters no entry holds (the build stops if one does), and the text is decoded here and compared
 * with the original before anything is written.
 */
const CODE_MARKS = '@#$*+=<>';
const CODE_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WORD_CODE = /[@#$*+=<>][A-Za-z]/g;
/** What a coded run may not hold: a mark, or the separators of entries, fields and list items. */
const NOT_IN_RUN = /[@#$*+=<>~|^]/;
const packedOnce = new Map();
function packWords(text) {
  if ([...CODE_MARKS].some((c) => text.includes(c))) throw new Error(`The built-in glossary holds one of "${CODE_MARKS}", which mark its coded words (esbuild.mjs: packWords).`);
  if (packedOnce.has(text)) return packedOnce.get(text);
  let packed = text;
  const words = [];
  while (words.length < CODE_MARKS.length * CODE_LETTERS.length) {
    // Every run of one to five words in the text as coded so far, counted where it stands.
    const counts = new Map();
    // (Not the letter of a code already made: "@h".)
    const tokens = [...packed.matchAll(/(?<![@#$*+=<>])[A-Za-z]+/g)];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 0; n < 5 && i + n < tokens.length; n++) {
        const run = packed.slice(tokens[i].index, tokens[i + n].index + tokens[i + n][0].length);
        if (NOT_IN_RUN.test(run)) break;
        if (run.length >= 3) counts.set(run, (counts.get(run) ?? 0) + 1);
      }
    }
    let best;
    let most = 0;
    for (const [run, n] of counts) {
      const gain = (run.length - 2) * n - (run.length + 1);
      if (gain > most) [best, most] = [run, gain];
    }
    if (best === undefined) break;
    const code = CODE_MARKS[Math.floor(words.length / CODE_LETTERS.length)] + CODE_LETTERS[words.length % CODE_LETTERS.length];
    const shorter = packed.replace(new RegExp(`(?<![A-Za-z0-9@#$*+=<>])${best.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'), code);
    if (shorter.length + best.length + 1 >= packed.length) break;
    packed = shorter;
    words.push(best);
  }
  const unpacked = packed.replace(WORD_CODE, (code) => words[CODE_MARKS.indexOf(code[0]) * CODE_LETTERS.length + CODE_LETTERS.indexOf(code[1])]);
  if (unpacked !== text) throw new Error('The built-in glossary does not come back as it was from its coded words (esbuild.mjs: packWords).');
  packedOnce.set(text, { packed, words });
  return { packed, words };
}

/** The built-in glossary's entries, checked: every field one GLOSSARY_FIELDS names. */
async function glossaryEntries(file) {
  const { entries } = JSON.parse(await readFile(file, 'utf8'));
  const unknown = entries.flatMap((e) => Object.keys(e)).find((k) => !GLOSSARY_FIELDS.includes(k));
  if (unknown) throw new Error(`${file}: the field "${unknown}" is not in GLOSSARY_FIELDS (esbuild.mjs).`);
  return entries;
}

/**
 * VS Code for the Web's server packs only the fields every analysis may read (term, expansion, variants): each entry's
 * explanation and link, which only an acronym's hover card shows, are read from dist/web/glossary.js on the first card
 * that asks (server/src/glossary/textsOnFirstUse.ts): about 11 KB less for the browser to download and compile before
 * the server answers. The entries that come out have every field still, the two read when first asked for.
 */
const LATER_FIELDS = ['explanation', 'link'];
const TEXTS_ON_FIRST_USE = path.resolve('server/src/glossary/textsOnFirstUse.ts');

/** The plugin: with `textsOnFirstUse`, the browser server's form (its entries' explanations and links read later). */
function compactGlossaryPlugin(textsOnFirstUse) {
  const fieldsHere = textsOnFirstUse ? GLOSSARY_FIELDS.filter((f) => !LATER_FIELDS.includes(f)) : GLOSSARY_FIELDS;
  return {
    name: 'compact-glossary',
    setup(build) {
      build.onLoad({ filter: /glossary[\\/]builtin\.json$/ }, async (args) => {
        const entries = await glossaryEntries(args.path);
        const text = (value, list) => {
          const items = list ? value : [value];
          if (!Array.isArray(items) || !items.length || items.some((v) => typeof v !== 'string' || v === '' || /[~|^]/.test(v))) {
            throw new Error(`${args.path}: ${JSON.stringify(value)} cannot be packed (an empty value, or one with "~", "|" or "^").`);
          }
          return items.join('^');
        };
        const rows = entries.map((e) => fieldsHere.map((f) => (e[f] === undefined ? '' : text(e[f], GLOSSARY_LISTS.includes(f)))).join('|').replace(/\|+$/, ''));
        const { packed, words } = packWords(rows.join('~'));
        const decoded = `${JSON.stringify(packed)}.replace(${WORD_CODE}, (code) => words[${JSON.stringify(CODE_MARKS)}.indexOf(code[0]) * ${CODE_LETTERS.length} + ${JSON.stringify(CODE_LETTERS)}.indexOf(code[1])]).split('~').map((row) => Object.fromEntries(row.split('|').flatMap((value, i) => (value === '' ? [] : [[fields[i], lists.includes(fields[i]) ? value.split('^') : value]]))))`;
        const contents = `${textsOnFirstUse ? `import { withTextsOnFirstUse } from ${JSON.stringify(TEXTS_ON_FIRST_USE)};` : ''}
const fields = ${JSON.stringify(fieldsHere)};
const lists = ${JSON.stringify(GLOSSARY_LISTS)};
const words = ${JSON.stringify(words.join('|'))}.split('|');
export default { entries: ${textsOnFirstUse ? `withTextsOnFirstUse(${decoded})` : decoded} };`;
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
const compactGlossary = compactGlossaryPlugin(false);

/** dist/web/glossary.js: each built-in entry's explanation and link, in order, for the browser's server to read on first use. */
const glossaryTextsScript = {
  name: 'glossary-texts-script',
  setup(build) {
    build.onLoad({ filter: /glossary[\\/]builtin\.json$/ }, async (args) => {
      const entries = await glossaryEntries(args.path);
      return { contents: `export default ${JSON.stringify(entries.map((e) => LATER_FIELDS.map((f) => e[f] ?? '')))};`, loader: 'js' };
    });
  },
};

/**
 * Each layout rule's `examples` (server/src/model/rules/*.ts) are its test fixtures, read by the unit tests from the
 * source; nothing that ships reads them, so every bundle leaves them out (the property too: defineRule gives an empty
 * list) — about 7.3 KB less in each server, the browser's included. A rule file whose examples cannot be found where a
 * rule keeps them stops the build.
 */
const RULE_FILE = /server[\\/]src[\\/]model[\\/]rules[\\/][A-Za-z]+\.ts$/;
const dropRuleExamples = {
  name: 'drop-rule-examples',
  setup(build) {
    build.onLoad({ filter: RULE_FILE }, async (args) => {
      if (NOT_RULES.has(path.basename(args.path))) return undefined;
      const text = await readFile(args.path, 'utf8');
      // On lines of their own ("  examples: [" … "  ],"), or on one line ("  examples: ['…'],").
      const start = text.indexOf('\n  examples: [');
      const close = text.startsWith('\n  examples: [\n', start) ? '\n  ],\n' : '],\n';
      const end = start < 0 ? -1 : text.indexOf(close, start);
      if (end < 0 || (close === '],\n' && text.slice(start + 1, end).includes('\n'))) {
        throw new Error(`${args.path}: a layout rule keeps its examples as "  examples: [" … "  ]," (esbuild.mjs: dropRuleExamples).`);
      }
      return { contents: `${text.slice(0, start)}\n${text.slice(end + close.length)}`, loader: 'ts' };
    });
  },
};

/**
 * The LSP's types library (vscode-languageserver-types) defines, beside its types, a namespace of helpers for each of
 * some eighty of them (`Range.create`, `Diagnostic.is` …) and classes to build workspace edits and text documents: 28
 * KB of the browser's server, which uses the enumerations of six (USED_TYPES) and the protocol library two helpers
 * (`URI.is`, `WorkspaceFolder.is`, in a relative pattern's check). The browser's server keeps those, with the checks
 * they call (`Is`), and leaves out the rest (24 KB). Safe by three checks that stop the build: every name kept is
 * found in the module; nothing kept names a namespace left out; and no module of the LSP libraries reads one left out
 * (`vscode_languageserver_types_1.Range`). A name the server's own code imports but that was left out stops the build
 * too (esbuild: no such export), so adding one here is the fix.
 */
const USED_TYPES = new Set(['DiagnosticSeverity', 'MarkupKind', 'CompletionItemKind', 'DocumentHighlightKind', 'SymbolKind', 'CodeActionKind', 'URI', 'WorkspaceFolder', 'Is']);
const TYPES_FILE = /vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main\.js$/;
const LSP_LIBRARY_FILE = /vscode-(?:languageserver|languageserver-protocol|jsonrpc)[\\/]lib[\\/].*\.js$/;
/** The module's text with only the namespaces and classes kept, and the names of those left out. */
function usedTypesOnly(text) {
  const lines = text.split('\n');
  const out = [];
  const dropped = new Set();
  const kept = new Set();
  for (let i = 0; i < lines.length; i++) {
    const namespace = /^(?:export )?var (\w+);$/.exec(lines[i]);
    const klass = /^(?:export )?class (\w+) \{$/.exec(lines[i]);
    const name = namespace?.[1] ?? klass?.[1];
    if (name === undefined) {
      out.push(lines[i]);
      continue;
    }
    const end = namespace ? `})(${name} || (${name} = {}));` : '}';
    let j = i + 1;
    while (j < lines.length && lines[j] !== end) j++;
    if (j === lines.length) throw new Error(`vscode-languageserver-types: ${name} does not end as usedTypesOnly (esbuild.mjs) expects.`);
    if (USED_TYPES.has(name)) {
      kept.add(name);
      for (let k = i; k <= j; k++) out.push(lines[k]);
    } else dropped.add(name);
    i = j;
  }
  for (const name of USED_TYPES) if (!kept.has(name)) throw new Error(`vscode-languageserver-types no longer defines ${name} as usedTypesOnly (esbuild.mjs) expects.`);
  // (Comments, which the minifier drops anyway, name namespaces of both kinds.)
  const result = out.join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const name of dropped) if (new RegExp(`\\b${name}\\.`).test(result)) throw new Error(`vscode-languageserver-types: a namespace kept reads ${name}, which usedTypesOnly (esbuild.mjs) leaves out.`);
  return { text: result, dropped };
}
const usedTypes = {
  name: 'used-types',
  setup(build) {
    const file = path.resolve('node_modules/vscode-languageserver-types/lib/esm/main.js');
    const { text, dropped } = usedTypesOnly(readFileSync(file, 'utf8'));
    const readsDropped = new RegExp(`\\w+_1\\.(?:${[...dropped].join('|')})\\b`);
    build.onLoad({ filter: TYPES_FILE }, () => ({ contents: text, loader: 'js' }));
    // Checked, then loaded as the next plugin or esbuild would.
    build.onLoad({ filter: LSP_LIBRARY_FILE }, async (args) => {
      const found = readsDropped.exec(await readFile(args.path, 'utf8'));
      if (found) throw new Error(`${args.path} reads ${found[0]}, which usedTypes (esbuild.mjs) leaves out of the browser's server.`);
      return undefined;
    });
  },
};

/**
 * The protocol library records on each of its ninety-odd request and notification types which way it goes
 * (`X.messageDirection = messages_1.MessageDirection.clientToServer;`), for its meta-model: nothing reads it at run
 * time (checked by grep of vscode-languageserver, -protocol and -jsonrpc). The browser's server, whose every byte is
 * downloaded before the extension starts, leaves those lines out: 4.6 KB. A protocol file that still sets one some
 * other way, after a library update, stops the build.
 */
const PROTOCOL_FILE = /vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol[.\w$]*\.js$/;
const MESSAGE_DIRECTION = /^[ \t]*[\w$.]+\.messageDirection = messages_1\.MessageDirection\.(?:clientToServer|serverToClient|both);\r?\n/gm;
const dropMessageDirections = {
  name: 'drop-message-directions',
  setup(build) {
    build.onLoad({ filter: PROTOCOL_FILE }, async (args) => {
      const text = (await readFile(args.path, 'utf8')).replace(MESSAGE_DIRECTION, '');
      if (/\.messageDirection\b/.test(text)) throw new Error(`${args.path} sets a messageDirection that dropMessageDirections (esbuild.mjs) does not leave out.`);
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * Library modules that the browser's server, whose every byte is downloaded before the extension starts, never uses:
 * each is replaced by what keeps the libraries' shape, and the build stops if a module no longer declares the names
 * its replacement gives (after an update). Committee Report reads no notebooks and sends no semantic tokens (checked
 * by grep of server/src):
 * - the server library's notebook support, a connection feature that registers handlers for notebook documents and a
 *   NotebookDocuments class that keeps them: the feature passes the connection through unchanged (4.9 KB);
 * - the protocol's notebook messages, which only that feature reads (through getters the protocol's index defines and
 *   nothing calls): 4.4 KB;
 * - the server library's semantic-tokens feature and its token builder: passed through likewise (3.5 KB), and the
 *   protocol's semantic-token messages, which only that feature reads (1.6 KB);
 * - the server library's features for what the server never offers or asks (UNOFFERED: call and type hierarchies,
 *   inlay hints, inline values and completions, monikers, linked editing, showing a document, a virtual document's
 *   content), each a connection feature passed through likewise, and the protocol's messages for them, which only
 *   those features read (through getters the protocol's index defines and nothing calls): 8.3 KB in all.
 * It comes before dropMessageDirections in a build's plugins: the first plugin that loads a file is the one esbuild uses.
 */
const UNUSED_MODULES = [
  {
    file: /vscode-languageserver[\\/]lib[\\/]common[\\/]notebook\.js$/,
    declares: 'exports.NotebookDocuments = exports.NotebookSyncFeature = void 0;',
    contents: 'exports.NotebookSyncFeature = (Base) => Base;',
  },
  {
    file: /vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.notebook\.js$/,
    declares: 'exports.DidCloseNotebookDocumentNotification = exports.DidSaveNotebookDocumentNotification = exports.DidChangeNotebookDocumentNotification = exports.NotebookCellArrayChange = exports.DidOpenNotebookDocumentNotification = exports.NotebookDocumentSyncRegistrationType = exports.NotebookDocument = exports.NotebookCell = exports.ExecutionSummary = exports.NotebookCellKind = void 0;',
    contents: '',
  },
  {
    file: /vscode-languageserver[\\/]lib[\\/]common[\\/]semanticTokens\.js$/,
    declares: 'exports.SemanticTokensBuilder = exports.SemanticTokensDiff = exports.SemanticTokensFeature = void 0;',
    contents: 'exports.SemanticTokensFeature = (Base) => Base;',
  },
  {
    file: /vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.semanticTokens\.js$/,
    declares: 'exports.SemanticTokensRequest = ',
    contents: '',
  },
];
/** The server library's features (a module each, `feature`) that nothing of the server uses, and a message each protocol module declares. */
const UNOFFERED = [
  ['callHierarchy', 'CallHierarchy', 'CallHierarchyPrepareRequest'],
  ['typeHierarchy', 'TypeHierarchy', 'TypeHierarchyPrepareRequest'],
  ['inlayHint', 'InlayHint', 'InlayHintRequest'],
  ['inlineValue', 'InlineValue', 'InlineValueRequest'],
  ['moniker', 'Moniker', 'MonikerRequest'],
  ['linkedEditingRange', 'LinkedEditingRange', 'LinkedEditingRangeRequest'],
  ['inlineCompletion', 'InlineCompletion', 'InlineCompletionRequest'],
  ['showDocument', 'ShowDocument', 'ShowDocumentRequest'],
  ['textDocumentContent', 'TextDocumentContent', 'TextDocumentContentRequest'],
];
for (const [module, feature, message] of UNOFFERED) {
  UNUSED_MODULES.push(
    { file: new RegExp(String.raw`vscode-languageserver[\\/]lib[\\/]common[\\/]${module}\.js$`), declares: `exports.${feature}Feature = void 0;`, contents: `exports.${feature}Feature = (Base) => Base;` },
    { file: new RegExp(String.raw`vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.${module}\.js$`), declares: `exports.${message} = `, contents: '' },
  );
}
const withoutUnusedModules = {
  name: 'without-unused-modules',
  setup(build) {
    for (const { file, declares, contents } of UNUSED_MODULES) {
      build.onLoad({ filter: file }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes(declares)) throw new Error(`${args.path} no longer declares what withoutUnusedModules (esbuild.mjs) replaces.`);
        return { contents: `'use strict';\n${contents}\n`, loader: 'js' };
      });
    }
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  outdir: 'dist',
  // jsonc-parser's UMD build hides its requires from bundlers; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  plugins: [compactGlossary, dropRuleExamples],
};

/**
 * Node modules that the language-server libraries load as they start but use only later, if ever (child_process to
 * find global npm modules, crypto for random pipe names): loaded on first use instead, which shortens start-up.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(child_process|crypto)$/ }, (args) => ({ path: args.path, namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};

/**
 * VS Code for the Web's server reads glossary files' JSON with jsonc-parser on first use, not with the server (11 KB
 * less for it to download, where most workspaces have no glossary file): server/src/glossary/jsonc.ts, which bundles
 * the parser, is jsoncOnFirstUse.ts there, and the parser is dist/web/jsonc.js.
 */
const JSONC = path.resolve('server/src/glossary/jsonc.ts');
const jsoncOnFirstUse = {
  name: 'jsonc-on-first-use',
  setup(build) {
    build.onResolve({ filter: /(?:^|\/)jsonc$/ }, (args) => (path.resolve(args.resolveDir, `${args.path}.ts`) === JSONC ? { path: path.resolve('server/src/glossary/jsoncOnFirstUse.ts') } : undefined));
    // Nothing else of the server may bundle the parser again.
    build.onResolve({ filter: /^jsonc-parser$/ }, (args) => {
      throw new Error(`${args.importer} imports jsonc-parser: in the browser's server it is read on first use (esbuild.mjs: jsoncOnFirstUse).`);
    });
  },
};

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  // dist/server.js is the small entry point that runs dist/serverMain.js from a V8 code cache (server/src/start.ts).
  // The server is minified in every build, development builds keeping their source maps: half the size, it reaches
  // `initialize` about 17 ms sooner here, and the benchmark times the very code the extension ships.
  { entryPoints: { server: 'server/src/start.ts' }, minify: true },
  // LAZY_BUNDLES: the Word writer and the importer are bundles of their own, read on first use (server/src/lazy.ts).
  { entryPoints: { serverMain: 'server/src/server.ts', cli: 'server/src/cli.ts' }, plugins: [lazyBuiltins, compactGlossary, dropRuleExamples], minify: true, define: { LAZY_BUNDLES: 'true' } },
  { entryPoints: { docx: 'server/src/docx/index.ts', import: 'server/src/import/index.ts' }, minify: true },
  // An import's own thread (server/src/importInWorker.ts), which reads dist/import.js.
  { entryPoints: { importWorker: 'server/src/import/worker.ts' }, minify: true },
  // VS Code for the Web: the client for the web extension host and the server for a Web Worker. platform=browser picks
  // the libraries' browser entries, and makes the build fail if anything in them imports a Node module.
  { entryPoints: { 'web/client': 'client/src/browserExtension.ts' }, platform: 'browser', target: 'es2022', external: ['vscode'] },
  // Its text is kept as UTF-8 (a worker's script is always read as UTF-8), not escaped: curly quotes and dashes in the
  // reading rules' patterns then take 3 bytes, not 6.
  // The reader's own property names, which nothing outside the server sees (the rules' props, `rank`, `firstChars`,
  // `describes` and hooks `goesOn`, `interrupts`, `takes`, `claims`; a start record's `strong`, `owner`, `prefix`; a
  // meaning's `role`, `reply`, `wordsEnd`, `decisionFrom`, `namesOnly`, `certain`, `layout`, `endMatter`; the line
  // state's `startAt`, `citationsOn`, `ruleAt`, `spaced`, `someTake`, `lastNumber`; a rule's `claimsItems` and
  // `claimsHeadings`), shortened as
  // the minifier shortens variables: about 3 KB. None is a field of anything sent to the client. Also, 1.4 KB more, a
  // few long names of the model's own that only the server reads (`bodyParagraphs`, `headingRange`, `jointWith`,
  // `paragraphIndex`, `conclusionRange`, `leadRange`, `joinedAcrossBreak`, `stanceLabel`, `headingTitle`, `bodyRange`,
  // `lineCount`, a meaning's `wordsFrom` and `several`; a recommendation's `numberRange`, a report's and a
  // recommendation's `responses`, the model's and a meaning's `citations`, a parse's `previous` version, a
  // recommendation's and a response's `group`, 1.2 KB; and `lines`, the model's and the line state's text lines and a
  // paragraph's or block's line numbers, 1.7 KB; the model's `furniture` and `layouts` (the names of what it read, not
  // their descriptions, which a hover sends), a start record's and a heading's `numbers`, a response's `miscitation`
  // and `decisionBeside`, a rule's `claimsHere`, the line state's `tableRows`, 0.5 KB): no
  // feature sends them, no diagnostic's data holds them, and the client names none of them (checked by grep of
  // client/src and the FixData type; the browser's end-to-end tests run this bundle).
  {
    entryPoints: { 'web/server': 'server/src/browserServer.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    plugins: [jsoncOnFirstUse, compactGlossaryPlugin(true), dropRuleExamples, withoutUnusedModules, usedTypes, dropMessageDirections],
    mangleProps: /^(?:startsRecommendation|weakNumber|singleLine|endsAtCitation|carriesOverBreak|stableUnderKeystroke|readAs|firstChars|describes|someTake|answersNumber|lastNumber|goesOn|interrupts|takes|claims|rank|labelled|strong|owner|prefix|role|reply|wordsEnd|decisionFrom|namesOnly|certain|heading|layout|endMatter|startAt|citationsOn|ruleAt|spaced|claimsItems|claimsHeadings|wordsFrom|several|joinedAcrossBreak|conclusionRange|bodyParagraphs|jointWith|headingRange|paragraphIndex|leadRange|stanceLabel|headingTitle|bodyRange|lineCount|byPlace|numberRange|responses|citations|previous|group|lines|furniture|numbers|miscitation|claimsHere|tableRows|decisionBeside|layouts)$/,
  },
  // The browser server reads it with importScripts, which leaves the writer in the global CommitteeReportDocx.
  { entryPoints: { 'web/docx': 'server/src/docx/index.ts' }, platform: 'browser', format: 'iife', globalName: 'CommitteeReportDocx', target: 'es2022', minify: true },
  { entryPoints: { 'web/glossary': 'server/src/glossary/builtin.json' }, platform: 'browser', format: 'iife', globalName: 'CommitteeReportGlossary', target: 'es2022', minify: true, plugins: [glossaryTextsScript] },
  { entryPoints: { 'web/jsonc': 'server/src/glossary/jsoncScript.ts' }, platform: 'browser', format: 'iife', globalName: 'CommitteeReportJsonc', target: 'es2022', minify: true },
  // The importer likewise (PDF.js, htmlparser2, mammoth's browser build), read on the first import: each import starts a
  // worker of its own that loads it (import/browser.ts), or, where no worker can be started, CommitteeReportImporter.
  { entryPoints: { 'web/import': 'server/src/import/browser.ts' }, platform: 'browser', format: 'iife', globalName: 'CommitteeReportImporter', target: 'es2022', minify: true },
];
if (!production) builds.push({ entryPoints: { bench: 'scripts/bench.ts' } });

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
