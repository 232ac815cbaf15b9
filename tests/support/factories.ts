import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/auth/create-user";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function makeUser(overrides: { email?: string; password?: string; name?: string } = {}) {
  const password = overrides.password ?? "correct horse battery";
  const user = await createUser({ email: overrides.email ?? uniqueEmail(), password, name: overrides.name });
  return { ...user, password };
}
