import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig, payloadKeys } from '@duban/config';
import { AesGcmPayloadCodec } from '@duban/payload-codec';
import { TemporalCodecController } from './temporal-codec.controller';

/** The codec endpoint for the Temporal Web UI, open by CORS to the UI's origin only. */
@Module({
  controllers: [TemporalCodecController],
  providers: [
    {
      provide: AesGcmPayloadCodec,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new AesGcmPayloadCodec(payloadKeys(config), { unauthenticated: 'sentinel' }),
    },
  ],
})
export class TemporalCodecModule implements NestModule {
  constructor(private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(codecCors(this.config.TEMPORAL_UI_ORIGIN))
      .forRoutes({ path: 'temporal-codec/*path', method: RequestMethod.ALL });
  }
}

/**
 * CORS for the Temporal UI's origin alone, on these routes alone. A preflight is answered here,
 * before the guard, as browsers send it without credentials.
 */
export function codecCors(origin: string | undefined) {
  const allowed = origin ? new URL(origin).origin : undefined;
  return (request: Request, response: Response, next: NextFunction) => {
    response.vary('Origin');
    if (allowed && request.headers.origin === allowed) {
      response.setHeader('Access-Control-Allow-Origin', allowed);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      if (request.method === 'OPTIONS') {
        response.setHeader('Access-Control-Allow-Methods', 'POST');
        response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
        response.setHeader('Access-Control-Max-Age', '600');
      }
    }
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  };
}
