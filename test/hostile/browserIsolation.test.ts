// The browser server's import worker (importInBrowserWorker.ts), driven with a stand-in for a Web Worker: the time
// limit, cancelling, a worker that fails before or after the importer has loaded, and messages that are not its own.
// The real thing, in headless Chromium, is in test/web/worker.test.ts.
import { strict as assert } from 'assert';
import { importInBrowserWorker, type ImportThread } from '../../server/src/importInBrowserWorker';

/** A worker that records what it is sent and whether it was ended; the test says what it answers, and when. */
class StandIn implements ImportThread {
  onmessage: ImportThread['onmessage'] = null;
  onerror: ImportThread['onerror'] = null;
  sent: unknown[] = [];
  ended = false;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.ended = true;
  }
  say(data: unknown): void {
    this.onmessage?.({ data });
  }
}

const BYTES = new Uint8Array([60, 112, 62]);

describe('imports in a browser worker of their own', () => {
  it('sends the file marked as its own, answers with the worker\'s answer, and ends the worker', async () => {
    const worker = new StandIn();
    const outcome = importInBrowserWorker(() => worker, BYTES, 'r.html');
    assert.deepEqual(worker.sent, [{ committeeReport: 'import', bytes: BYTES, name: 'r.html' }]);
    worker.say({ committeeReport: 'loaded' });
    // PDF.js's worker code says "ready" in the same channel: not an answer.
    worker.say({ sourceName: 'worker', targetName: 'main', action: 'ready', data: null });
    worker.say({ committeeReport: 'answer', answer: { refused: 'r.html is empty: there is nothing to import.' } });
    assert.deepEqual(await outcome, { message: 'r.html is empty: there is nothing to import.' });
    assert.ok(worker.ended);
  });

  it('says a library\'s failure in plain words', async () => {
    const worker = new StandIn();
    const outcome = importInBrowserWorker(() => worker, BYTES, 'r.pdf');
    worker.say({ committeeReport: 'loaded' });
    worker.say({ committeeReport: 'answer', answer: { failed: 'Maximum call stack size exceeded' } });
    assert.deepEqual(await outcome, { message: 'r.pdf could not be read: its parts are nested too deeply to follow. Nothing was written.' });
  });

  it('stops an import that takes longer than its limit, and ends its worker', async () => {
    const worker = new StandIn();
    const outcome = await importInBrowserWorker(() => worker, BYTES, 'slow.pdf', undefined, 50);
    assert.deepEqual(outcome, { message: 'slow.pdf took longer than 0.05 seconds to read, and was stopped. It may be damaged, or made to be too large to read; nothing was written.' });
    assert.ok(worker.ended);
  });

  it('ends the worker at once when the import is cancelled, and answers nothing after', async () => {
    const worker = new StandIn();
    const abort = new AbortController();
    const outcome = importInBrowserWorker(() => worker, BYTES, 'r.pdf', abort.signal);
    worker.say({ committeeReport: 'loaded' });
    abort.abort();
    worker.say({ committeeReport: 'answer', answer: { refused: 'too late' } });
    assert.deepEqual(await outcome, { cancelled: true });
    assert.ok(worker.ended);
  });

  it('leaves the import to the server\'s own thread when the worker cannot load the importer, or cannot be made', async () => {
    const worker = new StandIn();
    const outcome = importInBrowserWorker(() => worker, BYTES, 'r.html');
    worker.onerror?.({ message: 'NetworkError: Failed to execute importScripts' });
    assert.equal(await outcome, undefined);
    assert.ok(worker.ended);
    const refused = await importInBrowserWorker(() => { throw new Error('SecurityError'); }, BYTES, 'r.html');
    assert.equal(refused, undefined);
  });

  it('says the import stopped when the worker fails after the importer has loaded', async () => {
    const worker = new StandIn();
    const outcome = importInBrowserWorker(() => worker, BYTES, 'r.pdf');
    worker.say({ committeeReport: 'loaded' });
    worker.onerror?.({ message: 'Uncaught RangeError: Invalid array length' });
    assert.deepEqual(await outcome, { message: 'r.pdf could not be read: it may be damaged, or not the kind of file its name says. Nothing was written.' });
  });
});
