import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from './stack';

// The console's production build served by Vite, and Debian's Chromium: what the browser tests share.
const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');

/** Builds the console and serves the build (`vite preview`), its /api proxied to the stack's API. */
export async function serveConsole(apiUrl: string): Promise<{ url: string; stop: () => void }> {
  const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const port = await freePort();
  const preview: ChildProcess = spawn(
    process.execPath,
    [vite, 'preview', '--config', config, '--port', String(port), '--strictPort'],
    { cwd: root, env: { ...process.env, API_URL: apiUrl }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url);
  return { url, stop: () => void preview.kill() };
}

/** Debian's Chromium, never a downloaded one; without the background-networking flags the closed network here refuses it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}
