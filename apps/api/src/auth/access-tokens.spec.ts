import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync } from 'node:crypto';
import { AccessTokens, type AccessTokenSettings } from './access-tokens';

const settings: AccessTokenSettings = { secret: 's'.repeat(48), issuer: 'duban', audience: 'duban-api', minutes: 15 };
const claims = { userId: '6f1c8a2e-1d1b-4c55-9a7e-0d6b1f3f4a10', sessionId: '2b9f1e7c-3a51-4f0e-8d2c-5b7a9e1c0d42' };
const body = { sid: claims.sessionId };
const standard = { subject: claims.userId, issuer: 'duban', audience: 'duban-api', expiresIn: 60 } as const;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

describe('access tokens', () => {
  const tokens = new AccessTokens(settings);
  const other = new JwtService();

  it('signs HS256 with issuer, audience, subject, session and a 15-minute expiry, and verifies its own', async () => {
    const token = await tokens.sign(claims);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({ sub: claims.userId, sid: claims.sessionId, iss: 'duban', aud: 'duban-api' });
    expect(payload.exp - payload.iat).toBe(15 * 60);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
  });

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forged: [string, () => string][] = [
    [
      'alg none',
      () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...body, sub: claims.userId, iss: 'duban', aud: 'duban-api', exp: now() + 60 })}.`,
    ],
    [
      'HS512 with the right secret',
      () => other.sign(body, { ...standard, secret: settings.secret, algorithm: 'HS512' }),
    ],
    ['RS256', () => other.sign(body, { ...standard, privateKey, algorithm: 'RS256' })],
    ['another secret', () => other.sign(body, { ...standard, secret: 'x'.repeat(48), algorithm: 'HS256' })],
    ['a wrong audience', () => other.sign(body, { ...standard, audience: 'other', secret: settings.secret })],
    ['a wrong issuer', () => other.sign(body, { ...standard, issuer: 'other', secret: settings.secret })],
    [
      'no exp',
      () =>
        other.sign(body, { subject: claims.userId, issuer: 'duban', audience: 'duban-api', secret: settings.secret }),
    ],
    [
      'an expiry passed',
      () =>
        other.sign(
          { ...body, exp: now() - 5 },
          { subject: claims.userId, issuer: 'duban', audience: 'duban-api', secret: settings.secret },
        ),
    ],
    ['no session id', () => other.sign({}, { ...standard, secret: settings.secret })],
    ['garbage', () => 'not.a.token'],
  ];

  it.each(forged)('refuses a token with %s', async (_, make) => {
    await expect(tokens.verify(make())).resolves.toBeNull();
  });
});
