import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Surrounding spaces (also full-width ones) are not part of a title or reason: a blank one is empty. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A text the caller must give: trimmed, not blank, at most `max` characters. */
export const RequiredText = (max: number, doc: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ maxLength: max, ...doc } as ApiPropertyOptions),
    Trim(),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
  );

/** A text the caller may give, at most `max` characters. */
export const OptionalText = (max: number, doc: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max, ...doc } as ApiPropertyOptions),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );
