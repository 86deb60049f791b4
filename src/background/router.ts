// Validates every message against the protocol table and the sender rules,
// then hands it to its handler. Refusals are logged by type and reason only,
// never with their content.
import { EnvelopeSchema, requests, type Answer, type Answers, type ParsedPayload, type RequestType, type SenderKind } from '../shared/protocol';
import { senderKind, type SenderLike } from './senders';
import { isQuotaError, readableError } from './storage-errors';

export interface HandlerContext {
  sender: SenderLike;
  kind: SenderKind;
}

export type Handlers = { [T in RequestType]: (payload: ParsedPayload<T>, ctx: HandlerContext) => Promise<Answers[T]> };

export function createRouter(handlers: Handlers, identity: () => { id: string; origin: string }, log: (msg: string) => void = console.warn) {
  return async function route(message: unknown, sender: SenderLike): Promise<Answer<unknown>> {
    const { id, origin } = identity();
    const kind = senderKind(sender, id, origin);
    if (!kind) {
      log('FollowThrough: refused a message from an unknown sender');
      return { ok: false, error: 'refused: unknown sender' };
    }
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !Object.hasOwn(requests, envelope.data.type)) {
      log('FollowThrough: refused a message of unknown type');
      return { ok: false, error: 'refused: unknown message type' };
    }
    const type = envelope.data.type as RequestType;
    const spec = requests[type];
    if (!(spec.from as readonly SenderKind[]).includes(kind)) {
      log(`FollowThrough: refused ${type} from a ${kind} sender`);
      return { ok: false, error: `refused: ${type} is not accepted from this sender` };
    }
    const parsed = spec.payload.safeParse(envelope.data.payload);
    if (!parsed.success) {
      log(`FollowThrough: refused ${type}: payload does not validate (${parsed.error.issues.length} issue(s))`);
      return { ok: false, error: `refused: ${type} payload does not validate` };
    }
    try {
      const handler = handlers[type] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      return { ok: true, result: await handler(parsed.data, { sender, kind }) };
    } catch (err) {
      const msg = readableError(err);
      // The quota's own message can quote what was being written: log its name only.
      log(`FollowThrough: ${type} failed: ${isQuotaError(err) ? 'storage full (QuotaExceededError)' : msg}`);
      return { ok: false, error: msg };
    }
  };
}
