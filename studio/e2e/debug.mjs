import { launch, signIn, watchErrors, STUDIO } from './browser.mjs';
const b = await launch();
const page = await b.context.newPage();
const errors = watchErrors(page);
page.on('response', async r => { if (r.url().endsWith('/graphql')) console.log(r.status(), (await r.text()).slice(0, 400)); });
await signIn(page, 'analyst');
await page.waitForTimeout(2000);
const btn = await page.$('[data-testid=value-segments]');
if (btn) { await btn.click(); await page.waitForTimeout(5000); }
console.log(page.url(), errors);
await page.screenshot({ path: '/tmp/dbg.png' });
await b.close();
