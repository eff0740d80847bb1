import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as operations from '../generated/operations';

// The gateway's prod overlay runs persisted documents only: every operation Studio sends must be in the manifest
// the gateway loads (deploy/gateway/persisted-documents.json, written by compose.mjs from the same files).
describe('persisted operations', () => {
  it('should find every Studio operation in the gateway persisted-documents manifest under its id', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'gateway', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const all = Object.values(operations);
    expect(all.length).toBeGreaterThan(20);
    for (const operation of all) {
      expect(manifest[operation.id], `${operation.name} is not in persisted-documents.json: run npm run compose in deploy/gateway`).toBeDefined();
      expect(manifest[operation.id]).toContain(`${operation.kind} ${operation.name}`);
    }
  });
});
