import type { AppConfig } from '@duban/config';
import { AppModule } from '../app.module';
import { controllersOf, declaredRoutes, type DeclaredRoute } from './route-access';

/**
 * Every route of the API with its declaration, read from the application module's controllers
 * without starting anything: the authorization matrix test and the roles table in
 * docs/security.md are generated from it.
 */
export function accessTable(): DeclaredRoute[] {
  // The module is only described here, never built: no setting is read.
  return declaredRoutes(controllersOf(AppModule.forConfig({ DATABASE_URL: 'postgres://unused' } as AppConfig)));
}
