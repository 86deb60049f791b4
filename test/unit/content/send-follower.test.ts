// @vitest-environment happy-dom
// Following a send to its outcome (#17): only a send that stands is recorded,
// with the recipients read at the press; one watch per compose at a time.
import { describe, expect, it, vi } from 'vitest';
import type { ComposeHandle, MailProvider } from '../../../src/providers/types';

vi.mock('../../../src/shared/messaging', () => ({ request: vi.fn() }));
const { createSendFollower } = await import('../../../src/content/send-follower');

type Outcome = 'sent' | 'undone' | 'scheduled' | 'unknown';

function setup() {
  const root = document.createElement('div');
  let to = 'raj@copperline.in';
  const compose = {
    root,
    snapshot: () => ({ provider: 'gmail', account: 'sam@northwind-studio.com', composeId: 'c1', kind: 'new', to: [{ address: to, name: null, confidence: 'high' }], cc: [], subject: null, threadKey: null }),
  } as unknown as ComposeHandle;
  const outcomes: ((o: Outcome) => void)[] = [];
  const provider = { watchSendOutcome: vi.fn(() => ({ outcome: new Promise<Outcome>((r) => outcomes.push(r)) })) } as unknown as MailProvider;
  const record = vi.fn(async () => undefined);
  const follower = createSendFollower(provider, document, new AbortController().signal, record, () => 1_000);
  return { compose, provider, record, follower, outcomes, retarget: (a: string) => (to = a) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the send follower', () => {
  it('records a send that stands, with the recipients and instant of the press', async () => {
    const { compose, follower, outcomes, record, retarget } = setup();
    expect(follower.follow(compose)).toBe(true);
    retarget('someone@else.example'); // the compose changed or went away after the press
    outcomes[0]!('sent');
    await flush();
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ to: [expect.objectContaining({ address: 'raj@copperline.in' })] }), 1_000);
  });

  it.each(['undone', 'scheduled', 'unknown'] as const)('does not record a send that ended %s', async (o) => {
    const { compose, follower, outcomes, record } = setup();
    follower.follow(compose);
    outcomes[0]!(o);
    await flush();
    expect(record).not.toHaveBeenCalled();
  });

  it('follows one send per compose at a time, and the next one after it settled', async () => {
    const { compose, follower, outcomes, provider } = setup();
    expect(follower.follow(compose)).toBe(true);
    expect(follower.follow(compose)).toBe(false);
    expect(provider.watchSendOutcome).toHaveBeenCalledTimes(1);
    outcomes[0]!('undone');
    await flush();
    expect(follower.follow(compose)).toBe(true);
  });

  it('a compose it cannot read, or a failed record, throws nothing into the page', async () => {
    const { compose, follower, outcomes, record } = setup();
    record.mockRejectedValueOnce(new Error('gone'));
    follower.follow(compose);
    outcomes[0]!('sent');
    await flush();
    const broken = { root: document.createElement('div'), snapshot: () => { throw new Error('markup'); } } as unknown as ComposeHandle;
    expect(follower.follow(broken)).toBe(false);
  });
});
