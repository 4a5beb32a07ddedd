export * from './message-template';
export * from './signed-webhook';
export * from './group-robots';
