import { findUserById } from "./queries";

export type Profile = {
  id: string;
  email: string;
  name: string | null;
  timezone: string;
  locale: "es" | "en" | null;
};

export async function getProfile(userId: string): Promise<Profile> {
  const user = await findUserById(userId);
  return {
    id: userId,
    email: user?.email ?? "",
    name: user?.name ?? null,
    timezone: user?.timezone ?? "UTC",
    locale: user?.locale ?? null,
  };
}
