import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isPlanDate, isPlanInstant, PLAN_DATE_RULE, PLAN_YEARS } from '@duban/domain';

/** A real calendar date written YYYY-MM-DD within the plan years (2024-02-30 and 9999-12-31 are refused). */
export function IsDeadlineDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDeadlineDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be ${PLAN_DATE_RULE}`, ...options },
      validator: { validate: isPlanDate },
    });
}

/** An instant with its offset, within the plan years. */
export function IsPlanInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlanInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a time within ${PLAN_YEARS.first}–${PLAN_YEARS.last}, e.g. 2024-03-31T17:30:00+08:00`,
        ...options,
      },
      validator: { validate: isPlanInstant },
    });
}
