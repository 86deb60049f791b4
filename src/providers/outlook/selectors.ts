// The one selector table for Outlook on the web (#6). Each field lists ordered
// fallbacks: ids, data-* and roles first, localised labels after, never the
// hashed CSS class names OWA regenerates every few months. The reader records
// which entry matched (PageReading.matched), a signal when Outlook changes.
import { CC_PREFIXES, FROM_PREFIXES, SEND_LABELS, TO_PREFIXES, UNDO_LABELS } from './locale';

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
    { id: 'mectrl-trigger-label', css: '#mectrl_main_trigger', attr: 'aria-label' },
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
  ],
  conversation: [
    { id: 'conversation-section', css: '[data-app-section="ConversationContainer"]' },
    { id: 'conversation-pane-id', css: '#ConversationReadingPaneContainer' },
  ],
  /** The open conversation's id: OWA keeps it on the selected list row. */
  conversationId: [
    { id: 'selected-row-convid', css: '[role="listbox"] [role="option"][aria-selected="true"][data-convid]', attr: 'data-convid' },
    { id: 'pane-convid', css: '[data-app-section="ConversationContainer"][data-convid], #ReadingPaneContainerId [data-convid]', attr: 'data-convid' },
  ],
  subject: [
    { id: 'heading-subject-span', css: '[role="heading"] span[id$="_SUBJECT"]' },
    { id: 'subject-span', css: 'span[id$="_SUBJECT"]' },
    { id: 'heading', css: '[role="heading"]' },
  ],
  sender: [
    { id: 'from-label', css: labelled(FROM_PREFIXES) },
  ],
  to: [{ id: 'to-label', css: labelled(TO_PREFIXES) }],
  cc: [{ id: 'cc-label', css: labelled(CC_PREFIXES) }],
  messageTime: [
    { id: 'sent-received-time', css: '[data-testid="SentReceivedSavedTime"]', attr: 'title' },
    { id: 'any-title', css: '[title]', attr: 'title' },
  ],
  messageBody: [{ id: 'unique-message-body', css: 'div[id^="UniqueMessageBody"]' }],
  composeEditor: [
    { id: 'multiline-textbox', css: '[contenteditable="true"][aria-multiline="true"][role="textbox"]' },
    { id: 'multiline-editable', css: '[contenteditable="true"][aria-multiline="true"]' },
  ],
  recipientWell: [{ id: 'single-line-editable', css: '[contenteditable="true"]:not([aria-multiline])' }],
  recipientChip: [
    { id: 'hover-target', css: '[data-lpc-hover-target]' },
    { id: 'non-editable', css: '[contenteditable="false"]' },
  ],
  subjectInput: [{ id: 'text-input', css: 'input[type="text"], input:not([type])', attr: 'value' }],
  sendButton: [
    { id: 'send-label', css: SEND_LABELS.map((l) => `button[aria-label="${l}"]`).join(', ') },
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
