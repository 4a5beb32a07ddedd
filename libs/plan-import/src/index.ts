export * from './plan-types';
export { parsePlan, parsePlanSheet } from './parse-plan';
export { readPlanSheet, decodeCsv, PlanFileError, type PlanSheet, type SheetCell } from './plan-sheet';
export { markUpPlan } from './mark-up-plan';
export { planProblem } from './plan-problems';
export { draftItem, type DraftItem } from './plan-draft';
export { readDeadlinePhrase, type DeadlineReading } from './deadline-phrase';
export { readCadencePhrase, type CadenceReading } from './cadence-phrase';
