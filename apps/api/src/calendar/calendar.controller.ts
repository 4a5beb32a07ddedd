import { BadRequestException, Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { calendarEntryFromIcs } from './calendar-import';
import { CalendarService } from './calendar.service';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';

export class PutCalendarYearDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['2027-02-06', '2027-02-07'],
    description: 'days off (法定节假日); with adjustedWorkdays, instead of ics',
  })
  @ValidateIf((o: PutCalendarYearDto) => o.ics === undefined)
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true })
  holidays?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['2027-02-20'],
    description: 'weekend days worked in lieu (调休上班)',
  })
  @ValidateIf((o: PutCalendarYearDto) => o.ics === undefined)
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true })
  adjustedWorkdays?: string[];

  @ApiPropertyOptional({
    description:
      'the contents of an iCalendar (.ics) file instead: all-day events are days off, those whose summary has 班 are worked',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  ics?: string;
}

export class CalendarYearView {
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty({ type: [String] }) holidays: string[];
  @ApiProperty({ type: [String] }) adjustedWorkdays: string[];
  @ApiProperty({
    enum: ['package', 'office', 'fallback'],
    description: 'fallback: no data, Monday–Friday, and deadlines computed from it are flagged',
  })
  source: string;
  @ApiProperty({ description: 'the calendar revision; items pin the revision they were published under' })
  revision: number;
}

const yearPipe = new ParseIntPipe({ exceptionFactory: () => new BadRequestException('year must be a whole number') });

function checkYear(year: number): void {
  if (year < 2000 || year > 2100) throw new BadRequestException('year must be from 2000 to 2100');
}

/** The business calendar, a year at a time: holidays and adjusted workdays (调休). */
@ApiTags('calendar')
@ApiBearerAuth()
@ApiErrors(401, 400)
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @ApiErrors(404)
  @Get(':year')
  @SignedIn()
  @ApiOkResponse({ type: CalendarYearView })
  async get(@Param('year', yearPipe) year: number): Promise<CalendarYearView> {
    checkYear(year);
    return this.calendar.year(year);
  }

  @ApiErrors(403, 404)
  @Put(':year')
  @Idempotent()
  @Roles('admin')
  @ApiOkResponse({ type: CalendarYearView })
  async put(
    @Param('year', yearPipe) year: number,
    @Body() dto: PutCalendarYearDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CalendarYearView> {
    checkYear(year);
    let entry = { holidays: dto.holidays ?? [], adjustedWorkdays: dto.adjustedWorkdays ?? [] };
    if (dto.ics !== undefined) {
      try {
        entry = calendarEntryFromIcs(dto.ics, year);
      } catch (error) {
        throw new BadRequestException((error as Error).message);
      }
      if (!entry.holidays.length && !entry.adjustedWorkdays.length)
        throw new BadRequestException(`ics holds no day of ${year}`);
    }
    return this.calendar.put(year, entry, user.userId);
  }
}
