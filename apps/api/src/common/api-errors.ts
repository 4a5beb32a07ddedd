import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

/** Every error answer: { statusCode, error, message }. */
export class ApiErrorView {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'Conflict' }) error: string;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'what is wrong, naming the field; several messages for several fields',
  })
  message: string | string[];
}

const MEANING: Record<number, string> = {
  400: 'a field is missing or malformed (the message names it)',
  401: 'no token, or a bad or expired one',
  403: 'the caller may not do this',
  404: 'unknown, or not visible to the caller',
  409: "it does not fit the item's state now, or a concurrent change got there first",
  413: 'too large',
  415: 'a file of a type that is not accepted',
  422: 'well-formed, but refused by a rule (a day off, a date that has passed, ...)',
  429: 'too many attempts: wait as Retry-After says',
  503: 'a service the answer needs (Temporal, the database) is away: nothing was changed',
};

/** The error answers a route gives, each documented with its meaning and shape. */
export const ApiErrors = (...statuses: (keyof typeof MEANING)[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: MEANING[status], type: ApiErrorView })),
  );
