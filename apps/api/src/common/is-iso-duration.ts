import { registerDecorator, type ValidationOptions } from 'class-validator';
import { durationMs } from '@duban/domain';

const lengthOf = (value: unknown): number | null => {
  try {
    return typeof value === 'string' ? durationMs(value) : null;
  } catch {
    return null;
  }
};

/**
 * An ISO 8601 duration of fixed length (weeks, days, hours, minutes, seconds), e.g. PT10M;
 * positive unless allowZero, and at least `minMs` when given.
 */
export function IsIsoDuration(
  { allowZero = false, minMs }: { allowZero?: boolean; minMs?: number } = {},
  options?: ValidationOptions,
): PropertyDecorator {
  const least = minMs ? `at least ${minMs / 1000} seconds long` : allowZero ? 'not negative' : 'positive';
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDuration',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an ISO 8601 duration such as PT10M or P2D (no years or months), ${least}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          const ms = lengthOf(value);
          return ms !== null && (allowZero ? ms >= 0 : ms > 0) && ms >= (minMs ?? 0);
        },
      },
    });
}
