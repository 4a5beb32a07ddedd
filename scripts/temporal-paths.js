// Prints the paths of the pinned Temporal binaries; exits non-zero when one is missing.
const { existsSync } = require('node:fs');
const { resolve } = require('node:path');
const bin = resolve(__dirname, '../.tools/venv/bin');
for (const name of ['temporal', 'temporal-test-server']) {
  const path = resolve(bin, name);
  if (!existsSync(path)) {
    console.error(`missing ${path}`);
    process.exit(1);
  }
  console.log(path);
}
