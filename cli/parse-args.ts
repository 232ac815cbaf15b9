export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type ParsedArgs = { positionals: string[]; flags: Record<string, string> };

/** Splits argv into positionals and `--flag value` / `--flag=value` pairs. Every flag takes a value. */
export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    if (!body) throw new UsageError("unexpected `--`");
    const eq = body.indexOf("=");
    if (eq >= 0) {
      flags[body.slice(0, eq)] = body.slice(eq + 1);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${body} needs a value`);
    flags[body] = value;
    i++;
  }
  return { positionals, flags };
}

/** The named flags, each required, refusing any flag not listed. */
export function requireFlags<K extends string>(
  flags: Record<string, string>,
  required: readonly K[],
  optional: readonly string[] = [],
): Record<K, string> {
  for (const name of Object.keys(flags)) {
    if (!required.includes(name as K) && !optional.includes(name))
      throw new UsageError(`unknown flag --${name}`);
  }
  const missing = required.filter((name) => !flags[name]);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(", ")}`);
  return flags as Record<K, string>;
}
