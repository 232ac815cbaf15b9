"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { cn } from "@/components/cn";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { speakerName } from "@/lib/i18n/speaker-name";
import { formatClock } from "@/lib/transcripts/format-timestamp";
import { useLiveMeeting } from "./live-context";
import { onOpenLine } from "./open-line";
import { usePlayer } from "./player-context";
import { SpeakerRenameDialog } from "./speaker-rename-dialog";
import { useTranscript } from "./use-transcript";
import { renameLines, withRenames } from "./with-renames";

const SPEAKER_COLORS = [
  "text-sky-700 dark:text-sky-300",
  "text-violet-700 dark:text-violet-300",
  "text-emerald-700 dark:text-emerald-300",
  "text-amber-700 dark:text-amber-300",
  "text-rose-700 dark:text-rose-300",
  "text-teal-700 dark:text-teal-300",
];

export function TranscriptView({ meetingId, focusSeq }: { meetingId: string; focusSeq: number | null }) {
  const { t } = useI18n();
  const live = useLiveMeeting();
  const paged = useTranscript(meetingId, !live.streaming);
  // Renames are applied to the lines already on screen, so the reader keeps their place.
  const [renamedLines, setRenamedLines] = useState<ReadonlyMap<number, string>>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const loaded = live.streaming ? live.segments : paged.segments;
  const segments = useMemo(() => withRenames(loaded, renamedLines), [loaded, renamedLines]);
  const done = live.streaming || paged.done;
  const { error, reload } = paged;
  // Processing writes the transcript while the page is open: each status it reports (transcribed,
  // analysed) loads the lines again, so they appear without a reload.
  const seenStatus = useRef(live.status);
  useEffect(() => {
    if (live.status === seenStatus.current) return;
    seenStatus.current = live.status;
    if (!live.streaming) reload();
  }, [live.status, live.streaming, reload]);
  const [followTail, setFollowTail] = useState(true);
  const [seenCount, setSeenCount] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const scrolledTo = useRef<number | null>(null);
  const { hasMedia, currentMs, seek } = usePlayer();
  // One tab stop for the whole transcript: the active line's buttons; arrows move between lines.
  const [activeLine, setActiveLine] = useState(0);

  const colorOf = useMemo(() => {
    const order = new Map<string, string>();
    for (const segment of segments) {
      if (!order.has(segment.speaker))
        order.set(segment.speaker, SPEAKER_COLORS[order.size % SPEAKER_COLORS.length] ?? "");
    }
    return (speaker: string) => order.get(speaker) ?? "";
  }, [segments]);

  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 12,
  });

  // While captions stream in, stay at the newest line unless the reader scrolled up to read.
  useEffect(() => {
    if (!live.streaming || segments.length === 0) return;
    if (followTail) {
      virtualizer.scrollToIndex(segments.length - 1, { align: "end" });
      setSeenCount(segments.length);
    }
  }, [live.streaming, segments.length, followTail, virtualizer]);

  const focusIndex = focusSeq === null ? -1 : segments.findIndex((segment) => segment.seq === focusSeq);
  // Clicking the time of the line already opened brings it back into view.
  const [reopened, setReopened] = useState(0);
  useEffect(
    () =>
      onOpenLine((seq) => {
        if (seq !== scrolledTo.current) return;
        scrolledTo.current = null;
        setReopened((count) => count + 1);
      }),
    [],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: reopened is the trigger to scroll again
  useEffect(() => {
    if (focusIndex < 0 || scrolledTo.current === focusSeq) return;
    virtualizer.scrollToIndex(focusIndex, { align: "center" });
    // The transcript sits below the notes: once the virtualizer has drawn the line, the window
    // scrolls to it too, and a second pass settles it after the lines around it were measured.
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const bringIntoView = (attempt: number) => {
      const line = scroller.current?.querySelector<HTMLElement>(`[data-seq="${focusSeq}"]`);
      if (!line) {
        if (attempt < 60) frame = requestAnimationFrame(() => bringIntoView(attempt + 1));
        return;
      }
      scrolledTo.current = focusSeq;
      line.scrollIntoView({ block: "center" });
      settle = setTimeout(() => {
        scroller.current?.querySelector(`[data-seq="${focusSeq}"]`)?.scrollIntoView({ block: "center" });
      }, 200);
    };
    frame = requestAnimationFrame(() => bringIntoView(0));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [focusIndex, focusSeq, virtualizer, reopened]);

  function focusLine(index: number, control: "speaker" | "seek") {
    const next = Math.max(0, Math.min(segments.length - 1, index));
    setActiveLine(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
    const focus = (attempt: number) => {
      const target = scroller.current?.querySelector<HTMLElement>(
        `li[data-index="${next}"] [data-testid="segment-${control}"]`,
      );
      if (target) target.focus();
      else if (attempt < 30) requestAnimationFrame(() => focus(attempt + 1));
    };
    requestAnimationFrame(() => focus(0));
  }

  function onLineKey(event: KeyboardEvent<HTMLButtonElement>, index: number, control: "speaker" | "seek") {
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: segments.length - 1 }[
      event.key as "ArrowDown" | "ArrowUp" | "Home" | "End"
    ];
    if (to === undefined) return;
    event.preventDefault();
    focusLine(to, control);
  }

  // The active line may have scrolled out of the rendered window: then the first rendered line
  // holds the tab stop, so Tab never skips the transcript.
  const rendered = virtualizer.getVirtualItems();
  const tabLine = rendered.some((item) => item.index === activeLine) ? activeLine : (rendered[0]?.index ?? 0);

  return (
    <section aria-labelledby="transcript-heading" className="rounded-lg border bg-card">
      <p id="transcript-keys" className="sr-only">
        {t.meetingPage.transcriptKeys}
      </p>
      <div className="flex items-center justify-between border-b px-4 py-3">
        <h2 id="transcript-heading" className="font-medium">
          {t.meeting.transcript}
        </h2>
        <span className="text-sm text-muted-foreground" data-testid="segment-count">
          {done
            ? fill(t.meeting.segments, { count: segments.length })
            : fill(t.meeting.loading, { count: segments.length })}
        </span>
      </div>
      {error && (
        <div role="alert" className="flex items-center gap-3 p-4 text-sm text-destructive">
          <p>{t.meetingPage.errors.unknown}</p>
          <button
            type="button"
            className="rounded border px-2 py-0.5 text-foreground hover:bg-muted"
            onClick={reload}
            data-testid="transcript-reload"
          >
            {t.processing.retry}
          </button>
        </div>
      )}
      {done && segments.length === 0 && (
        <p className="p-4 text-sm text-muted-foreground">{t.meeting.emptyTranscript}</p>
      )}
      {live.streaming && segments.length === 0 && (
        <p className="p-4 text-sm text-muted-foreground">{t.live.waiting}</p>
      )}
      <div
        ref={scroller}
        className="relative max-h-[70vh] overflow-auto"
        data-testid="transcript"
        onScroll={(event) => {
          const element = event.currentTarget;
          const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 80;
          setFollowTail(atBottom);
          if (atBottom) setSeenCount(segments.length);
        }}
      >
        <ol className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const segment = segments[item.index];
            if (!segment) return null;
            const focused = segment.seq === focusSeq;
            const playing =
              hasMedia && currentMs > 0 && currentMs >= segment.startMs && currentMs < segment.endMs;
            return (
              <li
                key={segment.seq}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-seq={segment.seq}
                data-testid="segment"
                aria-current={focused ? "true" : undefined}
                aria-live={playing ? "off" : undefined}
                data-playing={playing || undefined}
                className={cn(
                  "absolute left-0 top-0 w-full px-4 py-2",
                  focused && "bg-highlight/60",
                  playing && "border-l-4 border-primary bg-accent",
                )}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div className="flex items-baseline gap-3 text-sm">
                  <button
                    type="button"
                    className={cn(
                      "font-semibold hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                      colorOf(segment.speaker),
                    )}
                    onClick={() => setRenaming(segment.speaker)}
                    tabIndex={item.index === tabLine ? 0 : -1}
                    onFocus={() => setActiveLine(item.index)}
                    onKeyDown={(event) => onLineKey(event, item.index, "speaker")}
                    aria-describedby="transcript-keys"
                    title={segment.speaker ? t.meeting.renameSpeaker : t.meetingPage.nameNobody}
                    aria-label={segment.speaker ? undefined : t.meetingPage.noSpeaker}
                    data-testid="segment-speaker"
                  >
                    {segment.speaker ? speakerName(segment.speaker, t) : "—"}
                  </button>
                  {hasMedia ? (
                    <button
                      type="button"
                      className="font-mono text-xs text-muted-foreground hover:text-foreground hover:underline"
                      onClick={() => seek(segment.startMs)}
                      tabIndex={item.index === tabLine ? 0 : -1}
                      onFocus={() => setActiveLine(item.index)}
                      onKeyDown={(event) => onLineKey(event, item.index, "seek")}
                      data-player-control=""
                      data-testid="segment-seek"
                    >
                      {formatClock(segment.startMs)}
                    </button>
                  ) : (
                    <span className="font-mono text-xs text-muted-foreground">
                      {formatClock(segment.startMs)}
                    </span>
                  )}
                </div>
                <p className="mt-0.5 whitespace-pre-wrap leading-relaxed" data-testid="segment-text">
                  {segment.text}
                </p>
              </li>
            );
          })}
        </ol>
      </div>
      {live.streaming && !followTail && segments.length > seenCount && (
        <div className="sticky bottom-3 flex justify-center">
          <button
            type="button"
            className="rounded-full bg-primary px-3 py-1 text-sm text-primary-foreground shadow"
            data-testid="new-lines"
            onClick={() => {
              setFollowTail(true);
              virtualizer.scrollToIndex(segments.length - 1, { align: "end" });
            }}
          >
            {fill(t.live.newLines, { count: segments.length - seenCount })}
          </button>
        </div>
      )}
      <p className="sr-only" aria-live="polite" data-testid="rename-announcement">
        {announcement}
      </p>
      {renaming !== null && (
        <SpeakerRenameDialog
          meetingId={meetingId}
          speaker={renaming}
          onClose={(renamed) => {
            setRenaming(null);
            if (!renamed) return;
            // The server action refreshes the rest of the page (talk time, action items, people).
            setRenamedLines((previous) => renameLines(segments, previous, renamed));
            setAnnouncement(fill(t.meetingPage.renamed, { from: renamed.from || "—", to: renamed.to }));
          }}
        />
      )}
    </section>
  );
}
