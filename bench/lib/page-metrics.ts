// One load of a fixture mail page in a context, measured over CDP: scripting
// and task time (Performance.getMetrics) and the JS heap after the content
// script has settled and a forced garbage collection.
import type { BrowserContext } from 'playwright-core';

export interface PageLoad {
  scriptMs: number;
  taskMs: number;
  heapMB: number;
  /** Names of the isolated worlds (content scripts) seen on the page, when asked. */
  worlds: string[];
}

export async function measureLoad(context: BrowserContext, url: string, settleMs: number, watchWorlds = false): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const worlds: string[] = [];
    if (watchWorlds) {
      cdp.on('Runtime.executionContextCreated', (e: { context: { name: string; auxData?: { type?: string } } }) => {
        if (e.context.auxData?.type === 'isolated' && !e.context.name.startsWith('__playwright')) worlds.push(e.context.name);
      });
      await cdp.send('Runtime.enable');
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
    return { scriptMs: m('ScriptDuration') * 1000, taskMs: m('TaskDuration') * 1000, heapMB: m('JSHeapUsedSize') / 2 ** 20, worlds };
  } finally {
    await page.close();
  }
}
