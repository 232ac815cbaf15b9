const en = {
  elapsed: "elapsed",
  reconnecting: "Reconnecting…",
};

/** The live meeting indicator (components/meeting/live-status-badge.tsx). */
export const liveMeetingMessages: { en: typeof en; es: typeof en } = {
  en,
  es: {
    elapsed: "transcurrido",
    reconnecting: "Reconectando…",
  },
};
