export * from './app-config';
export * from './temporal-security';
