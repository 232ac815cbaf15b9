import path from "node:path";

/** Where Minuta keeps embedded state (database, files, secrets): `.data/` unless MINUTA_DATA_DIR says otherwise. */
export function dataDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.MINUTA_DATA_DIR || path.join(process.cwd(), ".data"),
  );
}
