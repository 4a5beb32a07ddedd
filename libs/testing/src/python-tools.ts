import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const bin = resolve(__dirname, '../../../.tools/venv/bin');

/** A pinned tool that scripts/bootstrap-python-tools.sh installs from PyPI: the Temporal servers, schemathesis. */
export function pythonTool(name: 'temporal' | 'temporal-test-server' | 'schemathesis'): string {
  const path = resolve(bin, name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run scripts/bootstrap-python-tools.sh (npm test does it)`);
  }
  return path;
}
