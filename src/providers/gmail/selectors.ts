// The one selector table for Gmail (WEBMAIL-DOM.md, WEBMAIL-EVIDENCE.md). Each
// field has an ordered fallback chain: data attributes, roles and `email`
// attributes first, Gmail's obfuscated class names after, never a localised
// label alone. Readings record which entry matched (`matched`), a signal when
// Gmail changes its markup.
import type { Confidence } from '../../shared/readings';
import { outsideMail } from './mail-content';

export interface SelectorEntry {
  /** Stable name reported in `matched`, e.g. "row:tr.zA". */
  readonly id: string;
  readonly css: string;
  readonly confidence: Confidence;
}

const e = (id: string, css: string, confidence: Confidence = 'high'): SelectorEntry => ({ id, css, confidence });

export const gmailSelectors = {
  /** The mail app's main area: without it this is not a Gmail page we know. */
  main: [e('main:role', 'div[role=main]'), e('main:class', 'div.nH.ar4', 'low')],
  /** The thread list: `gh=tl` has held since at least 2014. */
  list: [e('list:gh', '[gh=tl]'), e('list:grid', 'div[role=main] table[role=grid]', 'medium')],
  row: [e('row:tr.zA', 'tr.zA'), e('row:role', 'tr[role=row]', 'medium')],
  /** Since ~2018 each row carries both id forms. */
  rowThread: [e('rowThread:data', 'span[data-thread-id], span[data-legacy-thread-id]'), e('rowThread:legacy-attr', '[data-legacy-thread-id]', 'medium')],
  rowSubject: [e('rowSubject:data', 'span[data-thread-id], span[data-legacy-thread-id]'), e('rowSubject:y6', '.y6 > span:first-child', 'medium')],
  /** Senders shown in the row; `.yW` avoids the duplicate accessible label (`.afn`). */
  rowPeople: [e('rowPeople:yW', '.yW span[email]'), e('rowPeople:email', 'span[email]', 'medium')],
  rowCount: [e('rowCount:bx0', '.yW .bx0', 'medium')],
  rowDate: [e('rowDate:xW', 'td.xW span[title]'), e('rowDate:apt', 'td.apt span[title]'), e('rowDate:title', 'td span[title]', 'medium')],
  /** The open conversation's subject heading, with the hex thread id. */
  convHeading: [e('convHeading:h2', 'h2.hP[data-legacy-thread-id]'), e('convHeading:perm', '[data-thread-perm-id]', 'medium'), e('convHeading:hP', 'h2.hP', 'low')],
  message: [e('message:data', 'div[data-message-id], div[data-legacy-message-id]'), e('message:adn', 'div.adn.ads', 'medium')],
  /** InboxSDK reads `td.gF span[email]` in every message state; `.gD`/`h3` are not known to be in a collapsed `.kv` header. */
  messageFrom: [e('messageFrom:gD', 'span.gD[email]'), e('messageFrom:gF', 'td.gF span[email]', 'high'), e('messageFrom:h3', 'h3 span[email]', 'medium')],
  messageTo: [e('messageTo:g2', 'span.g2[email]'), e('messageTo:hb', '.hb span[email]', 'medium')],
  messageDate: [e('messageDate:g3', 'span.g3[title]'), e('messageDate:gK', '.gK span[title]', 'medium')],
  /**
   * Messages Gmail folds away in a long thread ("super collapsed" `.kQ`, hidden
   * `.kx`; InboxSDK), and the notice with their number (`.adv .adx span`).
   */
  foldedMessage: [e('folded:kQ', '.kQ, .kx')],
  foldedCount: [e('foldedCount:adv', '.adv .adx span')],
  /** Compose roots: dialogs holding a compose form, and inline reply forms. */
  composeDialog: [e('compose:dialog', 'div[role=dialog]')],
  composeForm: [e('composeForm:M9', '.M9'), e('composeForm:editable', 'form')],
  /**
   * Committed chips. `textarea[name=to]` / `div[name=to] input` are the typing
   * area, not recipients (gmail.js), so they are not read; classic chips keep
   * "Name <address>" in a hidden input (InboxSDK, gmail.js).
   */
  composeTo: [e('composeTo:option', '[name=to] [role=option][data-hovercard-id]'), e('composeTo:email', '[name=to] [email]', 'medium'), e('composeTo:classic', '.vR > input[type=hidden][name=to], .GS input[type=hidden][name=to]', 'medium')],
  composeCc: [e('composeCc:option', '[name=cc] [role=option][data-hovercard-id]'), e('composeCc:email', '[name=cc] [email]', 'medium'), e('composeCc:classic', '.vR > input[type=hidden][name=cc], .GS input[type=hidden][name=cc]', 'medium')],
  composeSubject: [e('composeSubject:input', 'input[name=subjectbox]'), e('composeSubject:hidden', 'input[name=subject]', 'medium')],
  /** The compose's own thread: `lts` is the legacy thread id (InboxSDK), `rt` may be "thread-f:…|msg-f:…" (gmail.js). */
  composeThread: [e('composeThread:lts', 'input[name=lts]'), e('composeThread:rt', 'input[name=rt]', 'medium')],
  composeEditor: [e('composeEditor:g_editable', 'div[contenteditable=true][g_editable=true]'), e('composeEditor:textbox', 'div[contenteditable=true][role=textbox]', 'medium')],
  /**
   * Send, scoped as InboxSDK does: not Send & Archive (`.Uo`), not the menu
   * arrow (`aria-haspopup`, `.hG`). Whether `.Uo` also carries `.T-I-atl` is
   * not known, so every entry excludes it.
   */
  sendButton: [
    e('send:up', '.IZ .Up div > div[role=button]:not(.Uo):not(.hG):not([aria-haspopup=true])'),
    e('send:atl', 'div[role=button].T-I.T-I-atl:not(.hG):not(.Uo):not([aria-haspopup=true])', 'medium'),
    e('send:tooltip', 'div[role=button][data-tooltip^="Send"]:not(.Uo):not(.hG):not([aria-haspopup=true])', 'low'),
  ],
  /** Send & Archive (a setting; replies only): a send like Send. */
  sendArchiveButton: [e('sendArchive:up', '.IZ .Up div > div[role=button].Uo'), e('sendArchive:Uo', 'div[role=button].T-I.Uo', 'medium')],
  /** The arrow beside Send: it only opens the menu. */
  moreSendOptions: [e('moreSend:hG', 'div[role=button].hG')],
  /** The real schedule-send item of that menu (InboxSDK 2024-10; gmail.js). It opens the date picker; it sends nothing. */
  scheduleItem: [e('schedule:selector', '[selector="scheduledSend"]'), e('schedule:yr', '.J-N.yr', 'medium')],
  toast: [e('toast:alert', 'div.b8[role=alert], div[role=alert][aria-live]'), e('toast:vh', '.vh', 'medium')],
  undoLink: [e('undo:id', '#link_undo')],
  /** Locale-free and independent of the title format (Meru, 2026). */
  accountMeta: [e('account:og-profile-acct', 'meta[name="og-profile-acct"][content]')],
  accountButton: [e('account:signout', 'a[href*="accounts.google.com/SignOutOptions"][aria-label]'), e('account:gb', 'header a[aria-label*="@"]', 'medium')],
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type GmailField = keyof typeof gmailSelectors;

/** The first entry of `field`'s chain that finds an element under `root` (outside mail content). */
export function pick(root: ParentNode, field: GmailField): { el: Element; entry: SelectorEntry } | null {
  for (const entry of gmailSelectors[field]) {
    const el = firstOutside(root, entry.css);
    if (el) return { el, entry };
  }
  return null;
}

/** All elements of the first entry in `field`'s chain that finds any (outside mail content). */
export function pickAll(root: ParentNode, field: GmailField): { els: Element[]; entry: SelectorEntry | null } {
  for (const entry of gmailSelectors[field]) {
    const els = allOutside(root, entry.css);
    if (els.length) return { els, entry };
  }
  return { els: [], entry: null };
}

/**
 * Elements matching any entry of `field`'s chain, in document order, with the
 * first entry that matched. For repeated items (messages) where one item may
 * lack the precise attribute the others have.
 */
export function pickUnion(root: ParentNode, field: GmailField): { els: Element[]; entry: SelectorEntry | null } {
  const els = allOutside(root, gmailSelectors[field].map((s) => s.css).join(', '));
  const entry = els.length ? gmailSelectors[field].find((s) => els.some((el) => el.matches(s.css))) ?? null : null;
  return { els, entry };
}

/**
 * `querySelectorAll` without the hits inside mail content (bodies, snippets,
 * quoted drafts) below `root`. `root` itself must be outside mail content (a
 * document, or an element found by these helpers).
 */
export function allOutside(root: ParentNode, css: string): Element[] {
  return Array.from(root.querySelectorAll(css)).filter((el) => outsideMail(el, root));
}

export function firstOutside(root: ParentNode, css: string): Element | null {
  const first = root.querySelector(css);
  if (!first || outsideMail(first, root)) return first;
  return allOutside(root, css)[0] ?? null;
}

/** Tried entries, for a problem's detail. */
export function tried(field: GmailField): string {
  return 'tried ' + gmailSelectors[field].map((s) => s.id).join(', ');
}
