"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/context.client";
import { usePlayer } from "./player-context";
import { playerShortcut } from "./player-shortcuts";

/** The recording, streamed with Range requests; space/k play-pause, ←/→ and j/l jump 5 s. */
export function AudioPlayer({ meetingId, mime }: { meetingId: string; mime: string | null }) {
  const { t } = useI18n();
  const { register, onTime } = usePlayer();
  const element = useRef<HTMLAudioElement | HTMLVideoElement>(null);

  useEffect(() => {
    register(element.current);
    return () => register(null);
  }, [register]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const media = element.current;
      const action = media ? playerShortcut(event, media) : null;
      if (!media || !action) return;
      event.preventDefault();
      // Focused, the native controls would act on the same key too (a double seek): the
      // listener runs in the capture phase so it can stop the key before it gets there.
      if (event.target === media) event.stopPropagation();
      if (action.type === "toggle") {
        if (media.paused) void media.play().catch(() => {});
        else media.pause();
      } else {
        const end = Number.isFinite(media.duration) ? media.duration : Number.POSITIVE_INFINITY;
        media.currentTime = Math.min(end, Math.max(0, media.currentTime + action.seconds));
      }
    }
    // A button activates on the space key's release: keep a transcript line from being clicked again.
    function onKeyUp(event: KeyboardEvent) {
      const media = element.current;
      if (media && event.key === " " && playerShortcut(event, media)) event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown, { capture: true });
    window.addEventListener("keyup", onKeyUp, { capture: true });
    return () => {
      window.removeEventListener("keydown", onKeyDown, { capture: true });
      window.removeEventListener("keyup", onKeyUp, { capture: true });
    };
  }, []);

  const source = `/api/v1/meetings/${meetingId}/media`;
  const props = {
    controls: true,
    preload: "metadata" as const,
    src: source,
    className: "w-full",
    "aria-label": t.player.label,
    "aria-keyshortcuts": "Space K ArrowLeft ArrowRight J L",
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
