export * from './temporal-binaries';
export * from './item-factory';
