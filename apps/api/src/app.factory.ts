import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@duban/config';
import { migrateDatabase } from '@duban/persistence';
import { AppModule } from './app.module';
import { ApiErrorFilter } from './common/api-error.filter';
import { StorableTextPipe } from './common/storable-text.pipe';
import { useRequestLogging } from './audit/request-logging';

/** The API application, configured exactly as it runs: used by main.ts and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  await migrateDatabase(config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL);
  const app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error', 'warn'] });
  useRequestLogging(app, config);
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
