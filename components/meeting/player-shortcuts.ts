export type PlayerAction = { type: "toggle" } | { type: "jump"; seconds: number };

/** What has focus when a key is pressed, as far as the player's shortcuts care. */
export type KeyTarget = {
  /** The recording itself (its native controls). */
  player: boolean;
  /** A field or widget that uses these keys itself: typing, sliders, menus, radio groups, dialogs. */
  ownsKeys: boolean;
  /** A control that moves the player (a transcript line's time, a citation): space plays there. */
  playerControl: boolean;
  /** Another button or link, which space activates as usual. */
  activates: boolean;
};

export const JUMP_SECONDS = 5;
const JUMPS: Record<string, number> = { arrowleft: -1, arrowright: 1, j: -1, l: 1 };

/** The one set of shortcuts: space or k play/pause, ←/→ or j/l jump 5 s; never while typing. */
export function shortcutFor(
  key: string,
  modifiers: { ctrl: boolean; meta: boolean; alt: boolean },
  target: KeyTarget,
): PlayerAction | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt || target.ownsKeys) return null;
  const name = key.toLowerCase();
  if (name === " " && target.activates && !target.player && !target.playerControl) return null;
  if (name === " " || name === "k") return { type: "toggle" };
  const direction = JUMPS[name];
  return direction === undefined ? null : { type: "jump", seconds: direction * JUMP_SECONDS };
}

const OWNS_KEYS = [
  "input",
  "textarea",
  "select",
  "[contenteditable]:not([contenteditable='false'])",
  "[role='slider']",
  "[role='menu']",
  "[role='menuitem']",
  "[role='listbox']",
  "[role='option']",
  "[role='tab']",
  "[role='radiogroup']",
  "[role='combobox']",
  "[role='grid']",
  "[role='tree']",
  "dialog[open]",
].join(", ");
const ACTIVATES =
  "button, a[href], summary, [role='button'], [role='link'], [role='checkbox'], [role='switch']";

/** Marks a control that moves the player, so space plays and pauses while it has focus. */
export const PLAYER_CONTROL = { "data-player-control": "" } as const;

/** The shortcut a key event means for `media`, or null when it belongs to something else. */
export function playerShortcut(event: KeyboardEvent, media: HTMLMediaElement): PlayerAction | null {
  if (event.defaultPrevented || event.isComposing) return null;
  const element = event.target instanceof Element ? event.target : null;
  return shortcutFor(
    event.key,
    { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey },
    {
      player: element === media,
      ownsKeys: Boolean(element?.closest(OWNS_KEYS)),
      playerControl: Boolean(element?.closest("[data-player-control]")),
      activates: Boolean(element?.closest(ACTIVATES)),
    },
  );
}
