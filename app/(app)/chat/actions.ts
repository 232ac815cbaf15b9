"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { chatTitleSchema, deleteChat, renameChat } from "@/lib/chat/chats";
import { isAppError } from "@/lib/kernel/errors";

const chatId = z.uuid();

export const renameChatAction = userAction(
  z.object({ chatId, title: chatTitleSchema }),
  async (input, user) => {
    const chat = await renameChat(user.id, input.chatId, input.title);
    return { title: chat.title };
  },
);

export const deleteChatAction = userAction(z.object({ chatId }), async (input, user) => {
  // Already gone (deleted in another tab): what the user asked for is done.
  await deleteChat(user.id, input.chatId).catch((error: unknown) => {
    if (!(isAppError(error) && error.code === "not_found")) throw error;
  });
  return null;
});
