// The cadence engine: who needs a touch, when, and why (issue 3).
export { computeStatus } from './compute-status';
export { leadingToneIndex, toneContextFor } from './tone-context';
export { settleNextStep, nextStepPassed, nextStepGhosted, NEXT_STEP_GRACE } from './next-step';
export { readTimeline, fatigueOf } from './timeline-facts';
export type { TimelineFacts } from './timeline-facts';
export {
  zoneOffset,
  localDay,
  zonedInstant,
  startOfLocalDay,
  weekdayOf,
  isWeekend,
  addBusinessDays,
  businessDaysBetween,
  clearZoneCache,
  DAY,
  HOUR,
} from './zoned-time';
