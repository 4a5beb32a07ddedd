export * from './item-workflow.contract';
export * from './item-activities.contract';
export * from './item-request.guards';
export * from './audit-anchor.contract';
export * from './bulletin.contract';
