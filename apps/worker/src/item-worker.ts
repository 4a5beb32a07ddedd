import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import { payloadKeys, temporalConnectionSettings, type AppConfig } from '@duban/config';
import {
  ITEM_TASK_QUEUE,
  type AuditAnchorActivities,
  type BulletinActivities,
  type ItemActivities,
} from '@duban/contracts';
import { payloadDataConverter } from '@duban/payload-codec';
import { workflowBundlerOptions, workflowsPath } from '@duban/workflow-bundle';
import { DataSource } from 'typeorm';
import { auditAnchorActivities } from './audit-anchor.activities';
import { ensureAuditAnchorSchedule } from './audit-anchor-schedule';
import { bulletinActivities } from './bulletin.activities';
import { ensureBulletinSchedule } from './bulletin-schedule';
import { ItemProjectionActivities } from './item-projection.activities';
import { NotificationDeliveryActivities } from './notification-delivery.activities';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  worker: Worker;
  app: INestApplicationContext;
  /** Resolves when the worker has stopped; rejects if it failed. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Builds the NestJS context that owns the activities, and the Temporal Worker that runs them. */
export async function startItemWorker(config: AppConfig, connection?: NativeConnection): Promise<RunningWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forConfig(config), { logger: ['error', 'warn'] });
  const ownConnection = !connection;
  const nativeConnection = connection ?? (await NativeConnection.connect(temporalConnectionSettings(config)));
  const projection = app.get(ItemProjectionActivities);
  const delivery = app.get(NotificationDeliveryActivities);
  const activities: ItemActivities & AuditAnchorActivities & BulletinActivities = {
    projectItem: (p) => projection.projectItem(p),
    deliverNotice: (request) => delivery.deliverNotice(request),
    ...auditAnchorActivities(app.get(DataSource)),
    ...bulletinActivities(app.get(DataSource), config),
  };
  const worker = await Worker.create({
    connection: nativeConnection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: ITEM_TASK_QUEUE,
    workflowsPath,
    bundlerOptions: workflowBundlerOptions,
    // A payload the codec cannot authenticate reaches the workflow as a sentinel its validator refuses;
    // a decoding error here would fail the workflow task again and again, blocking the item.
    dataConverter: payloadDataConverter(payloadKeys(config), { unauthenticated: 'sentinel' }),
    activities,
  });
  await ensureAuditAnchorSchedule(nativeConnection, config.TEMPORAL_NAMESPACE);
  await ensureBulletinSchedule(nativeConnection, config.TEMPORAL_NAMESPACE, config.BULLETIN_SCHEDULE);
  const done = worker.run().finally(async () => {
    await app.close();
    if (ownConnection) await nativeConnection.close();
  });
  return {
    worker,
    app,
    done,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
