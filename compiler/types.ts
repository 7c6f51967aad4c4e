// The types a policy expression can have, and how the context's JSON Schema maps onto them.
import { contextSchema, type JsonSchema } from "./context/schema.js";

export type Type =
  | { k: "bool" }
  | { k: "int" }
  | { k: "string" }
  | { k: "duration" }
  | { k: "timeofday" }
  | { k: "timestamp" }
  | { k: "ip" }
  | { k: "cidr" }
  | { k: "enum"; name: string; values: readonly string[] }
  | { k: "list"; elem: Type }
  | { k: "record"; name: string; fields: () => Map<string, Field> }
  | { k: "map"; value: Type }
  /** A set of column selectors (a `columns` declaration). */
  | { k: "columns" }
  /** The type of an expression that already has a diagnostic: it silences every follow-on error. */
  | { k: "error" };

export interface Field { type: Type; optional: boolean }

export const T = {
  bool: { k: "bool" } as Type,
  int: { k: "int" } as Type,
  string: { k: "string" } as Type,
  duration: { k: "duration" } as Type,
  timeofday: { k: "timeofday" } as Type,
  timestamp: { k: "timestamp" } as Type,
  ip: { k: "ip" } as Type,
  cidr: { k: "cidr" } as Type,
  columns: { k: "columns" } as Type,
  error: { k: "error" } as Type,
  list: (elem: Type): Type => ({ k: "list", elem }),
};

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const weekdayType: Type = { k: "enum", name: "weekday", values: WEEKDAYS };

export function typeName(t: Type): string {
  switch (t.k) {
    case "enum": return t.name;
    case "list": return `list<${typeName(t.elem)}>`;
    case "record": return t.name;
    case "map": return `map<${typeName(t.value)}>`;
    case "columns": return "column list";
    default: return t.k;
  }
}

export function sameType(a: Type, b: Type): boolean {
  if (a.k === "error" || b.k === "error") return true;
  if (a.k !== b.k) return false;
  if (a.k === "enum" && b.k === "enum") return a.name === b.name;
  if (a.k === "list" && b.k === "list") return sameType(a.elem, b.elem);
  if (a.k === "record" && b.k === "record") return a.name === b.name;
  return true;
}

/** Members a timestamp exposes, computed in the policy's time zone. */
export const timestampMembers = new Map<string, Type>([
  ["timeOfDay", T.timeofday],
  ["weekday", weekdayType],
  ["hour", T.int],
  ["minute", T.int],
]);

/** Derives the policy-visible types from the JSON Schema; attributes come from the policy's declarations. */
export function contextTypes(attributes: () => Map<string, Field>): Map<string, Field> {
  const defs = (contextSchema as JsonSchema).$defs as Record<string, JsonSchema>;
  const cache = new Map<string, Type>();
  const fromSchema = (s: JsonSchema, name: string): Type => {
    if (typeof s.$ref === "string") {
      const ref = s.$ref.replace("#/$defs/", "");
      let t = cache.get(ref);
      if (!t) {
        // Recursive definitions (principal.onBehalfOf) resolve lazily through the record's field thunk.
        t = fromSchema(defs[ref]!, ref);
        cache.set(ref, t);
      }
      return t;
    }
    if (s["x-hoop"] === "attributes") return { k: "record", name: "attributes", fields: attributes };
    if (s["x-hoop"] === "timestamp") return T.timestamp;
    if (s["x-hoop"] === "ip") return T.ip;
    if (Array.isArray(s.enum)) return { k: "enum", name: String(s["x-hoop-enum"] ?? name), values: s.enum as string[] };
    switch (s.type) {
      case "boolean": return T.bool;
      case "integer":
      case "number": return T.int;
      case "string": return T.string;
      case "array": return T.list(fromSchema(s.items as JsonSchema, name));
      case "object": {
        if (s.properties) {
          const props = s.properties as Record<string, JsonSchema>;
          const required = new Set((s.required as string[] | undefined) ?? []);
          let fields: Map<string, Field> | undefined;
          return {
            k: "record",
            name,
            fields: () => (fields ??= new Map(Object.entries(props).map(([k, v]) => [k, { type: fromSchema(v, k), optional: !required.has(k) }]))),
          };
        }
        return { k: "map", value: s.additionalProperties ? fromSchema(s.additionalProperties as JsonSchema, name) : T.string };
      }
    }
    return T.error;
  };
  const root = fromSchema(contextSchema as JsonSchema, "context");
  return root.k === "record" ? root.fields() : new Map();
}

/** Parses an attribute type as written in an `attributes { … }` block. */
export function attributeType(name: string, element?: string): Type | undefined {
  const scalar = (n: string): Type | undefined =>
    ({ string: T.string, int: T.int, bool: T.bool, duration: T.duration, timestamp: T.timestamp, ip: T.ip } as Record<string, Type>)[n];
  if (name === "list") return element ? (scalar(element) ? T.list(scalar(element)!) : undefined) : undefined;
  return scalar(name);
}

export const ATTRIBUTE_TYPE_NAMES = ["string", "int", "bool", "duration", "timestamp", "ip", "list<string>", "list<int>"];
