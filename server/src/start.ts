// The server's entry point (`node dist/server.js --stdio`, or over IPC from the client): runs the bundled server,
// dist/serverMain.js, from a V8 code cache when it has one (codeCache.ts says how, and what it buys).
import * as path from 'path';
import { requireWithCodeCache } from './codeCache';

/** Long enough after start for `initialize` to have been answered, so its code is compiled and goes into the cache. */
const WRITE_AFTER_MS = 1500;

requireWithCodeCache(path.join(__dirname, 'serverMain.js'), 'server', WRITE_AFTER_MS);
