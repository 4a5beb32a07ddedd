export * from './python-tools';
export * from './item-factory';
export * from './update-retry';
export * from './seaweedfs';
