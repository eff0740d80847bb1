#!/usr/bin/env node
// Times Studio's overview on a running suite (e.g. deploy/local/motiv up --demo): signs in as analyst, then opens
// `/` N times (default 5) and prints, for each, the milliseconds from navigation to the value map and valuation
// table being drawn, and the GraphQL requests it made. Usage: node studio/e2e/measure.mjs [N]
import { countGraphQl, launch, signIn, STUDIO } from './browser.mjs';

const repeats = Number(process.argv[2] ?? 5);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await signIn(page, 'analyst');
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const requests = countGraphQl(page);
    await page.goto(STUDIO + '/');
    await page.waitForSelector('[data-testid=value-map-chart] svg', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=valuation-table] tbody tr');
    const ms = Math.round(await page.evaluate(() => performance.now()));
    times.push(ms);
    console.log(`overview ${i + 1}: ${ms} ms, ${requests.length} GraphQL requests (${requests.join(', ')})`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms over ${repeats}`);
} finally {
  await browser.close();
}
