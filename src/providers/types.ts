// One interface for every webmail surface. A provider only reads the page and
// finds the parts the content script needs; it never writes into the mail
// app's DOM and never throws into the page. Everything a provider reads is
// plain data (see ../shared/readings.ts) that the background validates.
import type { ComposeSnapshot, PageReading, ProviderId } from '../shared/readings';

export interface ComposeHandle {
  /** The compose window's root element (dialog, pop-out body or inline reply). */
  readonly root: Element;
  /** Stable for the life of this compose window. */
  readonly composeId: string;
  /** Recipients, subject, thread: read fresh on each call. */
  snapshot(): ComposeSnapshot;
  /** The draft's plain text as the user wrote it (innerText; the editor's DOM is never changed). */
  draftText(): string;
  /** The editor element, for keystroke listeners. */
  editor(): HTMLElement | null;
  /** Whether this event, seen in the capture phase on `root`, is about to send the message. */
  isSendEvent(event: Event): boolean;
  /** Sends the message as the user would (clicks the real Send button). Used after a held send is let through. */
  send(): void;
}

export interface SendOutcomeWatch {
  /** Resolves once the send is final: `undone` when the user undid it, `scheduled` for schedule-send. */
  outcome: Promise<'sent' | 'undone' | 'scheduled' | 'unknown'>;
}

export interface MailProvider {
  readonly id: ProviderId;
  /** Whether this provider reads pages at this address. */
  matches(url: URL): boolean;
  /** Reads the account, the list rows and the open conversation. Pure over the document; never throws. */
  readPage(doc: Document, now: number): PageReading;
  /** Every compose window now on the page. */
  findComposes(doc: Document): ComposeHandle[];
  /** After a send went through: watch for the provider's undo window and report the outcome. */
  watchSendOutcome(doc: Document, compose: ComposeHandle, signal: AbortSignal): SendOutcomeWatch;
  /** Where injected UI (sidebar) can sit beside a compose window; null to float. */
  sidebarAnchor?(compose: ComposeHandle): Element | null;
}
