import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource, In } from 'typeorm';
import {
  calendarYearsFor,
  nextFiring,
  RUNNING_STATUSES,
  settle,
  shanghaiDate,
  TERMINAL_STATUSES,
  type Actor,
  type ItemCalendar,
  type ItemState,
} from '@duban/domain';
import { itemStateQuery } from '@duban/contracts';
import { ItemEntity } from '@duban/persistence';
import { SendCommandService } from '../item-commands/send-command.service';
import { CalendarService } from '../calendar/calendar.service';
import { PolicyVersionsService } from './policy-versions.service';

/** What moving one open item to another policy and calendar would change. */
export interface MigrationChange {
  itemId: string;
  title: string;
  from: {
    policyVersion: number;
    calendarRevision: number;
    colour: string;
    escalationLevel: number;
    dueAt: string;
    nextFiringAt: string | null;
  };
  to: {
    policyVersion: number;
    calendarRevision: number;
    colour: string;
    escalationLevel: number;
    dueAt: string;
    nextFiringAt: string | null;
  };
  /** Rules that would fire at once on moving (already due under the new policy). */
  firesAtOnce: string[];
  changesColour: boolean;
  changesLevel: boolean;
  changesDeadline: boolean;
  /** previewed (dry run), migrated, or failed with the reason; one item failing stops no other. */
  outcome: 'previewed' | 'migrated' | 'failed';
  error?: string;
}

const at = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The office's explicit move of open items to another policy version and the current calendar. */
@Injectable()
export class PolicyMigrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: Client,
    private readonly policies: PolicyVersionsService,
    private readonly calendar: CalendarService,
    private readonly commands: SendCommandService,
  ) {}

  /**
   * Moves the open items to a policy version and the current calendar. With dryRun it only says
   * what would change; otherwise each item's workflow takes the new pins and re-plans its timers.
   */
  async migrate(version: number, dryRun: boolean, actor: Actor): Promise<MigrationChange[]> {
    const policy = await this.policies.version(version);
    const calendars = await this.calendar.current();
    const open = await this.db.getRepository(ItemEntity).find({
      where: { status: In([...RUNNING_STATUSES, 'suspended']) },
      order: { deadline: 'ASC' },
    });
    const now = new Date();
    const pinsOf = (s: ItemState) => ({
      policyVersion: s.policy.version,
      calendarRevision: s.calendar.revision,
      colour: s.colour,
      escalationLevel: s.escalationLevel,
      dueAt: s.dueAt,
      nextFiringAt: at(nextFiring(s, now)?.at ?? null),
    });
    const changes: MigrationChange[] = [];
    for (const item of open) {
      const state = await this.temporal.workflow.getHandle(item.workflowId!).query(itemStateQuery);
      if (TERMINAL_STATUSES.includes(state.status)) continue;
      const calendar: ItemCalendar = {
        revision: calendars.revision,
        years: calendarYearsFor(state.deadline, calendars.years, shanghaiDate(now)),
      };
      const moved: ItemState = { ...state, policy, calendar };
      const after = settle(moved, now);
      const change: MigrationChange = {
        itemId: item.id,
        title: item.title,
        from: pinsOf(state),
        to: pinsOf(after.state),
        firesAtOnce: after.fired,
        changesColour: after.state.colour !== state.colour,
        changesLevel: after.state.escalationLevel !== state.escalationLevel,
        changesDeadline: after.state.dueAt !== state.dueAt,
        outcome: 'previewed',
      };
      if (!dryRun) {
        try {
          await this.commands.send(item.id, actor, { type: 'migrate_policy', policy, calendar });
          change.outcome = 'migrated';
        } catch (error) {
          Object.assign(change, { outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      }
      changes.push(change);
    }
    return changes;
  }
}
