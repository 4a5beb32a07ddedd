export * from './bulletin-input-reader';
export * from './bulletin-issuer';
export * from './bulletin-notice';
export * from './content-hash';
