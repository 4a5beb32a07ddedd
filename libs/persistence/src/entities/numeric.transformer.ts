import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; targets like 100 (亿元) fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
