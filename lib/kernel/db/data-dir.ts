import path from "node:path";
import { env } from "../env";

/** Where Minuta keeps embedded state (database, files, secrets): `.data/` unless MINUTA_DATA_DIR says otherwise. */
export function dataDir(): string {
  return path.resolve(env().MINUTA_DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data"));
}
