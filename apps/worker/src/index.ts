export * from './item-worker';
