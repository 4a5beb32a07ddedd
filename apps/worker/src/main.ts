import 'reflect-metadata';
import { loadConfig } from '@duban/config';
import { startItemWorker } from './item-worker';

// The Worker stops gracefully on SIGINT/SIGTERM by itself (the SDK installs the handlers).
async function main() {
  const config = loadConfig();
  const { done } = await startItemWorker(config);
  console.log(`duban worker polling ${config.TEMPORAL_ADDRESS} (${config.TEMPORAL_NAMESPACE})`);
  await done;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
