import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

/** A password being set: the policy (password-policy.ts) is checked where the username is known. */
export const NewPassword = () =>
  applyDecorators(
    ApiProperty({
      format: 'password',
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
      description: 'at least 12 characters, not containing the username, not a common password',
    }),
    IsString(),
  );

export class LoginDto {
  @ApiProperty({ example: 'office' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  // Bounded, so a megabyte of password costs no more hashing than a short one.
  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'the refresh token; a browser may send the duban_refresh cookie instead' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

export class TokenPairView {
  @ApiProperty({ description: 'send as Authorization: Bearer <accessToken>' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'seconds the access token lives' })
  expiresIn: number;

  @ApiProperty({ description: 'good for one POST /api/auth/refresh, which hands out the next one' })
  refreshToken: string;

  @ApiProperty({ description: 'when the session ends however often it is refreshed' })
  sessionExpiresAt: Date;
}
