// The run-time support that compiled decision functions and the reference interpreter share, so
// that both give every operator exactly the same meaning.
import { ipWithin, parseCidr, type Cidr } from "./cidr.js";
import { globMatch, selectorMatches, type ColumnSelector } from "./selectors.js";
import { WEEKDAYS } from "./types.js";

/** Thrown when a condition reads an optional part the request does not carry: the rule does not apply. */
export const NOT_APPLICABLE: unique symbol = Symbol("not applicable");

/** A value of the wrong shape in the request (an attribute of the wrong type, a missing required field). */
export class ContextError extends Error {}

export function absent(optional: boolean, name: string): never {
  if (optional) throw NOT_APPLICABLE;
  throw new ContextError(`the request has no '${name}'`);
}

export function field(obj: unknown, name: string, optional: boolean): unknown {
  if (obj === null || typeof obj !== "object") throw new ContextError(`cannot read '${name}' of ${obj === null ? "null" : typeof obj}`);
  const v = Object.prototype.hasOwnProperty.call(obj, name) ? (obj as Record<string, unknown>)[name] : undefined;
  return v === undefined || v === null ? absent(optional, name) : v;
}

const kinds: Record<string, string> = { string: "string", int: "number", bool: "boolean", duration: "number", ip: "string" };
/** Attributes arrive from identity providers as arbitrary JSON: check them against the declared type. */
export function typed(value: unknown, type: string): unknown {
  if (type === "timestamp") return timestamp(value);
  if (type.startsWith("list<")) {
    const elem = type.slice(5, -1);
    if (!Array.isArray(value) || !value.every((v) => typeof v === kinds[elem])) throw new ContextError(`attribute is not a ${type}`);
    return value;
  }
  if (typeof value !== kinds[type] || (type === "int" && !Number.isInteger(value))) throw new ContextError(`attribute is not a ${type}`);
  return value;
}

export function timestamp(value: unknown): number {
  const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new ContextError(`'${String(value)}' is not a timestamp`);
  return ms;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Hour, minute and weekday of an instant in an IANA time zone. */
function zoned(ms: number, zone: string): { hour: number; minute: number; weekday: string } {
  let fmt = zoneFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", hour: "numeric", minute: "numeric", weekday: "long" });
    zoneFormats.set(zone, fmt);
  }
  let hour = 0, minute = 0, weekday = "monday";
  for (const p of fmt.formatToParts(ms)) {
    if (p.type === "hour") hour = Number(p.value) % 24;
    else if (p.type === "minute") minute = Number(p.value);
    else if (p.type === "weekday") weekday = p.value.toLowerCase();
  }
  return { hour, minute, weekday };
}

export function timestampMember(ms: number, member: string, zone?: string): number | string {
  if (zone) {
    const z = zoned(ms, zone);
    switch (member) {
      case "timeOfDay": return z.hour * 60 + z.minute;
      case "weekday": return z.weekday;
      case "hour": return z.hour;
      case "minute": return z.minute;
    }
  }
  const d = new Date(ms);
  switch (member) {
    case "timeOfDay": return d.getUTCHours() * 60 + d.getUTCMinutes();
    case "weekday": return WEEKDAYS[(d.getUTCDay() + 6) % 7]!;
    case "hour": return d.getUTCHours();
    case "minute": return d.getUTCMinutes();
  }
  throw new ContextError(`a timestamp has no '${member}'`);
}

export function like(text: unknown, pattern: string): boolean {
  if (typeof text !== "string") throw new ContextError("like needs text");
  return globMatch(pattern, text);
}

export function within(ip: unknown, blocks: Cidr[]): boolean {
  if (typeof ip !== "string") throw new ContextError("within needs an IP address");
  for (const b of blocks) if (ipWithin(ip, b)) return true;
  return false;
}

export function cidrs(values: (string | Cidr)[]): Cidr[] {
  return values.map((v) => {
    if (typeof v !== "string") return v;
    const c = parseCidr(v);
    if (!c) throw new ContextError(`'${v}' is not a CIDR block`);
    return c;
  });
}

export function columnIn(column: unknown, selectors: ColumnSelector[]): boolean {
  if (typeof column !== "string") throw new ContextError("a column name must be text");
  for (const s of selectors) if (selectorMatches(s, column)) return true;
  return false;
}

export function includes(list: unknown, value: unknown): boolean {
  if (typeof list === "string") return typeof value === "string" && list.includes(value);
  if (!Array.isArray(list)) throw new ContextError("not a list");
  return list.includes(value);
}

export function hasKey(map: unknown, key: unknown): boolean {
  if (map === null || typeof map !== "object") throw new ContextError("not a map");
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(map, key);
}

export function count(v: unknown): number {
  if (typeof v === "string" || Array.isArray(v)) return v.length;
  throw new ContextError("count() needs a list or text");
}

export function text(v: unknown): string {
  if (typeof v !== "string") throw new ContextError("expected text");
  return v;
}

export function list(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new ContextError("expected a list");
  return v;
}

export function num(v: unknown): number {
  if (typeof v !== "number") throw new ContextError("expected a number");
  return v;
}
