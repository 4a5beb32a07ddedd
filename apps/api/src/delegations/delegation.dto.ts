import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';
import { OptionalText } from '../common/text-fields';
import { IsPlanInstant } from '../items/dto/is-deadline-date';

export class CreateDelegationDto {
  @ApiProperty({ format: 'uuid', description: 'the colleague of the same unit who signs off meanwhile' })
  @IsUUID()
  delegateId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the unit head whose sign-off is delegated: an admin names one; a unit head's is its own",
  })
  @IsOptional()
  @IsUUID()
  delegatorId?: string;

  @ApiProperty({ format: 'date-time', example: '2024-04-01T08:00:00+08:00' })
  @IsDateString({ strict: true })
  @IsPlanInstant()
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2024-04-08T08:00:00+08:00' })
  @IsDateString({ strict: true })
  @IsPlanInstant()
  endsAt: string;

  @OptionalText(500, { example: '出差' })
  reason?: string;
}

class DelegationPersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class DelegationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ type: DelegationPersonView, description: 'the unit head whose sign-off is delegated' })
  delegator: DelegationPersonView;
  @ApiProperty({ type: DelegationPersonView, description: 'the colleague who may sign off meanwhile' })
  delegate: DelegationPersonView;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ description: 'running now: started, not ended and not revoked' }) active: boolean;
}

/** Someone a delegation may name: a unit head's colleague, or for an admin any active user. */
export class DelegationColleagueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: 'a unit head, who may delegate (an admin names one)' }) unitHead: boolean;
}
