import { endOfDeadlineDay } from './deadline';
import { DomainError, invalidInput, ruleViolation } from './domain-error';
import { deadlineInstant } from './escalation-ladder';
import { isPlanDate, isUuid, MAX_MILESTONE_VALUE, PLAN_DATE_RULE, TEXT_LIMITS, textProblem } from './input-rules';
import type { ItemCommand } from './item-commands';
import type { EvidenceFile, ItemState } from './item-state';
import { ROLES, type Actor } from './roles';

/**
 * Admission: whether a new command's input can be stored and still makes sense now, before
 * `decide()` judges who may give it and when. Whatever is admitted, the projection can write: no
 * control characters, texts within their limits, ids that are uuids, dates within the plan years,
 * and no deadline that has already passed. The workflow's validator applies these rules to every
 * new command; a replay of an older history does not, so rules can be added without breaking one.
 */
export function admissionRefusal(state: ItemState, command: ItemCommand, actor: Actor, now: Date): DomainError | null {
  try {
    admit(state, command, actor, now);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

function admit(state: ItemState, command: ItemCommand, actor: Actor, now: Date): void {
  requireActor(actor);
  if (typeof command !== 'object' || command === null) throw invalidInput('the command is malformed');
  switch (command.type) {
    case 'publish':
      if (command.allowPast !== undefined && typeof command.allowPast !== 'boolean') {
        throw invalidInput('allowPast must be true or false');
      }
      // A draft may hold a past deadline (a plan typed in late); publishing it needs the office's word.
      if (deadlineInstant(state) <= now.getTime() && command.allowPast !== true) {
        throw ruleViolation(
          `the deadline ${state.deadline} has already passed: to record a past item, publish it with allowPast`,
        );
      }
      return;
    case 'acknowledge':
    case 'confirm':
      return text(command.comment, 'comment', TEXT_LIMITS.note);
    case 'report_progress': {
      uuid(command.reportId, 'reportId');
      text(command.text, 'text', TEXT_LIMITS.text);
      const values: unknown = command.milestoneValues ?? [];
      if (!Array.isArray(values) || values.length > 50)
        throw invalidInput('milestoneValues must be a list of at most 50');
      values.forEach((entry: { milestoneId?: unknown; value?: unknown } | null, i) => {
        uuid(entry?.milestoneId, `milestoneValues[${i}].milestoneId`);
        const value = entry?.value;
        if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_MILESTONE_VALUE) {
          throw invalidInput(`milestoneValues[${i}].value must be a number within ±${MAX_MILESTONE_VALUE}`);
        }
      });
      return evidenceFiles(command.attachments);
    }
    case 'request_completion': {
      text(command.summary, 'summary', TEXT_LIMITS.text);
      const evidence: unknown = command.evidence ?? [];
      if (!Array.isArray(evidence) || evidence.length > 20) throw invalidInput('evidence must be a list of at most 20');
      evidence.forEach((reference, i) => {
        if (typeof reference !== 'string') throw invalidInput(`evidence[${i}] must be text`);
        text(reference, `evidence[${i}]`, TEXT_LIMITS.reference);
      });
      return evidenceFiles(command.attachments);
    }
    case 'signoff':
    case 'review':
      oneOf(command.decision, 'decision', ['approve', 'return']);
      return text(command.comment, 'comment', TEXT_LIMITS.note);
    case 'request_extension':
      uuid(command.extensionId, 'extensionId');
      text(command.reason, 'reason', TEXT_LIMITS.note);
      futureDeadline(command.requestedDeadline, 'requestedDeadline', now);
      return;
    case 'decide_extension':
      uuid(command.extensionId, 'extensionId');
      oneOf(command.decision, 'decision', ['approve', 'reject']);
      text(command.comment, 'comment', TEXT_LIMITS.note);
      // Approved late, a request can name a day that has passed meanwhile: reject it or change the deadline.
      if (command.decision === 'approve' && state.pendingExtension?.id === command.extensionId) {
        futureDeadline(state.pendingExtension.requestedDeadline, 'the requested deadline', now);
      }
      return;
    case 'request_confirmation':
      uuid(command.unitId, 'unitId');
      return text(command.note, 'note', TEXT_LIMITS.note);
    case 'reassign': {
      uuid(command.leadUnitId, 'leadUnitId');
      const cooperating: unknown = command.cooperatingUnitIds ?? [];
      if (!Array.isArray(cooperating) || cooperating.length > 50) {
        throw invalidInput('cooperatingUnitIds must be a list of at most 50');
      }
      cooperating.forEach((id, i) => uuid(id, `cooperatingUnitIds[${i}]`));
      return text(command.reason, 'reason', TEXT_LIMITS.note);
    }
    case 'suspend':
    case 'resume':
    case 'cancel':
      return text(command.reason, 'reason', TEXT_LIMITS.note);
    case 'rate':
      return text(command.comment, 'comment', TEXT_LIMITS.note);
    case 'change_deadline':
      text(command.reason, 'reason', TEXT_LIMITS.note);
      futureDeadline(command.deadline, 'the new deadline', now);
      return;
    case 'migrate_policy':
      return; // the policy is checked by decide(); the calendar comes from the office's own data
    default:
      return; // decide() names an unknown command
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Files of evidence as the API resolved them: each one an attachment of the item, on the record by name, size and hash. */
function evidenceFiles(files: unknown): void {
  if (files === undefined || files === null) return;
  if (!Array.isArray(files) || files.length > 20) throw invalidInput('attachments must be a list of at most 20');
  files.forEach((file: Partial<EvidenceFile> | null, i) => {
    uuid(file?.id, `attachments[${i}].id`);
    if (typeof file?.name !== 'string' || !file.name.trim()) throw invalidInput(`attachments[${i}].name is required`);
    text(file.name, `attachments[${i}].name`, TEXT_LIMITS.title);
    if (!Number.isInteger(file.size) || file.size! < 0)
      throw invalidInput(`attachments[${i}].size must be a whole number`);
    if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256)) {
      throw invalidInput(`attachments[${i}].sha256 must be a SHA-256 in hex`);
    }
  });
}

/** The actor the API vouches for: user and unit ids and known roles. */
function requireActor(actor: Actor): void {
  const wellFormed =
    typeof actor === 'object' &&
    actor !== null &&
    isUuid(actor.userId) &&
    isUuid(actor.unitId) &&
    Array.isArray(actor.roles) &&
    actor.roles.every((role) => ROLES.includes(role));
  if (!wellFormed) throw invalidInput('the actor is malformed');
}

/** An optional text that, when given, can be stored; whether it is required is decide()'s rule. */
function text(value: unknown, field: string, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw invalidInput(`${field} must be text`);
  const problem = textProblem(value);
  if (problem) throw invalidInput(`${field} ${problem}`);
  if (value.trim().length > max) throw invalidInput(`${field} must be at most ${max} characters`);
}

function uuid(value: unknown, field: string): void {
  if (!isUuid(value)) throw invalidInput(`${field} must be a uuid`);
}

function oneOf(value: unknown, field: string, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalidInput(`${field} must be one of ${allowed.join(', ')}`);
  }
}

/** A deadline within the plan years that still lies ahead: a past one would fire every rule at once. */
function futureDeadline(value: unknown, field: string, now: Date): void {
  if (!isPlanDate(value)) throw invalidInput(`${field} must be ${PLAN_DATE_RULE}`);
  if (endOfDeadlineDay(value).getTime() <= now.getTime()) throw ruleViolation(`${field} ${value} has already passed`);
}
