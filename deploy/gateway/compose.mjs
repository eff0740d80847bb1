#!/usr/bin/env node
// Composes deploy/gateway/supergraph.graphql offline from the subgraph SDL files that the services' builds export
// (deploy/gateway/subgraphs/<name>.graphql, written by each service's SubgraphSchemaTest with -Dmotiv.sdl.write=true).
//
//   npm run compose          write supergraph.graphql and persisted-documents.json
//   npm run compose:check    fail (exit 1) when the subgraphs do not compose, a document in documents/ is not valid
//                            against the composed API, or supergraph.graphql / persisted-documents.json is stale
//
// Persisted documents: each documents/*.graphql (and documents/studio/*.graphql, Motiv Studio's) is one operation; persisted-documents.json maps its sha256 (hex, of
// the file's text) to that text. Clients send {"documentId": "<sha256>"} (or Apollo's
// extensions.persistedQuery.sha256Hash); with MOTIV_GATEWAY_PERSISTED_ONLY=true nothing else is accepted.
//
// The subgraph URLs written into the supergraph are the in-cluster defaults below; a gateway overrides each one with
// MOTIV_GATEWAY_<NAME>_URL (the local launcher does, for 127.0.0.1 ports).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse, validate } from 'graphql';
import { composeServices } from '@theguild/federation-composition';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

/** The four subgraphs: name (as in the supergraph's join__Graph) and URL inside a cluster. */
export const SUBGRAPHS = [
  { name: 'profile', url: 'http://profile-service:8081/graphql' },
  { name: 'survey', url: 'http://survey-service:8082/graphql' },
  { name: 'segmentation', url: 'http://segmentation-service:8083/graphql' },
  { name: 'valuation', url: 'http://valuation-service:8084/graphql' },
];

const SUPERGRAPH = join(here, 'supergraph.graphql');
const DOCUMENTS_DIR = join(here, 'documents');
const PERSISTED = join(here, 'persisted-documents.json');
const COMPOSER = '@theguild/federation-composition@'
  + JSON.parse(readFileSync(join(here, 'node_modules/@theguild/federation-composition/package.json'), 'utf8')).version;

export function compose() {
  const services = SUBGRAPHS.map(({ name, url }) => {
    const file = join(here, 'subgraphs', `${name}.graphql`);
    if (!existsSync(file)) {
      throw new Error(`missing ${relative(repo, file)}: export it with deploy/gateway/regenerate`);
    }
    return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
  });
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    const details = result.errors.map((e) => `  - ${e.message}`).join('\n');
    throw new Error(`the subgraphs do not compose:\n${details}`);
  }
  const header = [
    '# GENERATED, do not edit. Composed offline by deploy/gateway/compose.mjs (npm run compose) with',
    `# ${COMPOSER} from deploy/gateway/subgraphs/{${SUBGRAPHS.map((s) => s.name).join(',')}}.graphql,`,
    '# which the services\' SubgraphSchemaTest export. Regenerate everything: deploy/gateway/regenerate',
    '',
  ].join('\n');
  return {
    supergraph: header + result.supergraphSdl.trim() + '\n',
    persisted: persistedDocuments(buildASTSchema(result.publicDocumentNode)),
  };
}

/** documents/*.graphql and documents/<dir>/*.graphql (e.g. studio/), as a sorted list of paths relative to documents/. */
function documentFiles() {
  if (!existsSync(DOCUMENTS_DIR)) return [];
  return readdirSync(DOCUMENTS_DIR, { recursive: true })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.graphql'))
    .sort();
}

/** Every document file, each validated against the composed API schema, as JSON {sha256: text}. */
function persistedDocuments(apiSchema) {
  const manifest = {};
  for (const file of documentFiles()) {
    const text = readFileSync(join(DOCUMENTS_DIR, file), 'utf8');
    const errors = validate(apiSchema, parse(text));
    if (errors.length > 0) {
      throw new Error(`documents/${file} is not valid against the composed API:\n`
        + errors.map((e) => `  - ${e.message}`).join('\n'));
    }
    manifest[createHash('sha256').update(text).digest('hex')] = text;
  }
  return JSON.stringify(manifest, null, 2) + '\n';
}

function main() {
  const check = process.argv.includes('--check');
  let supergraph, persisted;
  try {
    ({ supergraph, persisted } = compose());
  } catch (e) {
    console.error(`[compose] ERROR: ${e.message}`);
    process.exit(1);
  }
  const path = relative(repo, SUPERGRAPH);
  if (check) {
    const stale = [[SUPERGRAPH, supergraph], [PERSISTED, persisted]]
      .filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
      .map(([file]) => relative(repo, file));
    if (stale.length > 0) {
      console.error(`[compose] ERROR: stale: ${stale.join(', ')} (not what subgraphs/*.graphql and documents/*.graphql compose to).`);
      console.error('[compose] Run: cd deploy/gateway && npm run compose   (after deploy/gateway/regenerate if the services changed)');
      process.exit(1);
    }
    console.log(`[compose] ${path} and persisted-documents.json are up to date (${SUBGRAPHS.length} subgraphs compose)`);
    return;
  }
  writeFileSync(SUPERGRAPH, supergraph);
  writeFileSync(PERSISTED, persisted);
  console.log(`[compose] wrote ${path} (${SUBGRAPHS.length} subgraphs) and persisted-documents.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
