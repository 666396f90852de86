/**
 * Request-body validation against Discord's own OpenAPI description of its HTTP API.
 *
 * The spec (a pinned copy in `test/fixtures/discord-api-spec/openapi.json`) carries Discord's limits —
 * content ≤ 2000 characters, embed description ≤ 4096, ≤ 25 autocomplete choices, … — so a body that Discord would
 * reject with `50035 Invalid Form Body` fails here too. The spec is read once per process; each operation's schema
 * is compiled on first use and cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/** Root of the repository: the nearest folder up with a `package.json` (this file runs from `test/support/` under
 * vitest, and from `dist/test/support/` when the bench runs it compiled). */
const repoRoot = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

/** Location of the pinned copy of Discord's OpenAPI document (see the README beside it). */
export const DISCORD_OPENAPI_PATH = path.resolve(repoRoot, 'test', 'fixtures', 'discord-api-spec', 'openapi.json');

/** Base URI under which the spec's `components` are registered, so `#/components/...` references resolve. */
const SPEC_ID = 'https://discord.invalid/openapi.json';

/** HTTP methods that can appear as keys of an OpenAPI path item. */
const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

/** Ajv keywords that only summarise failures of their sub-schemas; their messages add noise to a report. */
const SUMMARY_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', '$ref']);

/** Keywords that carry Discord's limits; reported first because they are usually the real problem. */
const LIMIT_KEYWORDS = new Set([
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxProperties',
  'minProperties',
  'required',
  'pattern',
  'uniqueItems',
]);

/** How many individual schema errors a readable report lists before summarising the rest. */
const MAX_REPORTED_ERRORS = 3;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The result of checking one request body. */
export type BodyCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** Readable summary, e.g. `/data/content must NOT have more than 2000 characters`. */
      readonly summary: string;
      /** Every distinct `path message` pair, most relevant first. */
      readonly errors: readonly string[];
    };

/** One operation of the spec, as located by {@link DiscordSpec.findOperation}. */
export interface SpecOperation {
  /** Path template exactly as written in the spec, e.g. `/interactions/{interaction_id}/{interaction_token}/callback`. */
  readonly template: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The spec's `operationId`, when present. */
  readonly operationId: string | undefined;
  /** Whether the operation declares a JSON request body. */
  readonly hasJsonBody: boolean;
  /** Whether the spec marks the request body as required. */
  readonly bodyRequired: boolean;
}

interface CompiledOperation {
  /** The verdict: stops at the first error (an order of magnitude faster on message bodies than collecting all). */
  readonly whole: ValidateFunction;
  /** The body's schema, its `$ref`s anchored to the spec; compiled again with every error collected to explain a failure. */
  readonly schema: JsonObject;
  /** Built on the first failure: the whole schema and the alternatives of a top-level `anyOf`/`oneOf`, with all errors. */
  explainer?: Explainer;
}

/** Validators that collect every error, for a readable report of a failing body. */
interface Explainer {
  readonly whole: ValidateFunction;
  /** Alternatives of a top-level `anyOf`/`oneOf`, with the `type` values each accepts (if it restricts `type`). */
  readonly branches: readonly { readonly validate: ValidateFunction; readonly types: readonly Json[] | undefined }[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrites local `#/...` references so they point into the registered components document. */
function anchorRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : anchorRefs(value);
  }
  return out;
}

function templateToRegExp(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * Discord's OpenAPI document with lazily compiled request-body validators.
 *
 * Use {@link getDiscordSpec} to share one instance per process.
 */
export class DiscordSpec {
  private readonly spec: JsonObject;
  /** Stops at a body's first error: the verdict, on every request. */
  private readonly ajv: Ajv2020;
  /** Collects every error: compiled only when a body fails, to explain it. */
  private readonly ajvAllErrors: Ajv2020;
  private readonly compiled = new Map<string, CompiledOperation | null>();
  private readonly matchers: readonly { template: string; regexp: RegExp; literals: number }[];

  /**
   * Reads and indexes the spec.
   *
   * @param specPath - Path of `openapi.json`; defaults to {@link DISCORD_OPENAPI_PATH}.
   */
  constructor(specPath: string = DISCORD_OPENAPI_PATH) {
    let text: string;
    try {
      text = readFileSync(specPath, 'utf8');
    } catch (error) {
      throw new Error(
        `Discord's OpenAPI spec not found at ${specPath} (the pinned copy lives in test/fixtures/discord-api-spec/; npm run spec:refresh fetches it)`,
        { cause: error },
      );
    }
    const parsed: unknown = JSON.parse(text);
    if (!isObject(parsed) || !isObject(parsed['paths']) || !isObject(parsed['components'])) {
      throw new Error(`${specPath} does not look like an OpenAPI document (no paths/components)`);
    }
    this.spec = parsed;
    // Two instances: collecting every error makes Ajv try every alternative of the spec's many unions in full (a
    // message with embeds and buttons took ≈ 11 ms to check, against ≈ 1.4 ms stopping at the first error). The
    // verdict is the same either way; the full list is only needed to explain a failure.
    this.ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false, validateSchema: false });
    this.ajv.addSchema({ $id: SPEC_ID, components: parsed['components'] });
    this.ajvAllErrors = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
    this.ajvAllErrors.addSchema({ $id: SPEC_ID, components: parsed['components'] });
    this.matchers = Object.keys(parsed['paths'])
      .map((template) => ({
        template,
        regexp: templateToRegExp(template),
        literals: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
      }))
      // Prefer the most specific template: `/messages/@original` before `/messages/{message_id}`.
      .sort((a, b) => b.literals - a.literals);
  }

  /**
   * Finds the operation for a concrete request.
   *
   * @param method - HTTP method (any case).
   * @param requestPath - Path relative to the versioned API root, without query string, e.g. `/users/@me`.
   * @returns The operation, or `undefined` when the spec has no such path or method.
   */
  findOperation(method: string, requestPath: string): SpecOperation | undefined {
    for (const { template, regexp } of this.matchers) {
      if (!regexp.test(requestPath)) continue;
      const op = this.operation(method, template);
      if (op) return op;
    }
    return undefined;
  }

  /**
   * Describes the operation registered under an exact path template.
   *
   * @param method - HTTP method (any case).
   * @param template - Path template exactly as in the spec.
   * @returns The operation, or `undefined` if the spec lacks it.
   */
  operation(method: string, template: string): SpecOperation | undefined {
    const raw = this.rawOperation(method, template);
    if (!raw) return undefined;
    const body = raw['requestBody'];
    const content = isObject(body) && isObject(body['content']) ? body['content'] : undefined;
    const operationId = raw['operationId'];
    return {
      template,
      method: method.toUpperCase(),
      operationId: typeof operationId === 'string' ? operationId : undefined,
      hasJsonBody: content !== undefined && isObject(content['application/json']),
      bodyRequired: isObject(body) && body['required'] === true,
    };
  }

  /**
   * Validates a JSON request body against the operation's `requestBody.content['application/json'].schema`.
   *
   * @param method - HTTP method (any case).
   * @param template - Path template exactly as in the spec.
   * @param body - Parsed JSON body.
   * @returns `{ ok: true }` when the body conforms (or the operation declares no JSON body), else a readable report.
   */
  validateBody(method: string, template: string, body: unknown): BodyCheck {
    const compiled = this.compile(method, template);
    if (!compiled || compiled.whole(body)) return { ok: true };
    const errors = this.explain(compiled, body);
    const shown = errors.slice(0, MAX_REPORTED_ERRORS).join('; ');
    const more = errors.length > MAX_REPORTED_ERRORS ? ` (+${errors.length - MAX_REPORTED_ERRORS} more)` : '';
    return { ok: false, summary: `${shown}${more}`, errors };
  }

  private rawOperation(method: string, template: string): JsonObject | undefined {
    const m = method.toLowerCase();
    if (!METHODS.has(m)) return undefined;
    const paths = this.spec['paths'];
    const item = isObject(paths) ? paths[template] : undefined;
    const op = isObject(item) ? item[m] : undefined;
    return isObject(op) ? op : undefined;
  }

  private compile(method: string, template: string): CompiledOperation | null {
    const key = `${method.toUpperCase()} ${template}`;
    const cached = this.compiled.get(key);
    if (cached !== undefined) return cached;
    const raw = this.rawOperation(method, template);
    const body = raw?.['requestBody'];
    const content = isObject(body) ? body['content'] : undefined;
    const media = isObject(content) ? content['application/json'] : undefined;
    const schema = isObject(media) ? media['schema'] : undefined;
    let result: CompiledOperation | null = null;
    if (isObject(schema)) {
      const anchored = anchorRefs(schema);
      const whole = isObject(anchored) ? anchored : {};
      result = { whole: this.ajv.compile(whole), schema: whole };
    }
    this.compiled.set(key, result);
    return result;
  }

  /** The all-errors validators of an operation, compiled on its first failing body. */
  private explainer(compiled: CompiledOperation): Explainer {
    if (compiled.explainer) return compiled.explainer;
    const union = compiled.schema['anyOf'] ?? compiled.schema['oneOf'];
    const branches = Array.isArray(union)
      ? union.filter(isObject).map((branch) => ({
          validate: this.ajvAllErrors.compile(branch),
          types: this.discriminatorValues(branch),
        }))
      : [];
    compiled.explainer = { whole: this.ajvAllErrors.compile(compiled.schema), branches };
    return compiled.explainer;
  }

  /** The values of `properties.type` (enum or const) accepted by a union branch, if it restricts them. */
  private discriminatorValues(branch: JsonObject): readonly Json[] | undefined {
    let target: Json | undefined = branch;
    const ref = branch['$ref'];
    if (typeof ref === 'string' && ref.startsWith(`${SPEC_ID}#/`)) {
      target = ref
        .slice(SPEC_ID.length + 2)
        .split('/')
        .reduce<Json | undefined>((node, part) => (isObject(node) ? node[part] : undefined), this.spec);
    }
    const props = isObject(target) ? target['properties'] : undefined;
    const type = isObject(props) ? props['type'] : undefined;
    if (!isObject(type)) return undefined;
    if (Array.isArray(type['enum'])) return type['enum'];
    if ('const' in type) return [type['const'] ?? null];
    return undefined;
  }

  /**
   * Turns Ajv's errors into a short list. For a top-level union, the alternative whose `type` matches the body (or
   * else the one with the fewest errors) is reported, so a too-long reply is not drowned by "type must be 8".
   */
  private explain(compiled: CompiledOperation, body: unknown): string[] {
    const explainer = this.explainer(compiled);
    explainer.whole(body);
    let errors: readonly ErrorObject[] = explainer.whole.errors ?? [];
    if (explainer.branches.length > 0) {
      const bodyType: unknown = isObject(body) ? body['type'] : undefined;
      const candidates = explainer.branches.filter((b) => b.types === undefined || b.types.includes(bodyType as Json));
      let best: readonly ErrorObject[] | undefined;
      for (const branch of candidates.length > 0 ? candidates : explainer.branches) {
        if (branch.validate(body)) continue;
        const branchErrors = branch.validate.errors ?? [];
        if (best === undefined || branchErrors.length < best.length) best = branchErrors;
      }
      if (best !== undefined) errors = best;
    }
    const rank = (e: ErrorObject): number =>
      LIMIT_KEYWORDS.has(e.keyword) ? 0 : e.keyword === 'enum' || e.keyword === 'const' ? 1 : 2;
    const seen = new Set<string>();
    const lines: { text: string; rank: number }[] = [];
    for (const e of errors) {
      if (SUMMARY_KEYWORDS.has(e.keyword)) continue;
      // `oneOf: [{type: null}, {...}]` reports "must be null" for every non-null value; it never explains anything.
      if (e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null') continue;
      const text = `${e.instancePath === '' ? '(body)' : e.instancePath} ${e.message ?? e.keyword}`;
      if (seen.has(text)) continue;
      seen.add(text);
      lines.push({ text, rank: rank(e) });
    }
    if (lines.length === 0) return ['(body) does not match the schema'];
    return lines.sort((a, b) => a.rank - b.rank).map((l) => l.text);
  }
}

const instances = new Map<string, DiscordSpec>();

/**
 * Returns the process-wide {@link DiscordSpec} for a spec file, loading it on first use.
 *
 * @param specPath - Path of `openapi.json`; defaults to {@link DISCORD_OPENAPI_PATH}.
 */
export function getDiscordSpec(specPath: string = DISCORD_OPENAPI_PATH): DiscordSpec {
  let spec = instances.get(specPath);
  if (!spec) {
    spec = new DiscordSpec(specPath);
    instances.set(specPath, spec);
  }
  return spec;
}
