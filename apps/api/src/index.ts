export * from './app.factory';
export { hashPassword } from './auth/password';
export * from './seed/demo-directory';
