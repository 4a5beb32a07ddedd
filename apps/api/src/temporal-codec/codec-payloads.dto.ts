import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsObject, IsOptional, ValidateNested } from 'class-validator';

/** A Temporal payload in proto3 JSON: metadata values and data in base64. */
export class CodecPayloadDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'byte' },
    example: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==' },
  })
  @IsObject()
  metadata: Record<string, string>;

  @ApiProperty({ required: false, format: 'byte' })
  @IsOptional()
  @IsBase64()
  data?: string;
}

/** The body of the remote codec protocol, asked and answered. */
export class CodecPayloadsDto {
  @ApiProperty({ type: [CodecPayloadDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CodecPayloadDto)
  payloads: CodecPayloadDto[];
}
