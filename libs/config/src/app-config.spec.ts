import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('names a missing DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('names a bad API_PORT', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: 'eighty' })).toThrow(/API_PORT/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('fills defaults', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: '3100' })).toMatchObject({
      API_PORT: 3100,
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
    });
  });
});
