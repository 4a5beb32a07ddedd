import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import helmet from 'helmet';
import type { AppConfig } from '@duban/config';
import { migrateDatabase } from '@duban/persistence';
import { AppModule } from './app.module';
import { protectApiDocs } from './auth/docs-gate';
import { assertEveryRouteDeclared, declaredRoutes, registeredControllers } from './auth/route-access';
import { ApiErrorFilter } from './common/api-error.filter';
import { StorableTextPipe } from './common/storable-text.pipe';
import { useRequestLogging } from './audit/request-logging';

/** The API application, configured exactly as it runs: used by main.ts and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  await migrateDatabase(config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    logger: ['error', 'warn'],
  });
  // A route that does not say who may call it stops the start, named (route-access.ts).
  assertEveryRouteDeclared(declaredRoutes(registeredControllers(app)));
  useRequestLogging(app, config);
  useHttpSecurity(app, config);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new StorableTextPipe(),
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new ApiErrorFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Duban (督办) API')
      .setDescription('Supervision items, their lifecycle and the escalation chain. Times are Asia/Shanghai.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  describeUuidParameters(document);
  if (config.API_DOCS === 'login') protectApiDocs(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/** Path parameters named `id` or `…Id` pass ParseUUIDPipe: the document says they are uuids. */
function describeUuidParameters(document: OpenAPIObject): void {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as OperationObject[]) {
      for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
        if (parameter.in === 'path' && /(^id|Id)$/.test(parameter.name)) {
          parameter.schema = { type: 'string', format: 'uuid' };
        }
      }
    }
  }
}

/** helmet's headers (no X-Powered-By), CORS for the console's origin only, the client address behind a proxy. */
function useHttpSecurity(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  const https = new URL(config.CONSOLE_URL).protocol === 'https:';
  // Over plain http (development, an intranet without TLS) upgrading requests would break the docs page.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } } }));
  const consoleOrigin = new URL(config.CONSOLE_URL).origin;
  // Another origin gets no CORS headers here, and its preflight goes on to a route's own CORS, if any.
  app.enableCors({
    origin: (origin, allow) => allow(null, origin === consoleOrigin ? origin : false),
    credentials: true,
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
  });
}

/** `2` hops, `true`, or Express's list of addresses and names (`loopback, 10.0.0.0/8`). */
function trustProxy(setting: string): number | boolean | string {
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting === 'true' || setting === 'false') return setting === 'true';
  return setting;
}
