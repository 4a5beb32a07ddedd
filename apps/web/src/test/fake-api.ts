// A stand-in for the API in component tests: each route answers with a value, a function of the
// request, or a promise the test settles when it chooses (to make an answer arrive late).
// The real API is what the browser tests in apps/e2e talk to.

export type Answer = unknown | ((body: unknown, path: string) => unknown);
export interface Route {
  method: string;
  path: string | RegExp;
  answer: Answer;
  status?: number;
}
export interface Call {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

export const ok = (method: string, path: string | RegExp, answer: Answer): Route => ({ method, path, answer });
export const refuse = (method: string, path: string | RegExp, status: number, message: string): Route => ({
  method,
  path,
  status,
  answer: { statusCode: status, error: 'Error', message },
});

/** Installs a fetch that answers /api requests from `routes` (first match wins); returns the calls made. */
export function fakeApi(routes: Route[]): Call[] {
  const calls: Call[] = [];
  window.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = String(input).replace(/^\/api/, '');
    // A multipart body (an upload) is kept as sent.
    const body =
      init?.body instanceof FormData ? init.body : init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    calls.push({ method, path, body, headers: (init?.headers ?? {}) as Record<string, string> });
    const route = routes.find(
      (r) => r.method === method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    const status = route ? (route.status ?? 200) : 404;
    const answer = route
      ? await (typeof route.answer === 'function'
          ? (route.answer as (b: unknown, p: string) => unknown)(body, path)
          : route.answer)
      : { statusCode: 404, error: 'Not Found', message: `no fake route for ${method} ${path}` };
    return {
      ok: status < 400,
      status,
      statusText: String(status),
      text: async () => (answer === undefined ? '' : JSON.stringify(answer)),
    } as Response;
  });
  return calls;
}

/** A promise and the means to settle it later. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
