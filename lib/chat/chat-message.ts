import type { UIMessage } from "ai";
import type { Citation } from "./citations";

/** What travels with an answer besides its parts (shared by the route, the UI and saved chats). */
export type ChatMetadata = {
  chatId?: string;
  /** false when the meetings did not contain the answer. */
  answered?: boolean;
  /** Titles of the meetings the answer may cite, by id, for the citation chips. */
  meetings?: Record<string, string>;
  engine?: "local" | "llm";
  /** true when the answer stopped part-way (the provider failed); what arrived is kept. */
  incomplete?: boolean;
};

/** A chat message as `useChat` and the stream carry it: text parts plus `data-citation` parts (id = the `[n]` in the text). */
export type ChatUIMessage = UIMessage<ChatMetadata, { citation: Citation }>;

export const MAX_QUESTION_CHARS = 20_000;
