// A popup client that records every request and answers from a table.
import { vi } from 'vitest';
import type { PopupClient } from '../../../../src/ui/popup/client';
import type { Overview } from '../../../../src/shared/views';

export function fakeClient(overview: Overview, answers: Record<string, unknown> = {}) {
  const calls: { type: string; payload: unknown }[] = [];
  const request = vi.fn(async (type: string, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'overview/get') return overview;
    if (type in answers) {
      const a = answers[type];
      if (a instanceof Error) throw a;
      return a;
    }
    return { ok: true };
  });
  const client = { request, openOptions: vi.fn() } as unknown as PopupClient & { openOptions: ReturnType<typeof vi.fn> };
  return { client, calls, request };
}
