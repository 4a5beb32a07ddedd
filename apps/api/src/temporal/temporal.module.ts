import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { AppConfig, payloadKeys, temporalConnectionSettings } from '@duban/config';
import { payloadDataConverter } from '@duban/payload-codec';

/** The API holds a Temporal client, never a worker. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      // Lazy: the API starts and answers (health says temporal: down, commands 503) while Temporal is away.
      // A few quick retries ride out a blip; a server that is down is told within about two seconds.
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy({
            ...temporalConnectionSettings(config),
            connectTimeout: '3 seconds',
            interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 5 }))],
          }),
          namespace: config.TEMPORAL_NAMESPACE,
          dataConverter: payloadDataConverter(payloadKeys(config)),
        }),
    },
  ],
  exports: [Client],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
