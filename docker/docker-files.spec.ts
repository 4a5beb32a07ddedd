import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here, so the files are checked statically: what they copy exists,
// what they run exists, and every service gets the settings the config requires.
const root = resolve(__dirname, '..');
const dockerfile = readFileSync(resolve(__dirname, 'Dockerfile'), 'utf8');
const compose = parse(readFileSync(resolve(__dirname, 'compose.yaml'), 'utf8'));

describe('docker files', () => {
  it('copy only paths that exist', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(/\s+/));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(existsSync(resolve(root, source))).toBe(true);
  });

  it('run entry points that exist', () => {
    const commands = [compose.services.worker.command, JSON.parse(dockerfile.match(/^CMD (.+)$/m)![1])];
    for (const command of commands) expect(existsSync(resolve(root, command.at(-1)))).toBe(true);
  });

  it('give the API and worker every required setting', () => {
    for (const name of ['api', 'worker']) {
      const service = compose.services[name];
      expect(existsSync(resolve(__dirname, service.build.context, service.build.dockerfile))).toBe(true);
      expect(Object.keys(service.environment)).toEqual(
        expect.arrayContaining(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'JWT_SECRET', 'PAYLOAD_KEYS']),
      );
      // Required in production: compose refuses to start without them rather than generating one.
      expect(service.environment.PAYLOAD_KEYS).toMatch(/^\$\{PAYLOAD_KEYS:\?/);
    }
  });

  it('keep Postgres, Temporal and its Web UI on the internal network, unpublished; only the API is published', () => {
    const { services, networks } = compose;
    expect(networks.internal.internal).toBe(true);
    for (const name of ['postgres', 'temporal', 'temporal-ui']) {
      expect({ name, ports: services[name].ports, expose: services[name].expose }).toEqual({ name });
      expect({ name, networks: services[name].networks }).toEqual({ name, networks: ['internal'] });
    }
    const published = Object.keys(services).filter((name) => services[name].ports);
    expect(published).toEqual(['api']);
    // The UI decodes payloads through the API's codec endpoint.
    expect(services['temporal-ui'].environment.TEMPORAL_CODEC_ENDPOINT).toMatch(/\/api\/temporal-codec\}?$/);
  });
});
