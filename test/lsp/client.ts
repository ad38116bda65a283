// A minimal LSP client for protocol tests: starts the built server over stdio and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';
import { createProtocolConnection, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { serverReader } from '../support/serverReader';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');
export const TEST_CACHE = path.join(os.tmpdir(), `committee-report-test-cache-${process.pid}`);

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; message: string; range: { start: { line: number; character: number } } }[];
}

export interface TestServer {
  connection: ProtocolConnection;
  /** Every publishDiagnostics notification so far, in order. */
  published: PublishedDiagnostics[];
  /** The first diagnostics for `uri` (already published or still to come) that `accept` takes. */
  diagnostics(uri: string, accept?: (p: PublishedDiagnostics) => boolean, onlyNew?: boolean): Promise<PublishedDiagnostics>;
  process: ChildProcess;
  stderr: () => string;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(
  capabilities: Record<string, unknown> = {},
  onConfiguration?: (items: { section?: string; scopeUri?: string }[]) => unknown[],
  workspaceFolders: { uri: string; name: string }[] | null = null,
  env: NodeJS.ProcessEnv = {},
  /** More of the client's request handlers, in place before the server starts asking. */
  handlers: Record<string, (params: any) => unknown> = {},
): Promise<TestServer> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--require', path.join(__dirname, 'no-network.cjs'), SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // The servers of a test run share one code cache of their own, not the user's.
    env: { ...process.env, COMMITTEE_REPORT_CACHE_DIR: TEST_CACHE, ...env },
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += String(d)));
  const connection = createProtocolConnection(serverReader(child), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
    onConfiguration ? onConfiguration(params.items) : params.items.map(() => null),
  );
  connection.onRequest('client/registerCapability', () => null);
  for (const [method, handler] of Object.entries(handlers)) connection.onRequest(method, handler);
  connection.onNotification('window/logMessage', () => undefined);
  const published: PublishedDiagnostics[] = [];
  const listeners = new Set<(p: PublishedDiagnostics) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
    published.push(p);
    for (const l of [...listeners]) l(p);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders,
    capabilities: { workspace: { configuration: !!onConfiguration }, ...capabilities },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    diagnostics(uri, accept = () => true, onlyNew = true) {
      const already = onlyNew ? undefined : published.find((p) => p.uri === uri && accept(p));
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => {
        const listener = (p: PublishedDiagnostics) => {
          if (p.uri === uri && accept(p)) {
            listeners.delete(listener);
            resolve(p);
          }
        };
        listeners.add(listener);
      });
    },
    process: child,
    stderr: () => errors,
    open: (uri, text, languageId = 'committee-report', version = 1) =>
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } }),
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone; the kill below makes sure.
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** Asks `probe` every 25 ms until `accept` takes its answer (5 s at most): for what the server does in its own time. */
export async function until<T>(what: string, probe: () => Promise<T>, accept: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (accept(v)) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
