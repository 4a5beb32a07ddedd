export * from './entities';
export * from './data-source-options';
export * from './test-database';
export * from './migrate-database';
export * from './notice-deliveries';
