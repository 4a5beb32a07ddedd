import { WorkflowNotFoundError } from '@temporalio/common';

/**
 * The real server aborts an Update that arrives while a run continues as new with a retryable
 * error, and the SDK sends it again to the next run (temporalio/temporal#6485). The time-skipping
 * test server drops it instead ("update … not found"): tests send it again themselves.
 */
export async function retryDroppedUpdate<T>(update: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await update();
    } catch (error) {
      const dropped = error instanceof WorkflowNotFoundError && /^update .* not found/i.test(error.message);
      if (!dropped || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
