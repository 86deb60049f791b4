import { DAY } from '../cadence/zoned-time';
import type { EmailKind } from '../model';
import { parseReturnDate } from './return-date';

// Tells a real reply from an out-of-office answer or a delivery failure
// (issue 3). The content script calls this on every inbound message before it
// sends a reading, so it looks at the subject, the sender and the head of the
// body with a few regular expressions and nothing else.
//
// Body wording alone is matched only in present-tense first-person phrases
// ("I am out of the office", "ich bin … abwesend") because a person who writes
// "sorry, I was on leave" is replying, not auto-replying.

export interface InboundInput {
  subject: string;
  body: string;
  from: string;
  receivedAt: number;
  /** The user's time zone: a stated return date means that day's start there. */
  timeZone?: string;
}

export interface InboundClass {
  kind: EmailKind;
  /** Auto-reply only: when the pause ends, capped at 30 days after receipt (14 when none is stated). */
  pausedUntil?: number;
}

export const PAUSE_DEFAULT_DAYS = 14;
export const PAUSE_MAX_DAYS = 30;
/** Longer bodies are quoted history or signatures: the telling part is at the top. */
const BODY_HEAD = 3000;

const BOUNCE_FROM = /\b(?:mailer-daemon|postmaster|mail-daemon)@/i;
const BOUNCE_SUBJECT =
  /delivery status notification \(failure\)|undeliverable|undelivered mail|delivery (?:has )?failed|mail delivery (?:failed|failure)|failure notice|returned mail|unzustellbar|nicht zustellbar|non remis|non distribu|échec de (?:la )?(?:remise|distribution)|no se puede entregar|no se pudo entregar|no entregado|error de entrega/i;
const BOUNCE_BODY =
  /^\s*address not found\b|delivery to the following recipients? failed|\b55\d[ -]5\.\d\.\d{1,3}\b|your message (?:wasn't|was not|couldn't be|could not be) delivered|adresse introuvable|adresse nicht gefunden|dirección no encontrada/i;

const AUTO_SUBJECT =
  /automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|\booo\b|abwesenheitsnotiz|abwesend|automatische antwort|réponse automatique|reponse automatique|absence du bureau|\babsente?\b|respuesta automática|respuesta automatica|fuera de (?:la )?oficina|\bausente\b/i;
const AUTO_HEADER = /auto-submitted:\s*auto-(?:replied|generated)|x-auto(?:reply|respond)|precedence:\s*auto_reply/i;
const AUTO_BODY = [
  /\bI(?:'m|’m| am|'ll be|’ll be| will be) (?:currently |now )?(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk)|on (?:annual |parental |maternity |paternity |sick )?(?:leave|vacation|holidays?)|travel+ing with limited)/i,
  /\bthis is an automa(?:tic|ted) (?:reply|response|message)|\bI have limited access to (?:e-?mail|my email)/i,
  /\b(?:ich bin|bin ich) (?:derzeit |zurzeit |momentan |aktuell |bis )?(?:[^.\n]|\.(?=\d)){0,40}?(?:nicht im büro|abwesend|außer haus|im urlaub|nicht erreichbar)|\bdies ist eine automatische|\bautomatisch generierte/i,
  /\bje (?:suis|serai) (?:actuellement )?(?:absente?|en congés?|en vacances|hors du bureau)|\bceci est (?:une )?(?:réponse|message) automatique/i,
  /\b(?:estoy|estaré) (?:actualmente )?(?:fuera de (?:la )?oficina|de vacaciones|ausente)|\besta es una respuesta automática/i,
];

export function classifyInbound(input: InboundInput): InboundClass {
  const head = input.body.length > BODY_HEAD ? input.body.slice(0, BODY_HEAD) : input.body;
  if (BOUNCE_FROM.test(input.from) || BOUNCE_SUBJECT.test(input.subject) || BOUNCE_BODY.test(head)) {
    return { kind: 'bounce' };
  }
  const auto = AUTO_SUBJECT.test(input.subject) || AUTO_HEADER.test(head) || AUTO_BODY.some((re) => re.test(head));
  if (!auto) return { kind: 'message' };
  const stated = parseReturnDate(`${input.subject}\n${head}`, input.receivedAt, input.timeZone);
  const pausedUntil = Math.min(stated ?? input.receivedAt + PAUSE_DEFAULT_DAYS * DAY, input.receivedAt + PAUSE_MAX_DAYS * DAY);
  return { kind: 'auto-reply', pausedUntil };
}
