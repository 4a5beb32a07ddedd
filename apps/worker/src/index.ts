export * from './item-worker';
export { ensureBulletinSchedule } from './bulletin-schedule';
