import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@duban/domain';

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export function IsDeadlineDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDeadlineDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}
