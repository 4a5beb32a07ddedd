// Every workflow the worker registers; the bundler starts here.
export { supervisionItemWorkflow } from './supervision-item.workflow';
export { auditAnchorWorkflow } from './audit-anchor.workflow';
export { bulletinWorkflow } from './bulletin.workflow';
