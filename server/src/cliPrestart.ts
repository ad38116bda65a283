// Imported first by the command-line tool (cli.ts), so that it runs before the rest of the tool is loaded: when the
// command is `import`, the import's thread starts now, and its start (about 35 ms here) overlaps the tool's own
// loading instead of following it. Built only (LAZY_BUNDLES): run from the sources, the tests import in this thread.
import { startSpareImportThread } from './importInWorker';

/** Set by the build (esbuild.mjs). */
declare const LAZY_BUNDLES: boolean | undefined;

if (typeof LAZY_BUNDLES === 'boolean' && process.argv[2] === 'import') startSpareImportThread();
