// A minimal LSP client for protocol tests: starts the built server over stdio and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(
  capabilities: Record<string, unknown> = {},
  onConfiguration?: (items: { section?: string; scopeUri?: string }[]) => unknown[],
): Promise<TestServer> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
    onConfiguration ? onConfiguration(params.items) : params.items.map(() => null),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: !!onConfiguration }, ...capabilities },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
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
