import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from '@duban/workflow-bundle';

const dir = resolve(__dirname, 'histories');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

// Recorded histories of earlier workflow code must replay on the current code without a
// nondeterminism error; a change that breaks one needs patched(). Re-record with RECORD_HISTORIES=1.
describe('replay of recorded histories', () => {
  it('has histories to replay', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('replays %s on the current workflow code', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
    await Worker.runReplayHistory({ workflowsPath, bundlerOptions: workflowBundlerOptions, replayName: file }, history);
  });
});
