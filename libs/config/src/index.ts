export * from './app-config';
export * from './temporal-security';
export * from './jwt-secret';
