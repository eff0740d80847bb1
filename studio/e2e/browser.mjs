// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core: no browser download.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const STUDIO = (process.env.MOTIV_STUDIO_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** A browser with a fresh profile, closed and removed by close(). */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'motiv-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `path`, which sends the browser to Keycloak's login page; signs in there as a demo user (password
 * "<user>-demo", deploy/keycloak) and waits until Studio shows the user's role.
 */
export async function signIn(page, user, path = '/') {
  await page.goto(STUDIO + path);
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', user);
  await page.fill('#password', `${user}-demo`);
  await Promise.all([page.waitForURL((url) => url.origin === new URL(STUDIO).origin && !url.pathname.startsWith('/auth/')), page.click('#kc-login')]);
  await page.waitForSelector('[data-testid=user-role]', { timeout: 30_000 });
}

/** Counts the GraphQL requests a page makes from now on. */
export function countGraphQl(page) {
  const seen = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') seen.push(JSON.parse(request.postData() ?? '{}').operationName ?? '?');
  });
  return seen;
}

/** Fails the test on a console error or an uncaught exception in the page (CSP violations show up as console errors). */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
