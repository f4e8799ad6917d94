// Regenerates server/create-response-schema.generated.json from the official OpenAPI spec: the
// `CreateResponse` schema and every component schema it reaches, reduced to the keywords that
// validate (no descriptions, titles, examples or x-* extensions). The local server compiles it
// with ajv to answer bad requests with the real API's 400s; the reference pack is not shipped.
// Run: node scripts/extract-create-response-schema.mjs [path/to/openai-openapi.yml]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { parse } from 'yaml';
import { extractCreateResponseSchema } from './create-response-schema.mjs';

const specPath =
  process.argv[2] ??
  fileURLToPath(new URL('../../shared/reference/openai-openapi.yml', import.meta.url));
const out = fileURLToPath(
  new URL('../server/create-response-schema.generated.json', import.meta.url),
);
const spec = parse(readFileSync(specPath, 'utf8'), { maxAliasCount: -1 });

const document = extractCreateResponseSchema(spec);
const config = await prettier.resolveConfig(out);
const text = await prettier.format(JSON.stringify(document), { ...config, parser: 'json' });
writeFileSync(out, text);
console.log(
  `wrote ${Object.keys(document.components.schemas).length} schemas to ${out} (${text.length} characters)`,
);
