import { ApiClient, startStack, type Stack } from './stack';

const DAY = 24 * 3600_000;
const isoDate = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);

// With Temporal away, the API answers promptly and says so; nothing is left half-done.
describe('the API while Temporal is down (real Postgres; the dev server stopped mid-test)', () => {
  let stack: Stack;
  let office: ApiClient, handler: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    [office, handler] = await Promise.all(['office', 'jfj-handler'].map((u) => ApiClient.login(stack.baseUrl, u)));
  });

  afterAll(() => stack?.stop());

  const draft = async (title: string) => {
    const response = await office.post('/api/items', {
      title,
      category: '重点工作',
      leadUnitId: stack.directory.units.jfj,
      deadline: isoDate(60),
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  /** The answer and how long it took. */
  const timed = async (request: Promise<{ status: number; body: any }>) => {
    const started = Date.now();
    const response = await request;
    return { ...response, seconds: (Date.now() - started) / 1000 };
  };

  it('answers commands and publishes with a prompt 503, leaves the draft editable, and reads on', async () => {
    const published = await draft('停机前已交办的事项');
    expect((await office.post(`/api/items/${published}/publish`)).status).toBe(200);
    const waiting = await draft('停机时发布的事项');
    await stack.stopTemporal();

    const command = await timed(handler.post(`/api/items/${published}/acknowledge`));
    expect(command).toMatchObject({ status: 503, body: { message: expect.stringMatching(/Temporal/) } });
    expect(command.seconds).toBeLessThan(8);

    const publish = await timed(office.post(`/api/items/${waiting}/publish`));
    expect(publish).toMatchObject({ status: 503, body: { message: expect.stringMatching(/nothing was changed/) } });
    expect(publish.seconds).toBeLessThan(8);
    // The failed publish let go of the draft: the office can still edit it.
    expect((await office.patch(`/api/items/${waiting}`, { title: '停机时发布的事项（已修改）' })).status).toBe(200);

    // Reading needs only Postgres; the health check names what is down.
    expect((await office.get(`/api/items/${published}`)).body).toMatchObject({ status: 'assigned' });
    const health = await timed(new ApiClient(stack.baseUrl).get('/api/health'));
    expect(health).toMatchObject({ status: 503, body: { database: 'up', temporal: 'down' } });
  });
});
