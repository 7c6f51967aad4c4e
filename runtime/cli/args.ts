// A small flag parser shared by the `policy` and `gateway` commands.
// Flags: --name value, --name=value, boolean --flag; everything else is positional.

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      if (eq > 0) {
        flags.set(a.slice(2, eq), a.slice(eq + 1));
      } else {
        const name = a.slice(2);
        const next = argv[i + 1];
        if (booleanFlags.includes(name) || next === undefined || (next.startsWith("--") && next.length > 2)) {
          flags.set(name, true);
        } else {
          flags.set(name, next);
          i++;
        }
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

export function boolFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** What a command writes to; tests hand in buffers, the binaries hand in the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour and progress bars only then). */
  isTTY: boolean;
  readStdin(): Promise<string>;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

export interface CliCommand {
  name: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 policy/test failures, 2 usage. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Runs one of `commands` by its first argument; prints help and exits 2 on misuse. */
export async function dispatch(program: string, commands: CliCommand[], argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const help = () =>
    `usage: ${program} <command> [options]\n\ncommands:\n` +
    commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n") + "\n";
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(`${program}: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${program} ${name}: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`${program} ${name}: ${msg}\n`);
    if (process.env.HOOP_DEBUG) io.err(String((e as Error)?.stack) + "\n");
    return 1;
  }
}
