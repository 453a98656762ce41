// Browser measurement for the insights view (issue 12), used by scripts/bench.ts on the built
// site: on the 100,000-comment sample, the reader is open and idle; the clock starts at the
// click on "Insights" (the event's timeStamp, so input delay counts) and stops just after the
// frame that first shows the charts is painted (a requestAnimationFrame callback runs before
// that frame's paint, a task it queues runs after it; see readerBench.ts). In between, every
// main-thread task over 50 ms is recorded (PerformanceObserver 'longtask'): the chart code
// loading, the figures worked out (the index and the worker's input on the main thread, the
// rest in a worker) and the charts rendered must each leave the page responsive.

import type { Browser } from '@playwright/test';
import type { Figure } from './importBench.ts';

const SAMPLE = 'sample-100k';
const VIEWPORT = { width: 1280, height: 800 };
const RUNS = 5;

type ProbeWindow = { filInsights?: Promise<{ painted: number; longest: number; tasks: number }> };

/** Median of the samples (the upper middle one of an even count), as readerBench.ts. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureInsights(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const painted: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx compiles with esbuild's keepNames, which wraps named functions in __name().
    await context.addInitScript('globalThis.__name = (target) => target;');
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${SAMPLE}`);
    await page.getByRole('treeitem').first().waitFor({ timeout: 120_000 });
    // Let the reader settle (its lazy parts, the rail) before the clock can start.
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      (window as unknown as ProbeWindow).filInsights = new Promise((resolve) => {
        addEventListener(
          'click',
          (click) => {
            const start = click.timeStamp;
            const frame = () => {
              if (!document.querySelector('[data-testid="insights"] svg'))
                return requestAnimationFrame(frame);
              setTimeout(() => {
                const end = performance.now();
                // A task that began before the click is not the view's; the click's own
                // handling starts at or after its timeStamp.
                const during = tasks.filter((task) => task.start + task.duration >= start);
                resolve({
                  painted: end - start,
                  longest: Math.max(0, ...during.map((task) => task.duration)),
                  tasks: during.length,
                });
              });
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    });
    await page
      .getByRole('navigation', { name: 'Thread views' })
      .getByRole('link', { name: 'Insights' })
      .click();
    const result = await page.evaluate(() => (window as unknown as ProbeWindow).filInsights!);
    painted.push(result.painted);
    longest.push(result.longest);
    await context.close();
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const worst = Math.max(...longest);
  return [
    {
      what: `insights view, 100,000 comments (click on "Insights" → charts painted, median of ${RUNS})`,
      value: `${ms(median(painted))} (max ${ms(Math.max(...painted))})`,
      target: '≤ 1000 ms',
      holds: median(painted) <= 1000,
    },
    {
      what: 'longest main-thread task from that click to the charts painted',
      value: `${worst === 0 ? 'none over 50 ms' : ms(worst)} (per run: ${longest.map((value) => (value === 0 ? '–' : ms(value))).join(', ')})`,
      target: '≤ 50 ms',
      holds: worst <= 50,
    },
  ];
}
