/** Why a command was refused; the API maps each code to one HTTP status. */
export enum DomainErrorCode {
  Forbidden = 'FORBIDDEN', // 403: this caller may not give this command
  InvalidState = 'INVALID_STATE', // 409: the command does not fit the item's state
  RuleViolation = 'RULE_VIOLATION', // 422: well-formed but against a rule
  InvalidInput = 'INVALID_INPUT', // 400: a field is missing or malformed
  NotFound = 'NOT_FOUND', // 404: unknown, or not visible to this caller
  Unavailable = 'UNAVAILABLE', // 503: a service the answer needs is away; nothing was changed
}

export const DOMAIN_ERROR_CODES: readonly string[] = Object.values(DomainErrorCode);

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const forbidden = (message: string) => new DomainError(DomainErrorCode.Forbidden, message);
export const invalidState = (message: string) => new DomainError(DomainErrorCode.InvalidState, message);
export const ruleViolation = (message: string) => new DomainError(DomainErrorCode.RuleViolation, message);
export const invalidInput = (message: string) => new DomainError(DomainErrorCode.InvalidInput, message);
export const notFound = (message: string) => new DomainError(DomainErrorCode.NotFound, message);
export const unavailable = (message: string) => new DomainError(DomainErrorCode.Unavailable, message);
