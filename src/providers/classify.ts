// Auto-replies and delivery failures look like replies on the page; the core
// tells them apart (#3). Shared by every provider's conversation reader.
import { classifyInbound } from '../core/timeline';
import type { MessageReading } from '../shared/readings';

// The wording that gives an auto-reply away sits at the top of a message; a
// bounded prefix keeps reading a long thread cheap.
const BODY_PREFIX = 3000;

export function classifyMessage(subject: string | null, body: Element | null, from: string | null, at: number | null): Pick<MessageReading, 'kind' | 'pausedUntil'> {
  if (at === null) return { kind: 'message' };
  const text = (body?.textContent ?? '').slice(0, BODY_PREFIX);
  const c = classifyInbound({ subject: subject ?? '', body: text, from: from ?? '', receivedAt: at });
  return c.pausedUntil === undefined ? { kind: c.kind } : { kind: c.kind, pausedUntil: c.pausedUntil };
}
