import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { textProblem } from '@duban/domain';

/**
 * Every text a request carries must be storable: Postgres refuses a NUL byte, and no control
 * character or broken Unicode belongs in a plan. Runs before validation, on bodies, queries and
 * route parameters alike, and names the field.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const problem = findProblem(value, '');
    if (problem) throw new BadRequestException(problem);
    return value;
  }
}

function findProblem(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? `${path || 'value'} ${problem}` : null;
  }
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return `a field name ${keyProblem}`;
    const found = findProblem(
      inner,
      Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
      depth + 1,
    );
    if (found) return found;
  }
  return null;
}
