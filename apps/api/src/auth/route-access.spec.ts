import { Controller, Get, Module, Patch, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { accessTable } from './access-table';
import { ItemAccess, Public, Roles, SignedIn } from './auth.decorators';
import { assertEveryRouteDeclared, controllersOf, declaredRoutes, registeredControllers } from './route-access';

@Roles('admin')
@Controller('plans')
class PlansController {
  @Get()
  list() {}

  @Get('leaders')
  @Roles('admin', 'office')
  leaders() {}

  @Post(':id/items')
  @ItemAccess('command')
  attach() {}
}

@Controller('bulletins')
class BulletinsController {
  @Get()
  @SignedIn()
  list() {}

  @Post()
  publish() {}

  @Patch(':id')
  @Public()
  @Roles('office')
  edit() {}
}

@Module({ controllers: [PlansController] })
class PlansModule {}

@Module({ imports: [PlansModule], controllers: [BulletinsController] })
class SomeApiModule {}

describe('every route declares who may call it', () => {
  it("reads a route's own declaration before its controller's, under /api with OpenAPI's {braces}", () => {
    expect(declaredRoutes([PlansController]).map(({ method, path, access }) => [method, path, access])).toEqual([
      ['GET', '/api/plans', { kind: 'roles', roles: ['admin'] }],
      ['POST', '/api/plans/{id}/items', { kind: 'item', mode: 'command' }],
      ['GET', '/api/plans/leaders', { kind: 'roles', roles: ['admin', 'office'] }],
    ]);
  });

  it('counts @Roles alone as a declaration, and refuses a route with none or with two, naming it', () => {
    const routes = declaredRoutes(controllersOf({ module: SomeApiModule }));
    expect(routes.filter((r) => r.problem).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/bulletins',
      'PATCH /api/bulletins/{id}',
    ]);
    expect(() => assertEveryRouteDeclared(routes)).toThrow(
      /POST \/api\/bulletins \(BulletinsController\.publish\): no declaration[\s\S]*PATCH \/api\/bulletins\/\{id\} \(BulletinsController\.edit\): the route declares public and roles/,
    );
  });

  it('walks the controllers Nest registered, as the API does when it starts', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SomeApiModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    try {
      const routes = declaredRoutes(registeredControllers(app));
      expect(routes).toHaveLength(6);
      expect(() => assertEveryRouteDeclared(routes)).toThrow(/POST \/api\/bulletins/);
    } finally {
      await app.close();
    }
  });

  it("leaves none of the API's own routes without a declaration", () => {
    const routes = accessTable();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.problem)).toEqual([]);
    expect(() => assertEveryRouteDeclared(routes)).not.toThrow();
  });
});
