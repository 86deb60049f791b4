import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_KEY } from '../../../../src/shared/first-screen';

// public/popup-early.js is plain JavaScript, copied as is: it asks for the
// kept first screen while the popup's modules load (#18).
const script = readFileSync(resolve('public/popup-early.js'), 'utf8');

function run(globals: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = { ...globals };
  context.globalThis = context;
  runInNewContext(script, context);
  return context;
}

describe('popup-early.js', () => {
  it('asks storage.session for the key the background keeps the first screen under', () => {
    const asked: unknown[] = [];
    const answer = Promise.resolve({});
    const ctx = run({ chrome: { storage: { session: { get: (key: unknown) => (asked.push(key), answer) } } } });
    expect(asked).toEqual([FIRST_SCREEN_KEY]);
    expect(ctx.__followthroughKept).toBe(answer);
  });

  it("uses Firefox's browser namespace when there is one", () => {
    const asked: unknown[] = [];
    run({ browser: { storage: { session: { get: (key: unknown) => (asked.push(key), Promise.resolve({})) } } }, chrome: {} });
    expect(asked).toEqual([FIRST_SCREEN_KEY]);
  });

  it('leaves nothing behind, and throws nothing, where session storage is missing', () => {
    const ctx = run({ chrome: { storage: {} } });
    expect(ctx.__followthroughKept).toBeUndefined();
  });

  it('runs from the popup page before its modules', () => {
    const html = readFileSync(resolve('src/ui/popup/index.html'), 'utf8');
    const early = html.indexOf('<script src="/popup-early.js"></script>');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('type="module"'));
  });
});
