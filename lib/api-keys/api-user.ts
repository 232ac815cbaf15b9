import type { Scope } from "./scopes";

/** Who calls the API: a browser session or an API key, with the scopes it may use. */
export type ApiUser = {
  id: string;
  email: string;
  via: "session" | "api_key";
  scopes: readonly Scope[];
  keyId?: string;
  /** The browser session's own id (a claim set at sign-in), for what is scoped per session. */
  sessionId?: string;
};
