import { Initial1795736170868 } from './1795736170868-Initial';

// Every migration in order. A landed migration is never edited: add a new one.
export const MIGRATIONS = [Initial1795736170868];
