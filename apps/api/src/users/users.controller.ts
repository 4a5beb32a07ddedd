import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Repository } from 'typeorm';
import { invalidInput, ROLES, type Role } from '@duban/domain';
import { UnitEntity, UserEntity } from '@duban/persistence';
import { Roles } from '../auth/auth.decorators';
import { NewPassword } from '../auth/auth.dto';
import { LoginProtection } from '../auth/login-protection.service';
import { PasswordsService } from '../auth/passwords.service';
import { SessionsService } from '../auth/sessions.service';
import { Trim } from '../common/text-fields';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';

export class CreateUserDto {
  @ApiProperty({ example: 'jfj-handler' })
  @Matches(/^[a-z0-9._-]{2,40}$/, {
    message: 'username must be 2-40 lowercase letters, digits, dots, dashes or underscores',
  })
  username: string;

  @ApiProperty({ example: '张伟' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  displayName: string;

  @NewPassword()
  password: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '分管经济工作副主任', description: 'the job title: plans name leaders by it' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  title?: string;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty() active: boolean;
}

/** A leader the office may name on an item (责任领导). */
export class LeaderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ format: 'uuid' }) unitId: string;
}

export const toUserView = ({
  id,
  username,
  displayName,
  email,
  unitId,
  roles,
  title,
  active,
}: UserEntity): UserView => ({
  id,
  username,
  displayName,
  email,
  unitId,
  roles,
  title,
  active,
});

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@ApiErrors(401, 403)
@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly loginProtection: LoginProtection,
  ) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  async list(): Promise<UserView[]> {
    return (await this.users.find({ order: { username: 'ASC' } })).map(toUserView);
  }

  /** The active leaders, for the office's picker of supervising leaders. */
  @Get('leaders')
  @Roles('admin', 'office')
  @ApiOkResponse({ type: [LeaderView] })
  async leaders(): Promise<LeaderView[]> {
    const leaders = await this.users
      .createQueryBuilder('u')
      .where(`u.active AND 'leader' = ANY(u.roles)`)
      .orderBy('u.display_name', 'ASC')
      .getMany();
    return leaders.map(({ id, displayName, title, unitId }) => ({ id, displayName, title, unitId }));
  }

  @ApiErrors(400, 409)
  @Post()
  @Idempotent()
  @ApiCreatedResponse({ type: UserView })
  async create(@Body() dto: CreateUserDto): Promise<UserView> {
    await this.unitMustExist(dto.unitId);
    const { password, ...fields } = dto;
    const passwordHash = await this.passwords.hashNew(password, dto.username);
    const user = this.users.create({ ...fields, email: dto.email ?? null, title: dto.title ?? null, passwordHash });
    return toUserView(await this.users.save(user));
  }

  @ApiErrors(400, 404)
  @Patch(':id')
  @Idempotent()
  @ApiOkResponse({ type: UserView })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException(`user ${id} not found`);
    if (dto.unitId) await this.unitMustExist(dto.unitId);
    const { password, ...fields } = dto;
    const wasActive = user.active;
    Object.assign(user, fields);
    if (password) user.passwordHash = await this.passwords.hashNew(password, user.username);
    const saved = await this.users.save(user);
    // Whoever held a session with the old password, or as the user now deactivated, is signed out.
    if (password) await this.passwords.changed(id, user.username, 'password reset by an administrator');
    if (wasActive && !saved.active) await this.sessions.endAll(id, 'deactivated');
    return toUserView(saved);
  }

  /** Lifts a lockout after repeated failed sign-ins (and a reset password lifts it too). */
  @ApiErrors(400, 404)
  @Post(':id/unlock')
  @Idempotent()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the user may sign in again at once' })
  async unlock(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException(`user ${id} not found`);
    await this.loginProtection.clear(user.username);
  }

  private async unitMustExist(unitId: string): Promise<void> {
    if (!(await this.units.existsBy({ id: unitId }))) throw invalidInput(`unitId: unit ${unitId} does not exist`);
  }
}
