import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from '@duban/workflow-bundle';

describe('the workflow bundle', () => {
  it('builds from workflows/ with only the domain and contracts libraries inside', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, logger: quiet });
    expect(code).toContain('supervisionItemWorkflow');
    expect(code).toContain('libs/domain/src');
    for (const banned of ['@nestjs', 'typeorm', 'class-validator', 'node_modules/pg/'])
      expect(code).not.toContain(banned);
  });
});

const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
