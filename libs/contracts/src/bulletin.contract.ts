/** The weekly 督查通报: a Temporal Schedule the worker keeps, starting this workflow with the scheduled instant as cut-off. */
export const BULLETIN_SCHEDULE_ID = 'duban-weekly-bulletin';
export const BULLETIN_WORKFLOW = 'bulletinWorkflow';
/** The schedule's times are read in this zone (a cron line says 09:00 Shanghai, not UTC). */
export const BULLETIN_TIMEZONE = 'Asia/Shanghai';

/** A bulletin workflow's input: no cut-off when the schedule starts it (the scheduled instant is the cut-off). */
export interface BulletinRequest {
  cutoff?: string;
  /** The user who asked for it; null for the schedule. */
  madeBy?: string | null;
}

export interface MadeBulletin {
  bulletinId: string;
  cutoff: string;
  /** false when the cut-off had its bulletin already. */
  created: boolean;
  /** The notice announcing it, for `deliverNotice`. */
  messageKey: string;
}

/** The bulletin's activities, implemented by the worker (delivery is the item chain's `deliverNotice`). */
export interface BulletinActivities {
  makeBulletin(request: { cutoff: string; madeBy: string | null }): Promise<MadeBulletin>;
  deliverNotice(request: { messageKey: string }): Promise<void>;
}

/** The workflow id of a bulletin made on request: one per cut-off. */
export const bulletinWorkflowId = (cutoff: string) => `bulletin-${new Date(cutoff).toISOString()}`;
