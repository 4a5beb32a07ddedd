import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BulletinSnapshot } from '@duban/bulletins';

/**
 * A bulletin's PDF rendered on a worker thread of its own, so the API keeps answering meanwhile.
 * The thread runs TypeScript as the API does (@swc-node/register), also under Jest.
 */
export function renderBulletinPdfOffThread(snapshot: BulletinSnapshot): Promise<Buffer> {
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
