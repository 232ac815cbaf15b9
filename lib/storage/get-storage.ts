import "server-only";
import path from "node:path";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { env } from "@/lib/kernel/env";
import { LocalStorage } from "./local-storage";
import type { Storage } from "./storage";
import { SupabaseStorage, type SupabaseStorageConfig } from "./supabase-storage";

const DEFAULT_BUCKET = "recordings";

function supabaseConfig(): SupabaseStorageConfig | null {
  const { SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey, SUPABASE_STORAGE_BUCKET } = env();
  if (!url || !serviceRoleKey) return null;
  return { url, serviceRoleKey, bucket: SUPABASE_STORAGE_BUCKET || DEFAULT_BUCKET };
}

export function storageKind(): "local" | "supabase" {
  return supabaseConfig() ? "supabase" : "local";
}

// Keyed by the settings it was built from, so a changed environment (tests) gets a new instance.
let cached: { settings: string; storage: Storage } | undefined;

/** The configured storage: Supabase Storage when its env is set, else a folder under .data/. */
export function getStorage(): Storage {
  const config = supabaseConfig();
  const settings = config ? JSON.stringify(config) : `local:${dataDir()}`;
  if (cached?.settings !== settings) {
    cached = {
      settings,
      storage: config ? new SupabaseStorage(config) : new LocalStorage(path.join(dataDir(), "files")),
    };
  }
  return cached.storage;
}
