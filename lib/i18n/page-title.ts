import type { Metadata } from "next";
import type { Messages } from "./messages";
import { getMessages } from "./server";

/** A page's `generateMetadata`: its title in the reader's language, "Title · Minuta". */
export function titled(key: keyof Messages["welcome"]["titles"]) {
  return async (): Promise<Metadata> => {
    const { t } = await getMessages();
    return { title: `${t.welcome.titles[key]} · ${t.app.name}` };
  };
}
