import { parentPort, workerData } from 'node:worker_threads';
import { renderBulletinPdf, type BulletinSnapshot } from '@duban/bulletins';

// Renders one bulletin's PDF off the API's thread (bulletin-pdf-thread.ts starts it): the CJK fonts
// take seconds of CPU that would otherwise stall every other request.
const { snapshot } = workerData as { snapshot: BulletinSnapshot };
renderBulletinPdf(snapshot).then(
  (pdf) => parentPort!.postMessage(pdf),
  (error: Error) => parentPort!.postMessage({ error: error.message }),
);
