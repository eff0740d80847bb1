// Motiv Studio in headless Chromium against a running suite with a demo population (deploy/local/motiv up --demo),
// signed in through Keycloak's real login page. Run: npm run test:browser (studio/e2e/run starts the suite itself).
// Screenshots go to studio/test-output/; with MOTIV_STUDIO_DOC_SCREENSHOTS=<dir> the four in docs/studio.md too.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { countGraphQl, launch, signIn, STUDIO, watchErrors } from './browser.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-output');
const DOCS = process.env.MOTIV_STUDIO_DOC_SCREENSHOTS ?? null;
mkdirSync(OUT, { recursive: true });
if (DOCS) mkdirSync(DOCS, { recursive: true });
const measurements = {};

async function shot(page, name, { doc = false } = {}) {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  if (doc && DOCS) await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage: false });
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeFileSync(join(OUT, 'measurements.json'), JSON.stringify(measurements, null, 2) + '\n');
});

describe('as analyst', () => {
  let page;
  let errors;
  let segmentPath;
  before(async () => {
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await signIn(page, 'analyst');
  });
  after(() => page.close());

  test('shows the user and role after signing in through Keycloak', async () => {
    assert.equal(await page.textContent('[data-testid=user-role]'), 'analyst');
    assert.match(await page.textContent('[data-testid=user]'), /Analyst/);
  });

  test('opens the overview with its value map, valuation table and budget split in at most 3 requests', async () => {
    await page.goto(STUDIO + '/');
    await page.waitForSelector('[data-testid=valuation-table], [data-testid=value-segments]', { timeout: 20_000 });
    if (await page.$('[data-testid=value-segments]')) {
      // A run activated by an earlier pass of these tests is not valued yet: value it first.
      await page.click('[data-testid=value-segments]');
      await page.waitForSelector('[data-testid=valuation-table]', { timeout: 30_000 });
    }
    const requests = countGraphQl(page);
    await page.goto(STUDIO + '/');
    await page.waitForSelector('[data-testid=value-map-chart] svg', { timeout: 20_000 });
    await page.waitForSelector('[data-testid=valuation-table] tbody tr');
    const shownAfterMs = await page.evaluate(() => performance.now());
    measurements.overviewRequests = requests.length;
    measurements.overviewRequestNames = [...requests];
    measurements.overviewShownAfterMs = Math.round(shownAfterMs);
    assert.ok(requests.length <= 3, `overview made ${requests.length} GraphQL requests: ${requests.join(', ')}`);
    const rows = await page.$$eval('[data-testid=valuation-table] tbody tr', (trs) => trs.map((tr) => tr.textContent));
    assert.ok(rows.length >= 2, 'at least two ranked segments');
    assert.match(rows[0], /^1/, 'ranked from 1');
    segmentPath = new URL(await page.$eval('[data-testid=valuation-table] a', (a) => a.href)).pathname;
    await page.fill('[data-testid=budget] input', '250000');
    await page.click('[data-testid=budget] button[type=submit]');
    await page.waitForSelector('[data-testid=budget-table] tbody tr');
    const amounts = await page.$$eval('[data-testid=budget-table] tbody td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
    assert.ok(amounts.every((a) => /€/.test(a)), `amounts in euros: ${amounts}`);
    await shot(page, 'overview', { doc: true });
  });

  test('starts a run, watches its progress reach 100 %, reads its diagnostics and activates it', async () => {
    await page.click('a:has-text("Runs")');
    await page.waitForSelector('[data-testid=start-run]');
    await page.fill('[data-testid=k-min]', '2');
    await page.fill('[data-testid=k-max]', '6');
    await page.fill('[data-testid=seed]', '7');
    await page.click('[data-testid=start-run] button[type=submit]');
    await page.waitForURL(/\/runs\//);
    const seen = new Set();
    const deadline = Date.now() + 120_000;
    let status = '';
    while (Date.now() < deadline) {
      status = await page.getAttribute('[data-testid=run-status]', 'data-status');
      seen.add(await page.textContent('[data-testid=run-progress-value]'));
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(status)) break;
      await page.waitForTimeout(250);
    }
    assert.equal(status, 'SUCCEEDED', `run ended ${status}`);
    assert.equal(await page.textContent('[data-testid=run-progress-value]'), '100%');
    measurements.progressValuesSeen = [...seen];
    await page.waitForSelector('[data-testid=diagnostics] svg');
    const k = Number(await page.textContent('[data-testid=recommended-k]'));
    assert.ok(k >= 2 && k <= 6, `recommended k ${k} in 2..6`);
    assert.ok((await page.textContent('[data-testid=run-explanation]')).length > 10, 'the explanation is shown');
    await shot(page, 'run-report', { doc: true });
    await page.click('[data-testid=activate]');
    const question = await page.textContent('[data-testid=activate-confirm]');
    assert.match(question, /[\d,]+ customers will be tagged/);
    await page.click('[data-testid=activate-confirm] button.primary');
    await page.waitForSelector('[data-testid=activated]');
  });

  test('compares the new run with the one before: migration heatmap and adjusted Rand index', async () => {
    await page.click('a:has-text("all runs")');
    await page.waitForSelector('[data-testid=runs] tbody tr');
    const boxes = await page.$$('[data-testid=runs] tbody input[type=checkbox]:not([disabled])');
    assert.ok(boxes.length >= 2, 'two succeeded runs to compare');
    await boxes[0].check();
    await boxes[1].check();
    await page.click('a:has-text("Compare the two")');
    await page.waitForSelector('[data-testid=migration] svg');
    const ari = Number(await page.textContent('[data-testid=ari]'));
    assert.ok(ari >= -1 && ari <= 1, `ARI ${ari} in [-1, 1]`);
    await shot(page, 'compare');
  });

  test('opens a segment of the new run with its values radar, waits for its members to be tagged, values the run', async () => {
    await page.click('a:has-text("Overview")');
    await page.waitForSelector('[data-testid=segment-list] a');
    segmentPath = new URL(await page.$eval('[data-testid=segment-list] a', (a) => a.href)).pathname;
    await page.goto(STUDIO + segmentPath);
    await page.waitForSelector('[data-testid=values-radar] svg', { timeout: 20_000 });
    assert.ok((await page.$$('[data-testid=defining-values] li')).length >= 1);
    assert.notEqual(await page.$('[data-testid=rename]'), null, 'an analyst may rename');
    // Tags travel to profile-service as events: reload until the members are there.
    const deadline = Date.now() + 60_000;
    while (!(await page.$('[data-testid=members] tbody tr')) && Date.now() < deadline) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.waitForSelector('[data-testid=members] [data-testid=empty-state], [data-testid=members] tbody tr', { timeout: 20_000 });
    }
    assert.notEqual(await page.$('[data-testid=members] tbody tr'), null, 'members tagged within a minute');
    assert.equal(await page.$('[data-testid=member-email]'), null, 'no email column for an analyst');
    await page.goto(STUDIO + '/');
    await page.click('[data-testid=value-segments]');
    await page.waitForSelector('[data-testid=valuation-table] tbody tr', { timeout: 30_000 });
    await page.goto(STUDIO + segmentPath);
    await page.waitForSelector('[data-testid=members] tbody tr');
    await page.waitForSelector('[data-testid=values-radar] svg');
    await shot(page, 'segment', { doc: true });
  });

  test('opens a member as customer 360 with purchases and without personal data', async () => {
    await page.click('[data-testid=members] tbody tr th a');
    await page.waitForSelector('[data-testid=customer]');
    assert.equal(await page.$('[data-testid=personal-data]'), null, 'no personal data for an analyst');
    await page.waitForSelector('text=Purchases');
  });

  test("opens the surveys page with the demo survey's histograms and correlation matrix", async () => {
    await page.click('nav a:has-text("Surveys")');
    await page.waitForSelector('[data-testid=survey-list] tbody tr');
    await page.click('[data-testid=survey-list] tbody tr button');
    await page.waitForSelector('[data-testid=histograms] svg', { timeout: 20_000 });
    assert.equal((await page.$$('[data-testid=histograms] figure.multiple')).length, 10, 'a histogram per value');
    await page.waitForSelector('[data-testid=correlations] svg');
    await shot(page, 'surveys');
  });

  test('keeps the page when the session is gone: back through sign-in to the same page', async () => {
    await page.goto(STUDIO + segmentPath + '?from=test');
    await page.waitForSelector('[data-testid=segment]');
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    // Keycloak's single sign-on session still holds, so its login page passes straight back.
    await page.waitForSelector('[data-testid=segment]', { timeout: 30_000 });
    const url = new URL(page.url());
    assert.equal(url.pathname + url.search, segmentPath + '?from=test');
  });

  test('shows an API error with its code instead of a blank page', async () => {
    await page.goto(STUDIO + '/segments/not-a-uuid');
    await page.waitForSelector('[data-testid=api-error]');
    assert.match(await page.textContent('[data-testid=api-error]'), /VALIDATION|NOT_FOUND/);
  });

  test('raised no page errors and no CSP violations', () => {
    assert.deepEqual(errors.filter((e) => !/status of 40\d/.test(e)), []);
  });
});

describe('as viewer', () => {
  let page;
  let close;
  before(async () => {
    const fresh = await launch(); // a profile of its own: no single sign-on session of another user
    close = () => fresh.close();
    page = await fresh.context.newPage();
    await signIn(page, 'viewer');
  });
  after(() => close());

  test('offers no activate, rename, run or erase controls and shows no personal fields', async () => {
    await page.waitForSelector('[data-testid=valuation-table] tbody tr', { timeout: 20_000 });
    const segment = await page.$eval('[data-testid=valuation-table] tbody a', (a) => new URL(a.href).pathname);
    await page.goto(STUDIO + segment);
    await page.waitForSelector('[data-testid=members] tbody tr', { timeout: 20_000 });
    assert.equal(await page.$('[data-testid=rename]'), null);
    assert.equal(await page.$('[data-testid=member-email]'), null);
    const run = await page.$eval('a:has-text("run")', (a) => new URL(a.href).pathname);
    await page.goto(STUDIO + run);
    await page.waitForSelector('[data-testid=run-report]');
    assert.equal(await page.$('[data-testid=activate]'), null);
    await page.goto(STUDIO + segment);
    await page.waitForSelector('[data-testid=members] tbody tr th a');
    await page.click('[data-testid=members] tbody tr th a');
    await page.waitForSelector('[data-testid=customer]');
    assert.equal(await page.$('[data-testid=personal-data]'), null);
    assert.equal(await page.$('[data-testid=erase]'), null);
    assert.equal(await page.$('text=Purchases'), null, 'viewers do not read purchases');
    await page.goto(STUDIO + segment.replace(/\/segments\/.*/, '/segmentations'));
    await page.waitForSelector('[data-testid=segmentations]');
    assert.equal(await page.$('[data-testid=define-segmentation]'), null);
  });
});

describe('as steward', () => {
  let page;
  let close;
  before(async () => {
    const fresh = await launch();
    close = () => fresh.close();
    page = await fresh.context.newPage();
    await signIn(page, 'steward');
  });
  after(() => close());

  test("sees a customer's email and the audit trail, and may erase", async () => {
    await page.waitForSelector('[data-testid=valuation-table] tbody a', { timeout: 20_000 });
    await page.click('[data-testid=valuation-table] tbody a');
    await page.waitForSelector('[data-testid=members] [data-testid=member-email]', { timeout: 20_000 });
    await page.click('[data-testid=members] tbody tr th a');
    await page.waitForSelector('[data-testid=personal-data] [data-testid=customer-email]');
    assert.match(await page.textContent('[data-testid=customer-email]'), /@/);
    await page.waitForSelector('[data-testid=audit-trail] tbody tr');
    assert.match(await page.textContent('[data-testid=audit-trail]'), /READ/);
    assert.equal(await page.isDisabled('[data-testid=erase]'), true, 'erase waits for the typed confirmation');
    await page.fill('[data-testid=erase-confirm]', 'erase');
    assert.equal(await page.isDisabled('[data-testid=erase]'), false);
    await shot(page, 'customer', { doc: true });
  });
});

describe('on a narrow screen', () => {
  test('the overview fits 390 px without horizontal scrolling of the page', async () => {
    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, 'viewer');
      await page.waitForSelector('[data-testid=value-map-chart] svg', { timeout: 20_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);
      await shot(page, 'overview-narrow');
    } finally {
      await fresh.close();
    }
  });
});
