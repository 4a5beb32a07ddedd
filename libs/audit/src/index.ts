export * from './canonical-entry';
export * from './audit-anchor';
export * from './audit-verifier';
export * from './audit-writer';
