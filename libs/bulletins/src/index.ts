export * from './bulletin-input';
export * from './bulletin-snapshot';
export * from './state-after-event';
export * from './compute-bulletin';
export * from './check-bulletin';
export * from './bulletin-xlsx';
export * from './bulletin-pdf';
