import { registerDecorator, type ValidationOptions } from 'class-validator';
import { durationMs } from '@duban/domain';

const exactDuration = (value: unknown, allowZero: boolean) => {
  try {
    return typeof value === 'string' && (allowZero ? durationMs(value) >= 0 : durationMs(value) > 0);
  } catch {
    return false;
  }
};

/** An ISO 8601 duration of fixed length (weeks, days, hours, minutes, seconds), e.g. PT10M; positive unless allowZero. */
export function IsIsoDuration({ allowZero = false } = {}, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDuration',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be ${allowZero ? 'an' : 'a positive'} ISO 8601 duration such as PT10M or P2D (no years or months)`,
        ...options,
      },
      validator: { validate: (value: unknown) => exactDuration(value, allowZero) },
    });
}
