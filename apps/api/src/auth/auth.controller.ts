import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOkResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNotEmpty, IsString } from 'class-validator';
import { Repository } from 'typeorm';
import { UserEntity } from '@duban/persistence';
import { Public } from './auth.decorators';
import { verifyPassword } from './password';

export class LoginDto {
  @ApiProperty({ example: 'office' })
  @IsString()
  @IsNotEmpty()
  username: string;

  @ApiProperty({ example: 'Duban@2024' })
  @IsString()
  @IsNotEmpty()
  password: string;
}

export class AccessTokenView {
  @ApiProperty()
  accessToken: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenView })
  @ApiUnauthorizedResponse({ description: 'unknown user or wrong password' })
  async login(@Body() { username, password }: LoginDto): Promise<AccessTokenView> {
    const user = await this.users.findOneBy({ username, active: true });
    // The same answer for an unknown user and a wrong password: nothing to learn from it.
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new UnauthorizedException('unknown user or wrong password');
    }
    return { accessToken: await this.jwt.signAsync({ sub: user.id }) };
  }
}
