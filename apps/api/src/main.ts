import 'reflect-metadata';
import { loadConfig } from '@duban/config';
import { createApiApp } from './app.factory';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, '0.0.0.0');
  console.log(`duban api on http://127.0.0.1:${config.API_PORT}/api (docs: /api/docs)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
