// Runs a bundle from a V8 code cache when it has one: V8 reads the compiled code instead of compiling the bundle
// again. Used for the server's bundle (start.ts: about 40 ms of the 180 ms from starting Node 20 to `initialize`
// here) and for the bundles loaded on first use (lazy.ts: the importer's 2.1 MB took about 70 ms to compile).
//
// The cache is a file in a per-user folder: COMMITTEE_REPORT_CACHE_DIR when set (the VS Code client sets it to the
// extension's global storage; empty turns caching off), else the user's cache folder. Its name carries the bundle's
// size and time and Node's version, and V8 itself rejects a cache made by another V8, with other flags or for a
// source of another length; a rejected, unreadable or unwritable cache only means an ordinary start. Nothing from a
// document or a workspace is ever cached or run here.
import * as fs from 'fs';
import type ModuleType from 'module';
import * as path from 'path';
import * as vm from 'vm';

// The CommonJS loader this file runs in, without loading Node's public 'module' module (and the ES module loader
// it brings with it), which would add to every start.
const Module = module.constructor as typeof ModuleType;

function userCacheFolder(): string | undefined {
  const home = require('os').homedir() as string;
  if (process.platform === 'win32') return process.env.LOCALAPPDATA || (home && path.join(home, 'AppData', 'Local'));
  if (process.platform === 'darwin') return home && path.join(home, 'Library', 'Caches');
  return process.env.XDG_CACHE_HOME || (home && path.join(home, '.cache'));
}

function cacheFolder(): string | undefined {
  const chosen = process.env.COMMITTEE_REPORT_CACHE_DIR;
  if (chosen !== undefined) return chosen || undefined;
  try {
    const base = userCacheFolder();
    return base ? path.join(base, 'committee-report') : undefined;
  } catch {
    // No home folder to be found (os.homedir throws then): no cache.
    return undefined;
  }
}

/** Runs the bundle as a CommonJS module from `script`, and gives its exports. */
function run(script: vm.Script, file: string): unknown {
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = [];
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

/** Caches under names no longer written: the importer's single cache, before each kind of file had its own (import/worker.ts). */
const RETIRED = /^import-.*\.cache$/;

/** Writes the cache (through a temporary file, so a reader never sees half of one) and removes `name`'s of other builds, and any retired one. */
function writeCache(script: vm.Script, folder: string, file: string, name: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, file);
    const others = new RegExp(`^${name}-.*\\.cache$`);
    for (const n of fs.readdirSync(folder)) if ((others.test(n) && n !== path.basename(file)) || RETIRED.test(n)) fs.rmSync(path.join(folder, n), { force: true });
  } catch {
    // A cache that cannot be written only means the next start compiles the bundle again.
  }
}

/**
 * Loads `file` (a CommonJS bundle) as `require` would, from the cache named `name` when there is a good one. When
 * there is none, one is written `writeAfterMs` after loading — late enough for the code first used to have been
 * compiled, so it is in the cache too — or as the process exits, if that comes first (a command-line run).
 */
export function requireWithCodeCache(file: string, name: string, writeAfterMs: number): unknown {
  const folder = cacheFolder();
  let source: string;
  let cacheFile: string | undefined;
  try {
    const stat = fs.statSync(file);
    source = fs.readFileSync(file, 'utf8');
    if (folder) cacheFile = path.join(folder, `${name}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}.cache`);
  } catch {
    return module.require(file);
  }
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    const target = cacheFile;
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      writeCache(script, folder!, target, name);
    };
    setTimeout(write, writeAfterMs).unref();
    process.once('exit', write);
  }
  return run(script, file);
}
