"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/client";
import { usePlayer } from "./player-context";

function typingInField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable='true']"));
}

/** The recording, streamed with Range requests; k/space play-pause, j/l and ←/→ jump. */
export function AudioPlayer({ meetingId, mime }: { meetingId: string; mime: string | null }) {
  const { t } = useI18n();
  const { register, onTime } = usePlayer();
  const element = useRef<HTMLAudioElement | HTMLVideoElement>(null);

  useEffect(() => {
    register(element.current);
    return () => register(null);
  }, [register]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const media = element.current;
      if (!media || typingInField(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const jumps: Record<string, number> = { j: -10, l: 10, ArrowLeft: -5, ArrowRight: 5 };
      if (event.key === "k" || (event.key === " " && event.target === document.body)) {
        event.preventDefault();
        if (media.paused) void media.play();
        else media.pause();
      } else if (event.key in jumps) {
        event.preventDefault();
        media.currentTime = Math.max(0, media.currentTime + (jumps[event.key] ?? 0));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const source = `/api/v1/meetings/${meetingId}/media`;
  const props = {
    controls: true,
    preload: "metadata" as const,
    src: source,
    className: "w-full",
    "aria-label": t.player.label,
    "data-testid": "media-player",
    onTimeUpdate: () => onTime(Math.round((element.current?.currentTime ?? 0) * 1000)),
  };
  return (
    <div className="rounded-lg border bg-card p-3">
      {mime?.startsWith("video/") ? (
        <video
          ref={element as React.RefObject<HTMLVideoElement>}
          {...props}
          className="max-h-72 w-full rounded"
        />
      ) : (
        <audio ref={element as React.RefObject<HTMLAudioElement>} {...props} />
      )}
      <p className="mt-2 text-xs text-muted-foreground">{t.player.shortcuts}</p>
    </div>
  );
}
