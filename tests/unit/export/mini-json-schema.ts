/*
 * A small JSON Schema (2020-12) checker for the keywords schema/gloss-export-v1.schema.json
 * uses, so the published schema is tested against real exports without adding ajv.
 * Returns the paths that fail; an unsupported keyword throws, so the schema can't quietly
 * outgrow the checker.
 */
type Schema = Record<string, unknown>;

const SUPPORTED = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'const', 'enum', 'required',
  'properties', 'additionalProperties', 'items', 'anyOf', 'oneOf', 'maxLength', 'minLength',
  'minimum', 'maxItems', 'pattern', 'format',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function checkSchema(root: Schema, value: unknown): string[] {
  const failures: string[] = [];
  const check = (schema: Schema, v: unknown, at: string): boolean => {
    const before = failures.length;
    const fail = (why: string) => failures.push(`${at || '(root)'}: ${why}`);
    for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) throw new Error(`unsupported keyword ${key}`);
    if (schema.$ref) {
      const name = (schema.$ref as string).replace('#/$defs/', '');
      check((root.$defs as Record<string, Schema>)[name], v, at);
    }
    if (schema.type) {
      const types = ([] as string[]).concat(schema.type as string);
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) fail(`type ${t} not ${types}`);
    }
    if ('const' in schema && v !== schema.const) fail(`not const ${JSON.stringify(schema.const)}`);
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) fail(`not in enum`);
    if (typeof v === 'string') {
      if (schema.maxLength !== undefined && v.length > (schema.maxLength as number)) fail('too long');
      if (schema.minLength !== undefined && v.length < (schema.minLength as number)) fail('too short');
      if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(v)) fail('pattern');
    }
    if (typeof v === 'number' && schema.minimum !== undefined && v < (schema.minimum as number)) fail('minimum');
    if (Array.isArray(v)) {
      if (schema.maxItems !== undefined && v.length > (schema.maxItems as number)) fail('maxItems');
      if (schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${at}[${i}]`));
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) fail(`missing ${key}`);
      for (const [key, child] of Object.entries(obj)) {
        if (props[key]) check(props[key], child, `${at}.${key}`);
        else if (schema.additionalProperties === false) fail(`unexpected ${key}`);
      }
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      if (!schema[keyword]) continue;
      const passing = (schema[keyword] as Schema[]).filter((s) => {
        const mark = failures.length;
        const ok = check(s, v, at);
        failures.length = mark;
        return ok;
      }).length;
      if (keyword === 'anyOf' ? passing === 0 : passing !== 1) fail(`${keyword} matched ${passing}`);
    }
    return failures.length === before;
  };
  check(root, value, '');
  return failures;
}
