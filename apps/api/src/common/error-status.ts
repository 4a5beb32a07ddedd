import { HttpStatus } from '@nestjs/common';
import { DomainErrorCode } from '@duban/domain';

/** The one place a refusal's code becomes an HTTP status. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, HttpStatus> = {
  [DomainErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [DomainErrorCode.InvalidState]: HttpStatus.CONFLICT,
  [DomainErrorCode.RuleViolation]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.InvalidInput]: HttpStatus.BAD_REQUEST,
  [DomainErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [DomainErrorCode.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};
