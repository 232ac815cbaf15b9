import "server-only";
import bcrypt from "bcryptjs";

// 11 rounds: ~150 ms on a small server core, well above OWASP's floor of 10.
const BCRYPT_ROUNDS = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$2b$11$3ukLOwoOwV3AI5Gtof38VOzxBPZ0vTIg0Jqs4hd1JZ2bgKqoZ3p/K";

export async function burnPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}
