import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BulletinSnapshot } from '@duban/bulletins';

const MAX_THREADS = 2;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * A bulletin's PDF rendered on a worker thread of its own, so the API keeps answering meanwhile.
 * The thread runs TypeScript as the API does (@swc-node/register), also under Jest.
 */
export async function renderBulletinPdfOffThread(snapshot: BulletinSnapshot): Promise<Buffer> {
  // A thread holds the CJK fonts (hundreds of MB): a few at a time, the others wait their turn.
  while (running >= MAX_THREADS) await new Promise<void>((turn) => waiting.push(turn));
  running++;
  try {
    return await renderOnThread(snapshot);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function renderOnThread(snapshot: BulletinSnapshot): Promise<Buffer> {
  return new Promise<Buffer>((done, fail) => {
    const worker = new Worker(resolve(__dirname, 'bulletin-pdf.worker.ts'), {
      workerData: { snapshot },
      execArgv: ['-r', '@swc-node/register'],
    });
    worker.once('message', (message: Uint8Array | { error: string }) => {
      if (message instanceof Uint8Array) done(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
      else fail(new Error(message.error));
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the PDF renderer stopped (exit code ${code}) before it answered`)));
  });
}
