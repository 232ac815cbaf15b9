"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

type Player = {
  hasMedia: boolean;
  currentMs: number;
  seek: (ms: number, play?: boolean) => void;
  register: (element: HTMLMediaElement | null) => void;
  onTime: (ms: number) => void;
};

const PlayerContext = createContext<Player | null>(null);

/** Shares the recording's clock between the player and the transcript (seek on click, highlight the current line). */
export function PlayerProvider({ hasMedia, children }: { hasMedia: boolean; children: ReactNode }) {
  const media = useRef<HTMLMediaElement | null>(null);
  const [currentMs, setCurrentMs] = useState(0);
  const register = useCallback((element: HTMLMediaElement | null) => {
    media.current = element;
  }, []);
  const seek = useCallback((ms: number, play = true) => {
    const element = media.current;
    if (!element) return;
    element.currentTime = ms / 1000;
    setCurrentMs(ms);
    if (play) void element.play().catch(() => {});
  }, []);
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
