import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { ItemActivities, ItemWorkflowInput } from '@duban/contracts';
import { itemCommandUpdate, itemStateQuery, SEARCH_ATTRIBUTES } from '@duban/contracts';
import { deadlineTimerRuns, decide, DomainError, markOverdue, TERMINAL_STATUSES, type ItemState, type Outcome } from '@duban/domain';

const { projectItem } = proxyActivities<ItemActivities>({
  startToCloseTimeout: '30 seconds',
  // The projection must land: retry until it does, backing off to a minute between tries.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const DEFAULT_MAX_HISTORY_EVENTS = 5_000;
const DEFAULT_RATING_WINDOW_MS = 90 * 24 * 3600_000;

/**
 * The durable life of one supervision item: it owns the item's state, accepts the users'
 * commands as validated Updates, and watches the deadline with a durable timer.
 */
export async function supervisionItemWorkflow(input: ItemWorkflowInput): Promise<ItemState> {
  let state = input.state;
  const now = () => new Date(Date.now()); // workflow time: deterministic on replay

  const apply = async (outcome: Outcome) => {
    state = outcome.state;
    if (input.upsertSearchAttributes !== false) upsertItemSearchAttributes(state);
    await projectItem({ state: outcome.state, event: outcome.event });
  };

  setHandler(itemStateQuery, () => state);
  setHandler(
    itemCommandUpdate,
    async ({ actor, command }) => {
      const outcome = decide(state, command, actor, now());
      await apply(outcome);
      return { status: outcome.state.status, version: outcome.state.version };
    },
    {
      // A refused command throws here, so it leaves no trace in the history or the database.
      validator: ({ actor, command }) => {
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

  while (!TERMINAL_STATUSES.includes(state.status)) {
    if (historyTooLong()) return await continueAfterHandlers(input, state);
    const seen = state.version;
    const woken = () => state.version !== seen || historyTooLong();
    const changed = deadlineTimerRuns(state) ? await condition(woken, untilDue(state)) : (await condition(woken), true);
    if (!changed) {
      const overdue = markOverdue(state, now());
      if (overdue) await apply(overdue);
    }
  }

  // A closed item waits a while for the office's rating (成效评价); a cancelled one ends now.
  if (state.status === 'closed' && !state.rating) {
    const ratingBy = new Date(state.closedAt!).getTime() + (input.ratingWindowMs ?? DEFAULT_RATING_WINDOW_MS);
    while (!state.rating && Date.now() < ratingBy) {
      if (historyTooLong()) return await continueAfterHandlers(input, state);
      await condition(() => state.rating !== null || historyTooLong(), ratingBy - Date.now());
    }
  }
  await condition(allHandlersFinished);
  return state;
}

function untilDue(state: ItemState): number {
  return Math.max(1, new Date(state.dueAt).getTime() - Date.now());
}

async function continueAfterHandlers(input: ItemWorkflowInput, state: ItemState): Promise<never> {
  await condition(allHandlersFinished);
  return continueAsNew<typeof supervisionItemWorkflow>({ ...input, state });
}

function upsertItemSearchAttributes(state: ItemState): void {
  upsertSearchAttributes([
    { key: SEARCH_ATTRIBUTES.leadUnit, value: state.leadUnitId },
    { key: SEARCH_ATTRIBUTES.status, value: state.status },
    { key: SEARCH_ATTRIBUTES.colour, value: state.colour },
    { key: SEARCH_ATTRIBUTES.deadline, value: new Date(state.dueAt) },
  ]);
}
