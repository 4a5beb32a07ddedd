import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { Trim } from '../common/text-fields';

const trimEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
  );

export class CreateUnitDto {
  @ApiProperty({ example: '经济发展局' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'the parent unit; none for a root',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '街道',
    description: 'the kind of unit (街道, 部门, …): a plan\'s "各街道" names every unit of the kind',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  kind?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['经发局'], description: 'other names plans use for the unit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @trimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {
  // A unit always has a name: left out it stays, but null is no name.
  @ApiPropertyOptional({ example: '经济发展局' })
  @ValidateIf((_: unknown, value: unknown) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;
}

export class UnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'e.g. 街道, 部门' }) kind: string | null;
  @ApiProperty({ type: [String] }) aliases: string[];
}
