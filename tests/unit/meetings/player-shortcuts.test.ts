import { describe, expect, it } from "vitest";
import { type KeyTarget, shortcutFor } from "@/components/meeting/player-shortcuts";

const none = { ctrl: false, meta: false, alt: false };
const page: KeyTarget = { player: false, ownsKeys: false, playerControl: false, activates: false };
const on = (target: Partial<KeyTarget>): KeyTarget => ({ ...page, ...target });

describe("audio player shortcuts", () => {
  it("plays and pauses with space or k, and jumps 5 s with the arrows or j/l", () => {
    expect(shortcutFor(" ", none, page)).toEqual({ type: "toggle" });
    expect(shortcutFor("k", none, page)).toEqual({ type: "toggle" });
    expect(shortcutFor("K", none, page)).toEqual({ type: "toggle" });
    expect(shortcutFor("ArrowLeft", none, page)).toEqual({ type: "jump", seconds: -5 });
    expect(shortcutFor("j", none, page)).toEqual({ type: "jump", seconds: -5 });
    expect(shortcutFor("ArrowRight", none, page)).toEqual({ type: "jump", seconds: 5 });
    expect(shortcutFor("L", none, page)).toEqual({ type: "jump", seconds: 5 });
    expect(shortcutFor("x", none, page)).toBeNull();
  });

  it("handles the keys once itself when the player's own controls have focus", () => {
    expect(shortcutFor("ArrowRight", none, on({ player: true }))).toEqual({ type: "jump", seconds: 5 });
    expect(shortcutFor(" ", none, on({ player: true }))).toEqual({ type: "toggle" });
  });

  it("plays and pauses with space on a transcript line that was clicked, instead of clicking it again", () => {
    expect(shortcutFor(" ", none, on({ playerControl: true, activates: true }))).toEqual({ type: "toggle" });
  });

  it("leaves space to other buttons and links, and every key to fields and widgets that use them", () => {
    expect(shortcutFor(" ", none, on({ activates: true }))).toBeNull();
    expect(shortcutFor("k", none, on({ activates: true }))).toEqual({ type: "toggle" });
    for (const key of [" ", "k", "ArrowLeft", "l"]) {
      expect(shortcutFor(key, none, on({ ownsKeys: true }))).toBeNull();
    }
  });

  it("leaves keys pressed with a modifier to the browser", () => {
    expect(shortcutFor("ArrowLeft", { ...none, alt: true }, page)).toBeNull();
    expect(shortcutFor("k", { ...none, ctrl: true }, page)).toBeNull();
    expect(shortcutFor("l", { ...none, meta: true }, page)).toBeNull();
  });
});
