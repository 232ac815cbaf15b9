import { connectForCli } from "@/cli/connect";
import { requireFlags, UsageError } from "@/cli/parse-args";
import { closeDb } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { seedDemo } from "@/lib/orchestration/demo/seed-demo";

export async function demoCommand(sub: string | undefined, flags: Record<string, string>): Promise<void> {
  if (sub !== "seed") throw new UsageError("demo needs: seed");
  requireFlags(flags, []);
  const { sql, close } = await connectForCli();
  try {
    await migrate(sql);
    const result = await seedDemo();
    process.stderr.write(`seeded ${result.meetings} meetings\n`);
    process.stdout.write(`log in as ${result.email} with password ${result.password}\n`);
  } finally {
    await closeDb();
    await close();
  }
}
