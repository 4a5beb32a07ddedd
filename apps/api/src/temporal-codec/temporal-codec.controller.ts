import { BadRequestException, Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Payload } from '@temporalio/common';
import { AesGcmPayloadCodec } from '@duban/payload-codec';
import { Roles } from '../auth/auth.decorators';
import { CodecPayloadsDto, type CodecPayloadDto } from './codec-payloads.dto';

/**
 * Temporal's remote codec protocol, for the Temporal Web UI and `temporal --codec-endpoint`: the
 * office and admins read decoded payloads. A payload that fails authentication comes back as
 * `{"$unauthenticated": reason}`, so a forged input shows as what it is.
 */
@ApiTags('temporal')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'no valid token' })
@ApiForbiddenResponse({ description: 'not the office or an admin' })
@Roles('office', 'admin')
@Controller('temporal-codec')
export class TemporalCodecController {
  constructor(private readonly codec: AesGcmPayloadCodec) {}

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decode payloads for the Temporal Web UI' })
  @ApiOkResponse({ type: CodecPayloadsDto })
  @ApiBadRequestResponse({ description: 'not a list of payloads in base64' })
  async decode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    const decoded = await this.codec.decode(body.payloads.map(fromJson));
    return { payloads: decoded.map(toJson) };
  }

  // Encoding would mint authenticated payloads: commands reach items only through the API.
  @Post('encode')
  @ApiOperation({ summary: 'Refused: only the API encodes payloads, so commands go through the API' })
  @ApiForbiddenResponse({ description: 'always' })
  encode(): never {
    throw new ForbiddenException('payloads are encoded only by the Duban API: send commands through the API');
  }
}

function fromJson(payload: CodecPayloadDto, index: number): Payload {
  const bytes = (value: unknown, what: string) => {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
      throw new BadRequestException(`payloads[${index}].${what} must be base64`);
    }
    return Buffer.from(value, 'base64');
  };
  return {
    metadata: Object.fromEntries(
      Object.entries(payload.metadata).map(([key, value]) => [key, bytes(value, `metadata.${key}`)]),
    ),
    data: bytes(payload.data ?? '', 'data'),
  };
}

function toJson(payload: Payload): CodecPayloadDto {
  const base64 = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString('base64');
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, base64(value)])),
    data: base64(payload.data),
  };
}
