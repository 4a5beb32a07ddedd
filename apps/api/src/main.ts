import 'reflect-metadata';
import { loadConfig } from '@duban/config';
import { createApiApp } from './app.factory';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  console.log(`duban api on http://${config.API_HOST}:${config.API_PORT}/api (docs: /api/docs)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
