// Writes the roles table of docs/security.md from the routes' declarations (apps/api/src/auth).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { accessTable } from '../apps/api/src/auth/access-table';
import { withRolesTable } from '../apps/api/src/auth/access-doc';

const path = resolve(__dirname, '../docs/security.md');
const updated = withRolesTable(readFileSync(path, 'utf8'), accessTable());
if (updated === null) throw new Error(`${path} has no roles-table markers`);
void resolveConfig(path)
  .then((options) => format(updated, { ...options, filepath: path }))
  .then((text) => {
    writeFileSync(path, text);
    console.log(`wrote the roles table of ${path}`);
  });
