import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { loadConfig, temporalConnectionSettings } from '@duban/config';

// No Temporal server here speaks TLS, so a TLS server that demands a client certificate stands in for
// the frontend: it records who completed the handshake. What the SDK sends after that does not matter.
describe('mTLS to Temporal: the API and the worker present their client certificate', () => {
  let dir: string;
  const servers: Server[] = [];
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-mtls-'));
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    openssl('req', '-x509', ...ec, '-days', '1', '-subj', '/CN=duban-test-ca', '-keyout', 'ca.key', '-out', 'ca.crt');
    const issue = (name: string, extensions: string) => {
      writeFileSync(file(`${name}.ext`), extensions);
      openssl('req', ...ec, '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
      openssl(
        ...['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial'],
        ...['-days', '1', '-extfile', `${name}.ext`, '-out', `${name}.crt`],
      );
    };
    issue('temporal.internal', 'subjectAltName=DNS:temporal.internal\nextendedKeyUsage=serverAuth\n');
    issue('duban-worker', 'extendedKeyUsage=clientAuth\n');
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in frontend on a port of its own: who completed the handshake, and how many were refused. */
  async function standIn() {
    const seen = { clients: new Set<string>(), refused: 0, port: 0 };
    const server = createServer(
      {
        key: readFileSync(file('temporal.internal.key')),
        cert: readFileSync(file('temporal.internal.crt')),
        ca: readFileSync(file('ca.crt')),
        requestCert: true,
        rejectUnauthorized: true,
        ALPNProtocols: ['h2'],
      },
      (socket: TLSSocket) => {
        seen.clients.add(socket.getPeerCertificate().subject.CN);
        socket.destroy();
      },
    );
    server.on('tlsClientError', () => seen.refused++);
    servers.push(server);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    seen.port = (server.address() as AddressInfo).port;
    return seen;
  }

  const settings = (port: number, withClientCertificate: boolean) =>
    temporalConnectionSettings(
      loadConfig({
        DATABASE_URL: 'postgres://unused',
        TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
        TEMPORAL_TLS_CA: file('ca.crt'),
        TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
        ...(withClientCertificate
          ? { TEMPORAL_TLS_CERT: file('duban-worker.crt'), TEMPORAL_TLS_KEY: file('duban-worker.key') }
          : {}),
      }),
    );
  const attempt = (connect: () => Promise<{ close(): Promise<void> }>) =>
    connect().then(
      (connection) => connection.close(),
      () => undefined, // the stand-in hangs up after the handshake
    );

  it('the API client (Connection) and the worker (NativeConnection) complete the handshake with their certificate', async () => {
    const api = await standIn();
    await attempt(() => Connection.connect({ ...settings(api.port, true), connectTimeout: '3s' }));
    expect([...api.clients]).toEqual(['duban-worker']);
    const worker = await standIn();
    await attempt(() => NativeConnection.connect(settings(worker.port, true)));
    expect([...worker.clients]).toEqual(['duban-worker']);
  });

  it('without the client certificate, the server refuses the handshake', async () => {
    const frontend = await standIn();
    await attempt(() => Connection.connect({ ...settings(frontend.port, false), connectTimeout: '3s' }));
    expect(frontend.clients.size).toBe(0);
    expect(frontend.refused).toBeGreaterThan(0);
  });
});
