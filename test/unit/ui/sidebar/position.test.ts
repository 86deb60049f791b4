import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../../src/ui/sidebar/position';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const vp = { width: 1440, height: 900 };

describe('placeBeside', () => {
  it('sits right of the compose window when there is room', () => {
    expect(placeBeside(rect(200, 100, 600, 500), vp, 320)).toEqual({ top: 100, left: 808, height: 500, visible: true });
  });
  it('sits left of a compose window docked at the right edge', () => {
    expect(placeBeside(rect(900, 300, 520, 600), vp, 320).left).toBe(572);
  });
  it('keeps a usable height for a short compose window low on the page', () => {
    const p = placeBeside(rect(900, 820, 520, 80), vp, 320);
    expect(p.top + p.height).toBeLessThanOrEqual(892);
    expect(p.height).toBeGreaterThanOrEqual(280);
  });
  it('hides for a compose window that is not laid out', () => {
    expect(placeBeside(rect(0, 0, 0, 0), vp, 320).visible).toBe(false);
  });
});
