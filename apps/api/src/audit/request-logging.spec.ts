import { Logger, type ArgumentsHost } from '@nestjs/common';
import { ApiErrorFilter } from '../common/api-error.filter';
import { loggedPath, requestIdFrom } from './request-logging';

describe('the request id', () => {
  it("keeps a caller's well-formed X-Request-Id and replaces anything else", () => {
    expect(requestIdFrom('3f2a9c1e-lb-01')).toBe('3f2a9c1e-lb-01');
    expect(requestIdFrom(['trace:abc.DEF_123', 'x'])).toBe('trace:abc.DEF_123');
    for (const bad of [
      undefined,
      '',
      'short',
      'has space in it',
      'x'.repeat(129),
      'new\nline-injected',
      '<script>1234',
    ]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('is in the error log line of a failed request', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const response = { status: () => response, json: () => response };
    const host = {
      switchToHttp: () => ({ getRequest: () => ({ id: 'req-500-0001' }), getResponse: () => response }),
    } as unknown as ArgumentsHost;
    new ApiErrorFilter().catch(new Error('database gone'), host);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^request req-500-0001: Error: database gone/));
    error.mockRestore();
  });
});

describe('the logged path', () => {
  it('keeps the query but not the values of secret-looking parameters', () => {
    expect(loggedPath('/api/audit/export?from=2024-01-01&to=2024-01-31')).toBe(
      '/api/audit/export?from=2024-01-01&to=2024-01-31',
    );
    expect(loggedPath('/api/x?access_token=abc&password=p&page=2&apiKey=k')).toBe(
      '/api/x?access_token=[redacted]&password=[redacted]&page=2&apiKey=[redacted]',
    );
  });
});
