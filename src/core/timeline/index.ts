// The prospect timeline: touches from every channel, deduplicated, and
// inbound mail told apart (issue 3).
export { dedupeTouches } from './dedupe';
export { classifyInbound, PAUSE_DEFAULT_DAYS, PAUSE_MAX_DAYS } from './classify-inbound';
export type { InboundInput, InboundClass } from './classify-inbound';
export { parseReturnDate } from './return-date';
export { touchRole } from './touch-role';
export type { TouchRole } from './touch-role';
