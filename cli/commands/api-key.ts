import { connectForCli } from "@/cli/connect";
import { requireFlags, UsageError } from "@/cli/parse-args";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import { SCOPES, type Scope } from "@/lib/api-keys/scopes";
import { closeDb } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { AppError } from "@/lib/kernel/errors";
import { findUserByEmail } from "@/lib/users/queries";

function parseScopes(value: string | undefined): Scope[] {
  if (value === undefined) return [...SCOPES];
  const scopes = value
    .split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
  if (scopes.length === 0 || unknown.length) {
    throw new UsageError(`--scopes takes a comma-separated list of: ${SCOPES.join(", ")}`);
  }
  return scopes as Scope[];
}

export async function apiKeyCommand(sub: string | undefined, flags: Record<string, string>): Promise<void> {
  if (sub !== "create") throw new UsageError("api-key needs: create --email E --name N [--scopes a,b]");
  requireFlags(flags, ["email", "name"], ["scopes"]);
  const scopes = parseScopes(flags.scopes);
  const { sql, close } = await connectForCli();
  try {
    await migrate(sql);
    const user = await findUserByEmail(flags.email as string);
    if (!user) throw new AppError("not_found", "user_not_found");
    const created = await createApiKey(user.id, { name: flags.name as string, scopes });
    process.stderr.write(
      `created key "${created.name}" for ${user.email} with scopes ${created.scopes.join(", ")}\n`,
    );
    process.stdout.write(`${created.key}\n`);
  } finally {
    await closeDb();
    await close();
  }
}
