export * from './item-status';
export * from './roles';
export * from './domain-error';
export * from './deadline';
export * from './item-state';
export * from './item-commands';
export * from './business-calendar';
