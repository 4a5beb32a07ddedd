import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig, payloadKeys, temporalConnectionSettings } from '@duban/config';
import { payloadDataConverter } from '@duban/payload-codec';

/** The API holds a Temporal client, never a worker. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) =>
        new Client({
          connection: await Connection.connect(temporalConnectionSettings(config)),
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
