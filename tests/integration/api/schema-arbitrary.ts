import fc from "fast-check";
import { z } from "zod";

/**
 * fast-check arbitraries generated from the handlers' own zod schemas (through their JSON Schema,
 * the same one the OpenAPI document is built from), and mutations of what they generate: the
 * inputs a buggy or hostile client sends.
 */

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
};

export type Overrides = Record<string, fc.Arbitrary<unknown>>;

const FIRST_DAY = new Date("0000-01-01T00:00:00.000Z");
const LAST_DAY = new Date("9999-12-31T23:59:59.999Z");

/** Any instant from year 0 to 9999, the range zod's ISO formats accept. */
export const isoDateTime = fc
  .date({ min: FIRST_DAY, max: LAST_DAY, noInvalidDate: true })
  .map((date) => date.toISOString());
export const isoDate = isoDateTime.map((value) => value.slice(0, 10));

/** Text as clients send it: any code point (NUL and lone surrogates included) or whole graphemes. */
export function text(constraints: { minLength?: number; maxLength?: number } = {}) {
  const limits = {
    minLength: constraints.minLength ?? 0,
    maxLength: Math.min(constraints.maxLength ?? 60, 60),
  };
  return fc.oneof(
    fc.string({ ...limits, unit: "grapheme" }),
    fc.string({ ...limits, unit: "binary" }),
    fc.string({ ...limits, unit: "grapheme-ascii" }),
  );
}

export const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "Ana\u0000",
    "\ud800",
    "\u202eevil",
    "💥".repeat(500),
    "x".repeat(100_000),
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "-1",
    "1e309",
    "NaN",
    "null",
    "[]",
    "' or 1=1 --",
    "%",
    "_",
    "\\",
    "<script>alert(1)</script>",
    "__proto__",
  ),
  text(),
);

/** Arrays or objects nested `depth` deep around a leaf. */
function nest(depth: number, asObject: boolean, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = asObject ? { a: value } : [value];
  return value;
}

/** A value nested deeper than any body the API takes (hundreds of levels). */
export const deepValue = fc
  .tuple(fc.integer({ min: 60, max: 500 }), fc.boolean())
  .map(([depth, asObject]) => nest(depth, asObject, "x"));

/** JSON text nested up to 10,000 deep, as a raw body: deeper than a recursive walk survives. */
export const deepJsonText = fc
  .tuple(fc.integer({ min: 60, max: 10_000 }), fc.constantFrom("[", '{"a":', '[{"text":'))
  .map(([depth, open]) => {
    const close = open === "[" ? "]" : open === '{"a":' ? "}" : "}]";
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.constantFrom([], {}, [null], { nested: { deeper: [1, "two"] } }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
);

function integer(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): fc.Arbitrary<number> {
  const lo = Math.max(min, -(2 ** 31));
  const hi = Math.min(max, 2 ** 31 - 1);
  const small = lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(min);
  if (min >= -(2 ** 31) && max <= 2 ** 31 - 1) return small;
  return fc.oneof(
    small,
    fc.constantFrom(min, max),
    fc.maxSafeInteger().filter((value) => value >= min && value <= max),
  );
}

function fromJsonSchema(schema: JsonSchema, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => fromJsonSchema(option)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integer(schema.minimum, schema.maximum);
    case "number":
      return fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true, noDefaultInfinity: true });
    case "string":
      if (schema.format === "uuid") return fc.uuid();
      if (schema.format === "email") return fc.emailAddress();
      if (schema.format === "date") return isoDate;
      if (schema.format === "date-time") return isoDateTime;
      return text(schema);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 5, minLength + 5);
      return fc.array(schema.items ? fromJsonSchema(schema.items) : fc.jsonValue(), { minLength, maxLength });
    }
    case "object": {
      if (schema.properties) {
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, property] of Object.entries(schema.properties)) {
          model[name] = overrides[name] ?? fromJsonSchema(property);
        }
        return fc.record(model, { requiredKeys: schema.required ?? [] });
      }
      if (typeof schema.additionalProperties === "object") {
        const keys = schema.propertyNames ? fromJsonSchema(schema.propertyNames) : text();
        return fc.dictionary(keys as fc.Arbitrary<string>, fromJsonSchema(schema.additionalProperties), {
          maxKeys: 4,
        });
      }
      return fc.dictionary(text(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    }
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Values of the schema's input type (what a correct client sends), field by field overridable. */
export function validInput(schema: z.ZodType, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return fromJsonSchema(json, overrides);
}

type Path = (string | number)[];

function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsIn(item, [...prefix, index]));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...prefix, key]));
  }
  return paths;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

function removeAt(value: unknown, path: Path): unknown {
  const [head, ...rest] = path;
  if (head === undefined || !value || typeof value !== "object") return value;
  if (rest.length > 0) {
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
    copy[head] = removeAt(copy[head], rest);
    return copy;
  }
  if (Array.isArray(value)) return value.filter((_, index) => index !== head);
  const { [head]: _removed, ...others } = value as Record<string, unknown>;
  return others;
}

/** A correct value broken one way: a field of the wrong type or value, a field missing, extra fields, the wrong container. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(valid, fc.nat(), hostileValue).map(([value, pick, replacement]) => {
      const paths = pathsIn(value);
      return replaceAt(value, paths[pick % paths.length] as Path, replacement);
    }),
    fc.tuple(valid, fc.nat()).map(([value, pick]) => {
      const paths = pathsIn(value).filter((path) => path.length > 0);
      return paths.length ? removeAt(value, paths[pick % paths.length] as Path) : value;
    }),
    fc
      .tuple(valid, text({ maxLength: 12 }), hostileValue)
      .map(([value, key, extra]) =>
        value && typeof value === "object" && !Array.isArray(value) ? { ...value, [key]: extra } : value,
      ),
    valid.map((value) => [value]),
    fc.jsonValue({ maxDepth: 4 }),
    hostileValue,
  );
}

/** Query parameters as a client puts them in a URL: the schema's values, broken ones, and strangers. */
export function queryInput(
  schema: z.ZodType | undefined,
  overrides: Overrides = {},
): fc.Arbitrary<Record<string, string>> {
  const strangers = fc.dictionary(text({ maxLength: 12 }), hostileString, { maxKeys: 3 });
  if (!schema) return strangers;
  const asStrings = (value: unknown) =>
    Object.fromEntries(
      Object.entries(value && typeof value === "object" ? value : {}).map(([key, item]) => [
        key,
        typeof item === "string" ? item : JSON.stringify(item),
      ]),
    );
  const valid = validInput(schema, overrides).map(asStrings);
  return fc.oneof(
    valid,
    fc.tuple(valid, strangers).map(([known, extra]) => ({ ...extra, ...known })),
    fc.tuple(valid, fc.nat(), hostileString).map(([known, pick, replacement]) => {
      const keys = Object.keys(known);
      const key = keys.length ? (keys[pick % keys.length] as string) : "cursor";
      return { ...known, [key]: replacement };
    }),
    strangers,
  );
}

/** A value encoded the way the API encodes its cursors: base64url of its JSON. */
export const encodeCursor = (value: unknown) =>
  Buffer.from(JSON.stringify(value) ?? "").toString("base64url");

/** Cursors: garbage, and well-encoded ones carrying values the server never issued. */
export const cursorInput = fc.oneof(
  text(),
  fc.jsonValue({ maxDepth: 2 }).map(encodeCursor),
  fc.record({ s: fc.oneof(integer(), integer(0)) }).map(encodeCursor),
  fc.record({ o: fc.oneof(integer(), integer(0)) }).map(encodeCursor),
  fc.record({ c: fc.oneof(isoDateTime, text()), i: fc.oneof(fc.uuid(), text()) }).map(encodeCursor),
);
