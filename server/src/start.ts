// The server's entry point (`node dist/server.js --stdio`, or over IPC from the client): runs the bundled server,
// dist/serverMain.js, from a V8 code cache when it has one. Compiling the 650 KB bundle took about 40 ms of the
// 180 ms from starting Node 20 to answering `initialize` here; with the cache, V8 reads the compiled code instead.
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

const MAIN = path.join(__dirname, 'serverMain.js');
/** Long enough after start for `initialize` to have been answered, so its code is compiled and goes into the cache. */
const WRITE_AFTER_MS = 1500;

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

/** Runs the bundle as a CommonJS module from `script`. */
function run(script: vm.Script): void {
  const mod = new Module(MAIN, module);
  mod.filename = MAIN;
  mod.paths = [];
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(MAIN), mod, MAIN, path.dirname(MAIN));
}

/** Writes the cache (through a temporary file, so a reader never sees half of one) and removes those of other builds. */
function writeCache(script: vm.Script, folder: string, file: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, file);
    for (const name of fs.readdirSync(folder)) {
      if (/^server-.*\.cache$/.test(name) && name !== path.basename(file)) fs.rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    // A cache that cannot be written only means the next start compiles the bundle again.
  }
}

function start(): void {
  const folder = cacheFolder();
  let source: string;
  let file: string | undefined;
  try {
    const stat = fs.statSync(MAIN);
    source = fs.readFileSync(MAIN, 'utf8');
    if (folder) file = path.join(folder, `server-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}.cache`);
  } catch {
    module.require(MAIN);
    return;
  }
  let cachedData: Buffer | undefined;
  try {
    if (file) cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: MAIN, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const target = file;
    setTimeout(() => writeCache(script, folder!, target), WRITE_AFTER_MS).unref();
  }
  run(script);
}

start();
