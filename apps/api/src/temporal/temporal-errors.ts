import { ServiceUnavailableException } from '@nestjs/common';
import { isGrpcServiceError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/** How long the API waits for Temporal: a command's answer, or a start, a query, a description. */
// Temporal away answers within about two seconds (the client's quick retries); these bound the wait
// for a server that answers but is slow, e.g. a loaded worker.
export const TEMPORAL_DEADLINES = { command: 30_000, call: 10_000 } as const;

const UNAVAILABLE = 14;
const DEADLINE_EXCEEDED = 4;

const grpcCode = (error: unknown): number | null => {
  const cause = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(cause) ? cause.code : null;
};

/** Temporal could not be reached at all: nothing was sent, so nothing changed. */
export const temporalUnreachable = (error: unknown): boolean => grpcCode(error) === UNAVAILABLE;

/**
 * A Temporal outage as the client's answer: 503 with what happened to the command, or null for
 * any other error.
 */
export function temporalOutage(error: unknown): ServiceUnavailableException | null {
  if (temporalUnreachable(error)) {
    return new ServiceUnavailableException(
      'the workflow service (Temporal) is not reachable: nothing was changed; try again shortly',
    );
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || grpcCode(error) === DEADLINE_EXCEEDED) {
    return new ServiceUnavailableException(
      "the item's workflow did not answer in time: the command may still take effect; send it again with the same Idempotency-Key to learn its outcome",
    );
  }
  return null;
}
