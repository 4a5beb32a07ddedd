import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiErrors } from '../common/api-errors';
import { IdempotencyKeyHeader } from '../common/idempotency-key';

export const IDEMPOTENT = 'duban:idempotent';

/**
 * The write takes an Idempotency-Key (IdempotencyInterceptor): the same key and request answer
 * the first result again without a second write; the key with another request answers 422.
 */
export const Idempotent = () =>
  applyDecorators(SetMetadata(IDEMPOTENT, true), IdempotencyKeyHeader(), ApiErrors(409, 422));
