import { applyDecorators, Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ItemAccess, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { IdempotencyKey } from '../common/idempotency-key';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ItemView, RepairOutcomeView } from '../items/item.view';
import { citedAttachments, COMMAND_ROUTES } from './command-routes';
import { PublishDto } from './command.dto';
import { PublishItemService } from './publish-item.service';
import { RepairItemService } from './repair-item.service';
import { SendCommandService } from './send-command.service';

/** Every command answers with the item as it is after the command, or an error. */
const CommandResponses = () =>
  applyDecorators(ApiOkResponse({ type: ItemView }), ApiErrors(400, 401, 403, 404, 409, 422, 503), Idempotent());

/**
 * The commands people send to an item: POST /api/items/{id}/<command>. Publishing starts the
 * item's workflow; every other command is one row of COMMAND_ROUTES, made into a route below.
 */
@ApiTags('item commands')
@ApiBearerAuth()
@Controller('items')
export class ItemCommandsController {
  constructor(
    readonly commands: SendCommandService,
    private readonly publisher: PublishItemService,
    private readonly repairer: RepairItemService,
  ) {}

  @Post(':id/publish')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({ summary: "draft → assigned: starts the item's workflow (allowPast records a past item, 补录)" })
  @CommandResponses()
  publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PublishDto,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key?: string,
  ): Promise<ItemView> {
    return this.publisher.publish(id, user, dto, key);
  }

  @Post(':id/repair')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "the admin writes again the item's changes that the database refused (its attention); those that land are marked repaired",
  })
  @ApiOkResponse({ type: [RepairOutcomeView] })
  @ApiErrors(400, 401, 403, 404)
  repair(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RepairOutcomeView[]> {
    return this.repairer.repair(id, user);
  }
}

// One route per row of the table: the same parameters, decorators and answer for every command.
for (const route of COMMAND_ROUTES) {
  const proto = ItemCommandsController.prototype as unknown as Record<string, unknown>;
  proto[route.name] = {
    // A named method: Nest and Swagger name the route (its operationId) after it.
    [route.name](
      this: ItemCommandsController,
      id: string,
      body: object,
      user: AuthUser,
      key: string | undefined,
      extensionId?: string,
    ): Promise<ItemView> {
      return this.commands.send(id, user, route.command(body as never, extensionId), key, citedAttachments(body));
    },
  }[route.name];
  const descriptor = Object.getOwnPropertyDescriptor(proto, route.name)!;
  // What Nest and Swagger read of a written method: its parameter types (the body's DTO is validated).
  Reflect.defineMetadata(
    'design:paramtypes',
    [String, route.body, Object, String, ...(route.extensionParam ? [String] : [])],
    proto,
    route.name,
  );
  Param('id', ParseUUIDPipe)(proto, route.name, 0);
  Body()(proto, route.name, 1);
  CurrentUser()(proto, route.name, 2);
  IdempotencyKey()(proto, route.name, 3);
  if (route.extensionParam) Param('extensionId', ParseUUIDPipe)(proto, route.name, 4);
  for (const decorate of [
    Post(`:id/${route.path}`),
    ItemAccess('command'),
    HttpCode(200),
    ApiOperation({ summary: route.summary, operationId: `ItemCommandsController_${route.name}` }),
    ApiParam({ name: 'id', format: 'uuid', description: 'the item' }),
    ...(route.extensionParam
      ? [ApiParam({ name: 'extensionId', format: 'uuid', description: 'the request decided' })]
      : []),
    CommandResponses(),
  ]) {
    decorate(proto, route.name, descriptor);
  }
  Object.defineProperty(proto, route.name, descriptor);
}
