import { existsSync } from "node:fs";
import { connectForCli } from "@/cli/connect";
import { requireFlags, UsageError } from "@/cli/parse-args";
import { backupDatabase, restoreDatabase } from "@/lib/kernel/db/backup";
import { migrate } from "@/lib/kernel/db/migrate";

export async function dbCommand(sub: string | undefined, flags: Record<string, string>): Promise<void> {
  if (sub === "migrate") {
    requireFlags(flags, []);
    const { sql, close } = await connectForCli();
    try {
      const applied = await migrate(sql);
      process.stdout.write(applied.length ? `applied ${applied.join(", ")}\n` : "database is up to date\n");
    } finally {
      await close();
    }
    return;
  }
  if (sub === "backup") {
    const { out } = requireFlags(flags, ["out"]);
    const { sql, close } = await connectForCli();
    try {
      await migrate(sql);
      const rows = await backupDatabase(sql, out);
      process.stdout.write(`backed up ${rows} rows to ${out}\n`);
    } finally {
      await close();
    }
    return;
  }
  if (sub === "restore") {
    const { in: file } = requireFlags(flags, ["in"]);
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
    const { sql, close } = await connectForCli();
    try {
      await migrate(sql);
      const rows = await restoreDatabase(sql, file);
      process.stdout.write(`restored ${rows} rows from ${file}\n`);
    } finally {
      await close();
    }
    return;
  }
  throw new UsageError("db needs one of: migrate, backup --out FILE, restore --in FILE");
}
