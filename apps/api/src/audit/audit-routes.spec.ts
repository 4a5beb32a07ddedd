import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AuditAction, AuditRoutes } from './audit-routes';

@Controller('items')
class ItemsController {
  @Post(':id/signoff') signoff() {}
  @Delete(':id') remove() {}
  @Get(':id') get() {}
}

@Controller('policies')
class PoliciesController {
  @Post() create() {}
  @Patch(':id') update() {}
}

@Controller('audit')
class AuditController {
  @Get('export') @AuditAction('audit.export') export() {}
}

describe('audit routes', () => {
  let routes: AuditRoutes;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [ItemsController, PoliciesController, AuditController],
      providers: [AuditRoutes],
    }).compile();
    await module.init();
    routes = module.get(AuditRoutes);
  });

  it('name a command by its controller, singular, and its handler, with or without the global prefix', () => {
    expect(routes.lookup('POST', '/api/items/:id/signoff')).toEqual({
      action: 'item.signoff',
      objectType: 'item',
      named: false,
    });
    expect(routes.lookup('DELETE', '/items/:id')).toMatchObject({ action: 'item.remove' });
    expect(routes.lookup('POST', '/api/policies')).toMatchObject({ action: 'policy.create', objectType: 'policy' });
    expect(routes.lookup('PATCH', '/api/policies/:id')).toMatchObject({ action: 'policy.update' });
  });

  it('take the name @AuditAction gives, and know nothing of routes that are not there', () => {
    expect(routes.lookup('GET', '/api/audit/export')).toEqual({
      action: 'audit.export',
      objectType: 'audit',
      named: true,
    });
    expect(routes.lookup('GET', '/api/items/:id')).toMatchObject({ named: false });
    expect(routes.lookup('POST', '/api/nothing')).toBeNull();
  });
});
