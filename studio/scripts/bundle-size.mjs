#!/usr/bin/env node
// Prints the JavaScript Studio's first screen loads (the entry chunk and what it imports statically; lazy pages
// excluded), gzipped (level 9, as a server would), against the 350 kB budget; exits 1 over budget.
// Needs a build with a manifest: npm run build (vite.config.ts sets build.manifest).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 350 * 1024;
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const firstScreen = new Set();
const walk = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstScreen.has(chunk.file)) return;
  firstScreen.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
};
walk(Object.keys(manifest).find((key) => manifest[key] === entry));
const js = (files) => [...files].filter((f) => f.endsWith('.js'));
const first = js(firstScreen).reduce((sum, f) => sum + gz(f), 0);
const all = js(new Set(Object.values(manifest).map((c) => c.file))).reduce((sum, f) => sum + gz(f), 0);
const css = (entry.css ?? []).reduce((sum, f) => sum + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`first screen: ${kb(first)} of JavaScript gzipped in ${js(firstScreen).length} file(s) (budget ${kb(BUDGET)}), ${kb(css)} of CSS`);
console.log(`every page:   ${kb(all)} of JavaScript gzipped`);
if (first > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
