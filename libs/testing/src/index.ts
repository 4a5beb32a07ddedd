export * from './temporal-binaries';
export * from './item-factory';
export * from './update-retry';
export * from './seaweedfs';
