"use client";

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

type Player = {
  hasMedia: boolean;
  currentMs: number;
  seek: (ms: number, play?: boolean) => void;
  register: (element: HTMLMediaElement | null) => void;
  onTime: (ms: number) => void;
};

type Cue = { ms: number; play: boolean };

const PlayerContext = createContext<Player | null>(null);

function playFrom(element: HTMLMediaElement, cue: Cue) {
  element.currentTime = cue.ms / 1000;
  // Without a click behind it the browser may refuse to play: the line stays cued and the
  // player's own play button starts it.
  if (cue.play) void element.play().catch(() => {});
}

/**
 * Shares the recording's clock between the player and the transcript (seek on click, highlight
 * the current line). `startAtMs` (the line a citation opened the page at) is cued and played as
 * soon as the recording is there.
 */
export function PlayerProvider({
  hasMedia,
  startAtMs = null,
  children,
}: {
  hasMedia: boolean;
  startAtMs?: number | null;
  children: ReactNode;
}) {
  const media = useRef<HTMLMediaElement | null>(null);
  // A seek asked for before the recording could take it (no element yet, or no metadata).
  const pending = useRef<Cue | null>(null);
  // The last place asked for, so the page re-rendering with the same `startAtMs` doesn't jump back.
  const requested = useRef<number | null>(null);
  const [currentMs, setCurrentMs] = useState(0);

  const applyPending = useCallback(() => {
    const element = media.current;
    const cue = pending.current;
    if (!element || !cue || element.readyState < HTMLMediaElement.HAVE_METADATA) return;
    pending.current = null;
    playFrom(element, cue);
  }, []);

  const register = useCallback(
    (element: HTMLMediaElement | null) => {
      media.current?.removeEventListener("loadedmetadata", applyPending);
      media.current = element;
      element?.addEventListener("loadedmetadata", applyPending);
      applyPending();
    },
    [applyPending],
  );

  const seek = useCallback(
    (ms: number, play = true) => {
      requested.current = ms;
      setCurrentMs(ms);
      pending.current = { ms, play };
      applyPending();
    },
    [applyPending],
  );

  useEffect(() => {
    if (hasMedia && startAtMs !== null && startAtMs !== requested.current) seek(startAtMs);
  }, [hasMedia, startAtMs, seek]);

  const value = useMemo(
    () => ({ hasMedia, currentMs, seek, register, onTime: setCurrentMs }),
    [hasMedia, currentMs, seek, register],
  );
  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>;
}

export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  return player ?? { hasMedia: false, currentMs: 0, seek: () => {}, register: () => {}, onTime: () => {} };
}
