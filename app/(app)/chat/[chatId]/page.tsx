import { notFound } from "next/navigation";
import { z } from "zod";
import { ChatWorkspace } from "@/components/chat/chat-workspace";
import { requireUser } from "@/lib/auth/session";
import { chatPageData } from "@/lib/chat/chat-page-data";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";
import { isAppError } from "@/lib/kernel/errors";

export const generateMetadata = titled("chat");

type Props = { params: Promise<{ chatId: string }> };

export default async function SavedChatPage({ params }: Props) {
  const user = await requireUser();
  const { chatId } = await params;
  if (!z.uuid().safeParse(chatId).success) notFound();
  const { t } = await getMessages();
  const data = await chatPageData(user.id, chatId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const chat = data.chat;
  if (!chat) notFound();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t.chat.title}</h1>
      <ChatWorkspace
        chats={data.chats}
        meetings={data.meetings}
        chatId={chat.id}
        initialMessages={data.messages}
        initialScope={{
          meetingIds: chat.meetingIds ?? undefined,
          from: chat.from?.slice(0, 10),
          to: chat.to ? new Date(new Date(chat.to).getTime() - 1).toISOString().slice(0, 10) : undefined,
        }}
      />
    </section>
  );
}
