export const SCOPES = ["meetings:read", "meetings:write", "chat", "email", "webhooks"] as const;
export type Scope = (typeof SCOPES)[number];
