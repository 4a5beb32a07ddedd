import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { ItemActivities, ItemWorkflowInput } from '@duban/contracts';
import {
  isItemCommandRequest,
  isItemWorkflowInput,
  itemCommandUpdate,
  itemStateQuery,
  SEARCH_ATTRIBUTES,
  UNAUTHENTICATED_INPUT,
  UNAUTHENTICATED_REQUEST,
} from '@duban/contracts';
import {
  decide,
  DomainError,
  ladderStep,
  nextWakeAt,
  TERMINAL_STATUSES,
  type FiringNotice,
  type ItemState,
  type Outcome,
} from '@duban/domain';

const { projectItem } = proxyActivities<ItemActivities>({
  startToCloseTimeout: '30 seconds',
  // The projection must land: retry until it does, backing off to a minute between tries.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const { deliverNotice } = proxyActivities<ItemActivities>({
  startToCloseTimeout: '2 minutes',
  // A channel that is down is tried again with backoff for about an hour; the inbox always has the message.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 12 },
});

const DEFAULT_MAX_HISTORY_EVENTS = 5_000;
const DEFAULT_RATING_WINDOW_MS = 90 * 24 * 3600_000;

/**
 * The durable life of one supervision item: it owns the item's state, accepts the users'
 * commands as validated Updates, and runs its escalation ladder (warnings, reminders, escalations,
 * overdue risk) from durable timers planned by the pure ladder in the domain.
 */
export async function supervisionItemWorkflow(input: ItemWorkflowInput): Promise<ItemState> {
  // Started without the API (its input failed the payload codec): end at once, so the run holds
  // nothing and the item's real publish starts a fresh run.
  if (!isItemWorkflowInput(input) && patched('refuse-unauthenticated-input')) {
    throw ApplicationFailure.create({
      type: UNAUTHENTICATED_INPUT,
      message: 'the workflow was not started by the Duban API',
      nonRetryable: true,
    });
  }
  let state = input.state;
  const now = () => new Date(Date.now()); // workflow time: deterministic on replay

  // Deliveries run beside the ladder, so a channel that is down never holds up the next firing.
  const deliveries = new Set<Promise<void>>();
  const deliver = (messageKey: string) => {
    const delivery: Promise<void> = deliverNotice({ messageKey })
      .catch(() => undefined) // the activity has recorded the failed channel; the inbox has the message
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
  };

  const apply = async (outcome: Outcome, notice?: FiringNotice) => {
    state = outcome.state;
    if (input.upsertSearchAttributes !== false) upsertItemSearchAttributes(state);
    await projectItem({ state: outcome.state, event: outcome.event, notice });
    if (notice) deliver(notice.messageKey);
  };

  // Fires every rule that is due, then re-judges risk and colour; both are idempotent on state.
  const runLadder = async () => {
    for (let step = ladderStep(state, now()); step; step = ladderStep(state, now())) {
      const { notice, ...outcome } = step;
      await apply(outcome, notice);
    }
  };

  setHandler(itemStateQuery, () => state);
  setHandler(
    itemCommandUpdate,
    async ({ actor, command }) => {
      // The validator admitted it; a replay of an older history is not re-judged by rules written since.
      const outcome = decide(state, command, actor, now(), { admitted: true });
      await apply(outcome);
      return { status: outcome.state.status, version: outcome.state.version };
    },
    {
      // A refused command throws here, so it leaves no trace in the history or the database.
      // Not behind patched(): validators do not run on replay, and a refusal records nothing.
      validator: (request) => {
        // Only the API's requests: a payload the codec could not authenticate is no request, and a
        // request copied from the history and resent under another update id is refused too.
        if (!isItemCommandRequest(request) || (request.updateId && request.updateId !== currentUpdateInfo()?.id)) {
          throw ApplicationFailure.create({
            type: UNAUTHENTICATED_REQUEST,
            message: 'the command was not sent through the Duban API',
            nonRetryable: true,
          });
        }
        const { actor, command } = request;
        try {
          decide(state, command, actor, now());
        } catch (error) {
          if (error instanceof DomainError) {
            throw ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
          }
          throw error;
        }
      },
    },
  );

  const maxHistoryEvents = input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;
  const historyTooLong = () =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= maxHistoryEvents;

  // The escalation chain: one durable timer to the next instant the ladder needs, no polling.
  while (!TERMINAL_STATUSES.includes(state.status)) {
    if (historyTooLong()) return await continueAfterHandlers(input, state, deliveries);
    await runLadder();
    const seen = state.version;
    const woken = () => state.version !== seen || historyTooLong();
    const wakeAt = nextWakeAt(state, now());
    if (wakeAt === null) await condition(woken);
    else await condition(woken, Math.max(1, wakeAt - Date.now()));
  }

  // A closed item waits a while for the office's rating (成效评价); a cancelled one ends now.
  if (state.status === 'closed' && !state.rating) {
    const ratingBy = new Date(state.closedAt!).getTime() + (input.ratingWindowMs ?? DEFAULT_RATING_WINDOW_MS);
    while (!state.rating && Date.now() < ratingBy) {
      if (historyTooLong()) return await continueAfterHandlers(input, state, deliveries);
      await condition(() => state.rating !== null || historyTooLong(), ratingBy - Date.now());
    }
  }
  await condition(allHandlersFinished);
  await Promise.all(deliveries);
  return state;
}

async function continueAfterHandlers(
  input: ItemWorkflowInput,
  state: ItemState,
  deliveries: Set<Promise<void>>,
): Promise<never> {
  await condition(allHandlersFinished);
  await Promise.all(deliveries);
  return continueAsNew<typeof supervisionItemWorkflow>({ ...input, state });
}

function upsertItemSearchAttributes(state: ItemState): void {
  upsertSearchAttributes([
    { key: SEARCH_ATTRIBUTES.leadUnit, value: state.leadUnitId },
    { key: SEARCH_ATTRIBUTES.status, value: state.status },
    { key: SEARCH_ATTRIBUTES.colour, value: state.colour },
    { key: SEARCH_ATTRIBUTES.escalationLevel, value: state.escalationLevel },
    { key: SEARCH_ATTRIBUTES.deadline, value: new Date(state.dueAt) },
  ]);
}
