// The one selector table for Outlook on the web (#6). Each field lists ordered
// fallbacks: ids, data-* and roles first, localised labels after, never the
// hashed CSS class names OWA regenerates every few months. The reader records
// which entry matched (PageReading.matched), a signal when Outlook changes.
import { CC_PREFIXES, FROM_PREFIXES, SEE_MORE_LABELS, SEND_LABELS, TO_PREFIXES, UNDO_LABELS } from './locale';

export interface SelectorEntry {
  /** Short name recorded in PageReading.matched. */
  readonly id: string;
  readonly css: string;
  /** Where the value is: an attribute, or the element's text when absent. */
  readonly attr?: string;
}

const labelled = (prefixes: readonly string[], tag = '') =>
  prefixes.map((p) => `${tag}[aria-label^="${p}"]`).join(', ');

export const SELECTORS = {
  account: [
    // The user's own mailbox root in the folder pane (Mailvelope 2025): keyed on its id, so a shared or added mailbox root is never taken (#15).
    { id: 'primary-mailbox-folder-name', css: '[id^="primaryMailboxRoot"][data-folder-name*="@"]', attr: 'data-folder-name' },
    { id: 'primary-mailbox-title', css: '[id^="primaryMailboxRoot"][title*="@"]', attr: 'title' },
    { id: 'mectrl-trigger-label', css: '#mectrl_main_trigger', attr: 'aria-label' },
    // Built only once the me-control flyout has been opened.
    { id: 'mectrl-secondary', css: '#mectrl_currentAccount_secondary' },
    { id: 'o365-me-link-label', css: '#O365_MainLink_Me', attr: 'aria-label' },
    { id: 'folder-root-title', css: '[role="tree"] [role="treeitem"][aria-level="1"][title*="@"]', attr: 'title' },
  ],
  listRow: [
    { id: 'listbox-option-convid', css: '[role="listbox"] [role="option"][data-convid]' },
    { id: 'focusable-row-convid', css: '[data-convid][data-focusable-row="true"]' },
  ],
  readingPane: [
    { id: 'reading-pane-id', css: '#ReadingPaneContainerId' },
    { id: 'conversation-pane-id', css: '#ConversationReadingPaneContainer' },
    { id: 'conversation-section', css: '[data-app-section="ConversationContainer"]' },
    { id: 'read-compose-section', css: '[data-app-section="MailReadCompose"]' },
  ],
  conversation: [
    { id: 'conversation-section', css: '[data-app-section="ConversationContainer"]' },
    { id: 'conversation-pane-id', css: '#ConversationReadingPaneContainer' },
    // Conversation view off: the open message alone, a conversation of one (#15).
    { id: 'item-section', css: '[data-app-section="MailReadCompose"] [data-app-section="ItemContainer"]' },
  ],
  /** The open conversation's id: OWA keeps it on the selected list row. */
  conversationId: [
    { id: 'selected-row-convid', css: '[role="listbox"] [role="option"][aria-selected="true"][data-convid]', attr: 'data-convid' },
    { id: 'pane-convid', css: '[data-app-section="ConversationContainer"][data-convid], [data-app-section="ItemContainer"][data-convid], #ReadingPaneContainerId [data-convid]', attr: 'data-convid' },
  ],
  subject: [
    { id: 'subject-heading-span', css: 'span[id$="_SUBJECT"][role="heading"]' },
    { id: 'conv-subject-heading', css: '[role="heading"][id^="CONV_"][id$="_SUBJECT"]' },
    { id: 'heading-subject-span', css: '[role="heading"] span[id$="_SUBJECT"]' },
    { id: 'subject-span', css: 'span[id$="_SUBJECT"]' },
    { id: 'titled-heading', css: 'div[role="heading"][title]' },
    // Any other heading, but never a From:, To: or date line (those are headings too): see conversation.ts.
    { id: 'heading', css: '[role="heading"]' },
  ],
  /** Per-message anchors, language-free first. */
  messageFrom: [{ id: 'msg-from-id', css: '[id^="MSG_"][id$="_FROM"]' }],
  sender: [
    { id: 'from-label', css: labelled(FROM_PREFIXES) },
  ],
  messageItem: [{ id: 'aria-expanded-item', css: '[aria-expanded]:not(button):not([role="button"]):not([role="menuitem"]):not([role="combobox"]):not([role="treeitem"]):not([role="option"])' }],
  /** Recipient lines in the read view: the language-free RecipientWell first, then the localised labels. */
  recipientWellRead: [{ id: 'recipient-well', css: 'div[data-testid="RecipientWell"]' }],
  to: [{ id: 'to-label', css: labelled(TO_PREFIXES) }],
  cc: [{ id: 'cc-label', css: labelled(CC_PREFIXES) }],
  recipientPill: [{ id: 'lpc-hover-target-id', css: '[data-lpc-hover-target-id]' }],
  messageTime: [
    { id: 'sent-received-time', css: '[data-testid="SentReceivedSavedTime"]', attr: 'title' },
    { id: 'any-title', css: '[title]', attr: 'title' },
  ],
  messageBody: [
    { id: 'unique-message-body', css: 'div[id^="UniqueMessageBody"]' },
    { id: 'document', css: '[role="document"]' },
  ],
  hiddenMessages: [{ id: 'see-more-label', css: SEE_MORE_LABELS.map((l) => `[role="button"][aria-label^="${l}"], button[aria-label^="${l}"]`).join(', ') }],
  /** Explicit compose roots (Briskine, unnamed OWA adapters); else the nearest ancestor holding Send. */
  composeRoot: [
    { id: 'compose-form-section', css: '[data-app-section="ComposeForm"]' },
    { id: 'form-content-section', css: '[data-app-section="Form_Content"]' },
    { id: 'docking-visible-part', css: '[id*="docking_InitVisiblePart"]' },
  ],
  composeEditor: [
    { id: 'multiline-textbox', css: '[contenteditable="true"][aria-multiline="true"][role="textbox"]' },
    { id: 'multiline-editable', css: '[contenteditable="true"][aria-multiline="true"]' },
  ],
  // Briskine: :not([aria-multiline=true]), since some wells carry aria-multiline="false".
  recipientWell: [{ id: 'single-line-editable', css: '[contenteditable="true"]:not([aria-multiline="true"])' }],
  recipientChip: [
    { id: 'lpc-hover-target-id', css: '[data-lpc-hover-target-id]' },
    { id: 'non-editable', css: '[contenteditable="false"]' },
  ],
  subjectInput: [
    { id: 'subject-id-input', css: 'input[id$="_SUBJECT"]', attr: 'value' },
    { id: 'last-text-input', css: 'input[type="text"], input:not([type])', attr: 'value' },
  ],
  sendButton: [
    { id: 'compose-send-testid', css: '[data-testid="ComposeSendButton"]' },
    { id: 'send-label', css: SEND_LABELS.map((l) => `button[aria-label="${l}"]`).join(', ') },
    // Also on the ribbon's New mail, Delete and Report: taken only inside a compose root (compose.ts).
    { id: 'fui-split-primary', css: 'button.fui-SplitButton__primaryActionButton' },
  ],
  undoToast: [
    { id: 'alert', css: '[role="alert"]' },
    { id: 'status', css: '[role="status"]' },
    { id: 'live-region', css: '[aria-live]' },
  ],
  undoButton: [
    { id: 'undo-label', css: UNDO_LABELS.map((l) => `button[aria-label="${l}"]`).join(', ') },
    { id: 'button', css: 'button' },
  ],
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type Field = keyof typeof SELECTORS;

/** The first entry of `field` with at least one match under `root`, and its matches. */
export function queryAll(root: ParentNode, field: Field): { entry: SelectorEntry; elements: Element[] } | null {
  for (const entry of SELECTORS[field] as readonly SelectorEntry[]) {
    const found = root.querySelectorAll(entry.css);
    if (found.length > 0) return { entry, elements: Array.from(found) };
  }
  return null;
}

/** The first element matching any entry of `field` under `root`, and the entry. */
export function queryOne(root: ParentNode, field: Field): { entry: SelectorEntry; element: Element } | null {
  for (const entry of SELECTORS[field] as readonly SelectorEntry[]) {
    const element = root.querySelector(entry.css);
    if (element) return { entry, element };
  }
  return null;
}

/** An entry's value on an element: the attribute it names, else the text. */
export function valueOf(element: Element, entry: SelectorEntry): string {
  return (entry.attr ? element.getAttribute(entry.attr) : element.textContent)?.trim() ?? '';
}
