// The request context, declared once as JSON Schema. The runtime validates contexts with ajv
// against it, the type checker derives the types a policy may use from it (`x-hoop` names the
// richer type of a string: timestamp, ip), and the test runner builds contexts that satisfy it.
import { SHELL_CATEGORIES, SQL_COMMANDS } from "./types.js";

const stringList = { type: "array", items: { type: "string" } } as const;

export const contextSchema = {
  $id: "https://hoop.invalid/schemas/request-context.json",
  type: "object",
  required: ["principal", "connection", "session", "time"],
  additionalProperties: false,
  $defs: {
    principal: {
      type: "object",
      required: ["id", "kind", "groups", "attributes"],
      additionalProperties: false,
      properties: {
        id: { type: "string" },
        kind: { enum: ["agent", "human", "service"], "x-hoop-enum": "principal kind" },
        groups: stringList,
        attributes: { type: "object", "x-hoop": "attributes" },
        onBehalfOf: { $ref: "#/$defs/principal" },
      },
    },
    statement: {
      type: "object",
      required: [
        "kind", "command", "tablesRead", "tablesWritten", "columnsRead", "columnsWritten", "columnsInPredicates",
        "hasWhere", "whereIsTautology", "functions", "sideEffectFunctions", "selectInto", "copyTarget", "setting", "opaque",
      ],
      properties: {
        kind: { enum: ["read", "write", "ddl", "dcl", "tcl", "utility"], "x-hoop-enum": "statement kind" },
        command: { enum: [...SQL_COMMANDS], "x-hoop-enum": "SQL command" },
        tablesRead: stringList,
        tablesWritten: stringList,
        columnsRead: stringList,
        columnsWritten: stringList,
        columnsInPredicates: stringList,
        hasWhere: { type: "boolean" },
        whereIsTautology: { type: "boolean" },
        functions: stringList,
        sideEffectFunctions: stringList,
        selectInto: { type: "boolean" },
        copyTarget: { enum: ["none", "stdio", "file", "program"], "x-hoop-enum": "COPY target" },
        setting: { type: "string" },
        opaque: { type: "boolean" },
      },
    },
    shellCommand: {
      type: "object",
      required: ["program", "args", "assignments", "redirects", "categories"],
      properties: {
        program: { type: "string" },
        args: stringList,
        assignments: stringList,
        redirects: {
          type: "array",
          items: { type: "object", required: ["op", "target"], properties: { op: { type: "string" }, target: { type: "string" } } },
        },
        categories: { type: "array", items: { $ref: "#/$defs/shellCategory" } },
        via: stringList,
      },
    },
    shellCategory: { enum: [...SHELL_CATEGORIES], "x-hoop-enum": "shell category" },
    shell: {
      type: "object",
      required: ["commands", "categories", "readOnly"],
      properties: {
        commands: { type: "array", items: { $ref: "#/$defs/shellCommand" } },
        categories: { type: "array", items: { $ref: "#/$defs/shellCategory" } },
        readOnly: { type: "boolean" },
        parseError: { type: "string" },
      },
    },
  },
  properties: {
    principal: { $ref: "#/$defs/principal" },
    connection: {
      type: "object",
      required: ["name", "protocol", "tags"],
      additionalProperties: false,
      properties: {
        name: { type: "string" },
        protocol: { enum: ["postgres", "ssh", "kubernetes"], "x-hoop-enum": "protocol" },
        tags: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    session: {
      type: "object",
      required: ["id", "startedAt", "sourceIp"],
      additionalProperties: false,
      properties: {
        id: { type: "string" },
        startedAt: { type: "string", "x-hoop": "timestamp" },
        sourceIp: { type: "string", "x-hoop": "ip" },
        justification: { type: "string" },
      },
    },
    time: { type: "string", "x-hoop": "timestamp" },
    sql: {
      type: "object",
      required: ["readOnly", "statements"],
      properties: {
        readOnly: { type: "boolean" },
        statements: { type: "array", items: { $ref: "#/$defs/statement" } },
        parseError: {
          type: "object",
          required: ["message"],
          properties: { message: { type: "string" }, position: { type: "integer" } },
        },
      },
    },
    shell: { $ref: "#/$defs/shell" },
    ssh: {
      type: "object",
      required: ["request"],
      properties: {
        request: { enum: ["exec", "shell", "subsystem", "port-forward", "agent-forward", "x11"], "x-hoop-enum": "SSH request" },
        subsystem: { type: "string" },
      },
    },
    k8s: {
      type: "object",
      required: ["verb", "resource"],
      properties: {
        verb: { type: "string" },
        resource: { type: "string" },
        subresource: { type: "string" },
        namespace: { type: "string" },
        name: { type: "string" },
        command: { $ref: "#/$defs/shell" },
      },
    },
  },
} as const;

export type JsonSchema = { [key: string]: unknown };
