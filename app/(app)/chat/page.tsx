import { ChatWorkspace } from "@/components/chat/chat-workspace";
import { requireUser } from "@/lib/auth/session";
import { chatPageData } from "@/lib/chat/chat-page-data";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";

export const generateMetadata = titled("chat");

export default async function ChatPage() {
  const user = await requireUser();
  const { t, locale } = await getMessages();
  const data = await chatPageData(user.id, null, locale);
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t.chat.title}</h1>
        <p className="mt-1 text-muted-foreground">{t.chat.empty}</p>
      </div>
      <ChatWorkspace
        chats={data.chats}
        meetings={data.meetings}
        chatId={null}
        suggestions={data.suggestions}
      />
    </section>
  );
}
