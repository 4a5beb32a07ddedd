import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { accessTable } from './access-table';
import { accessCell, CALLERS, withRolesTable } from './access-doc';

describe('the roles table of docs/security.md', () => {
  it('is the one the routes declare (npm run security-roles writes it)', () => {
    const root = resolve(__dirname, '../../../..');
    const path = resolve(root, 'docs/security.md');
    const document = readFileSync(path, 'utf8');
    // Formatted as the script writes it; prettier runs as a process (it is ESM, Jest here is not).
    const fresh = execFileSync(resolve(root, 'node_modules/.bin/prettier'), ['--stdin-filepath', path], {
      input: withRolesTable(document, accessTable()) ?? '',
      encoding: 'utf8',
    });
    expect(fresh).toBe(document);
  }, 30_000);

  it('says what each caller gets from each kind of declaration', () => {
    const [office, handler, , , , admin, anonymous] = CALLERS;
    expect(accessCell({ kind: 'roles', roles: ['admin'] }, office)).toBe('403');
    expect(accessCell({ kind: 'roles', roles: ['admin'] }, admin)).toBe('yes');
    expect(accessCell({ kind: 'roles', roles: ['admin'] }, anonymous)).toBe('401');
    expect(accessCell({ kind: 'public' }, anonymous)).toBe('yes');
    expect(accessCell({ kind: 'item', mode: 'read' }, office)).toBe('every item');
    expect(accessCell({ kind: 'item', mode: 'command' }, handler)).toBe("own unit's items, item rules");
    expect(accessCell(null, office)).toBe('**undeclared**');
  });
});
