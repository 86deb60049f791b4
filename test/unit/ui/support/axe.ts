// Runs axe-core on a rendered subtree and returns the violations worth
// failing on, as "rule: target" strings for readable test failures.
import axe from 'axe-core';

export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root.ownerDocument.documentElement, {
    // happy-dom has no layout: contrast and region checks belong to the real-browser tests.
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false }, 'html-has-lang': { enabled: false }, 'document-title': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}
