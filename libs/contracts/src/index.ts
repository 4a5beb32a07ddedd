export * from './item-workflow.contract';
export * from './item-activities.contract';
export * from './audit-anchor.contract';
