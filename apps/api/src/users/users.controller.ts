import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
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
  MinLength,
} from 'class-validator';
import { Repository } from 'typeorm';
import { invalidInput, ROLES, type Role } from '@duban/domain';
import { UnitEntity, UserEntity } from '@duban/persistence';
import { Roles } from '../auth/auth.decorators';
import { Trim } from '../common/text-fields';
import { hashPassword } from '../auth/password';

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

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
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
  @ApiProperty() active: boolean;
}

export const toUserView = ({ id, username, displayName, email, unitId, roles, active }: UserEntity): UserView => ({
  id,
  username,
  displayName,
  email,
  unitId,
  roles,
  active,
});

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
  ) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  async list(): Promise<UserView[]> {
    return (await this.users.find({ order: { username: 'ASC' } })).map(toUserView);
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  async create(@Body() dto: CreateUserDto): Promise<UserView> {
    await this.unitMustExist(dto.unitId);
    const { password, ...fields } = dto;
    const user = this.users.create({ ...fields, email: dto.email ?? null, passwordHash: await hashPassword(password) });
    return toUserView(await this.users.save(user));
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException(`user ${id} not found`);
    if (dto.unitId) await this.unitMustExist(dto.unitId);
    const { password, ...fields } = dto;
    Object.assign(user, fields);
    if (password) user.passwordHash = await hashPassword(password);
    return toUserView(await this.users.save(user));
  }

  private async unitMustExist(unitId: string): Promise<void> {
    if (!(await this.units.existsBy({ id: unitId }))) throw invalidInput(`unitId: unit ${unitId} does not exist`);
  }
}
