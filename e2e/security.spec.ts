// A page full of script, markup and link payloads, imported and read: everything stays text,
// no dialog opens, no request leaves the site, and the Content-Security-Policy sees nothing.

import { expect, test } from './fixtures';

const PAYLOADS = [
  '<script>alert("title")</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '[cliquez ici](javascript:alert(1))',
  '<a href="https://evil.example/steal">lien</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '![x](https://evil.example/pixel.png)',
  '<style>body{background:url(https://evil.example/bg.png)}</style>',
];

const HOSTILE = [
  `${PAYLOADS[0]} titre – <b>Site</b>`,
  '',
  ...PAYLOADS.flatMap((payload) => [payload, '']),
  '1. +1',
  '  22 janvier 2022 09: 32',
  ...PAYLOADS.map((payload) => `  ${payload}`),
  '  1. -1',
  '    22 janvier 2022 09: 40',
  `    Citation : <img src=x onerror=alert(2)>`,
  `    ${PAYLOADS[1]}`,
  '',
  `    ${PAYLOADS[3]}`,
].join('\n');

test('a hostile page renders inert: no dialog, no outside request, no CSP violation', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['localhost', '127.0.0.1'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    )
      outside.push(request.url());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  await page.goto('/');
  // The built site carries the policy.
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  // No inline script or <style> element; only style attributes (the prerendered pages' React
  // `style` props) are allowed inline.
  const directives = (policy ?? '').split(';').map((directive) => directive.trim());
  expect(directives.filter((directive) => directive.includes('unsafe-inline'))).toEqual([
    "style-src-attr 'unsafe-inline'",
  ]);

  await page.getByLabel('Paste a page').fill(HOSTILE);
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await page.locator('[data-import-outcome="saved"]').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${PAYLOADS[0]} titre – <b>Site</b>`,
  );
  await page.getByRole('button', { name: 'Expand all' }).click();

  // Every payload is shown as the text it is, in the article and in the comment.
  for (const payload of PAYLOADS) {
    await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
  }
  await expect(page.locator('[id="comment-1"]')).toContainText(PAYLOADS[6]!);
  await expect(page.locator('[id="comment-1.1"]')).toContainText(
    '<img src=x onerror=alert(2)> wrote',
  );
  // No markup from the page made it into the DOM.
  await expect(
    page.locator(
      'main img:not([alt=""]), main iframe, main svg, main script, main a[href^="javascript:"]',
    ),
  ).toHaveCount(0);
  await expect(page.locator('main a[href*="evil.example"]')).toHaveCount(0);

  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
