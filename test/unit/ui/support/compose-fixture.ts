// A fake compose window: a root with a contenteditable editor, as a provider would hand it over.
import type { Touch } from '../../../../src/core/model';
import type { ComposeHandle } from '../../../../src/providers/types';
import type { ComposeContext } from '../../../../src/shared/views';
import { NOW, prospect, status } from './overview-fixture';

export function fakeCompose(kind: 'new' | 'reply' = 'new', subject: string | null = 'Onboarding idea for Acme') {
  const root = document.createElement('div');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  root.append(editor);
  document.body.append(root);
  const compose: ComposeHandle = {
    root,
    composeId: 'c1',
    snapshot: () => ({ provider: 'gmail', account: 'me@example.com', composeId: 'c1', kind, to: [{ address: 'dana@acme.test', name: 'Dana', confidence: 'high' }], cc: [], subject, threadKey: null }),
    draftText: () => editor.textContent ?? '',
    editor: () => editor,
    isSendEvent: () => false,
    send: () => undefined,
  };
  const type = (text: string) => {
    editor.textContent = text;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { compose, root, editor, type };
}

const DAY = 86_400_000;

export const timeline: Touch[] = [
  { id: 't1', prospectId: 'd1', channel: 'email', direction: 'out', at: NOW - 20 * DAY, subject: 'Intro <img src=x onerror=alert(1)>' },
  { id: 't2', prospectId: 'd1', channel: 'email', direction: 'in', at: NOW - 18 * DAY, subject: 'Re: Intro' },
  { id: 't3', prospectId: 'd1', channel: 'call', direction: 'out', at: NOW - 10 * DAY, voicemail: true },
  { id: 't4', prospectId: 'd1', channel: 'linkedin', direction: 'out', at: NOW - 6 * DAY },
  { id: 't5', prospectId: 'd1', channel: 'meeting', direction: 'out', at: NOW - 4 * DAY, note: 'Demo with the team' },
  { id: 't6', prospectId: 'd1', channel: 'text', direction: 'out', at: NOW - 2 * DAY },
];

export function composeContext(over: Partial<ComposeContext> = {}): ComposeContext {
  return {
    prospects: [
      {
        prospect: prospect('d1', {
          name: 'Dana Scully',
          org: 'Acme',
          addresses: ['dana@acme.test'],
          status: status('due', 'You wrote 6 business days ago; step 2 of 3 is due today', { fatigue: { unansweredInRow: 3, tripped: true }, recommendation: 'change-channel' }),
          nextStep: { what: 'Send the pilot plan', at: NOW + 2 * DAY },
        }),
        timeline,
        tone: { touchesSoFar: 5, unansweredInRow: 3, ghostings: 0, daysSinceLastReply: 18, cadenceSpent: false, fatigueTripped: true },
      },
    ],
    untracked: ['pat@globex.test'],
    disabledToneRules: [],
    sidebarCollapsed: false,
    ...over,
  };
}
