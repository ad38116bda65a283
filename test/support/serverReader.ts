// How the protocol tests and the benchmark read a language server's output.
import type { ChildProcess } from 'child_process';
import { StreamMessageReader } from 'vscode-languageserver-protocol/node';

/**
 * A reader of the server's messages that sets no timer for a message that arrived only in part. vscode-jsonrpc's
 * reader otherwise warns of such a message every 10 s for as long as it stays unfinished, and nothing stops that
 * timer: a server stopped while it was writing a message (the tests kill servers when they are done with them) kept
 * the test process alive for good, and CI waiting on it.
 */
export function serverReader(child: ChildProcess): StreamMessageReader {
  const reader = new StreamMessageReader(child.stdout!);
  reader.partialMessageTimeout = 0;
  return reader;
}
