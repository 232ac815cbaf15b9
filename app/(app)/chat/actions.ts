"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { chatTitleSchema, deleteChat, renameChat } from "@/lib/chat/chats";

const chatId = z.uuid();

export const renameChatAction = userAction(
  z.object({ chatId, title: chatTitleSchema }),
  async (input, user) => {
    const chat = await renameChat(user.id, input.chatId, input.title);
    return { title: chat.title };
  },
);

export const deleteChatAction = userAction(z.object({ chatId }), async (input, user) => {
  await deleteChat(user.id, input.chatId);
  return null;
});
