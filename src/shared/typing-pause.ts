import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a widget waits after the last keystroke (or other change) before it answers or announces: the diet guide's
 * answer, the treatment list's count. Long enough to span the gap between keys of a slow typist, short enough to feel
 * like an answer.
 */
export const TYPING_PAUSE_MS = 350;

/**
 * The text of a polite live region that changes once changes pause, so that a screen reader announces the last state
 * once instead of every keystroke's (typing "octreotide" would otherwise queue ten announcements). The first text is
 * shown at once (a server-rendered region hydrates to the same words); a new text replaces it once no other new text
 * has come for `pauseMs`.
 */
export class PausedText implements ReactiveController {
  private shown: string | undefined;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True when the host was disconnected while a new text waited. */
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pauseMs = TYPING_PAUSE_MS,
  ) {
    host.addController(this);
  }

  /** Call on every render with the current text; returns the text the region shows now. */
  text(latest: string): string {
    if (this.shown === undefined || latest === this.shown) {
      this.cancel();
      this.shown = latest;
    } else if (latest !== this.pending) {
      this.cancel();
      this.pending = latest;
      this.timer = setTimeout(() => {
        this.pending = undefined;
        this.shown = latest;
        this.host.requestUpdate();
      }, this.pauseMs);
    }
    return this.shown;
  }

  hostConnected(): void {
    // Disconnected while a new text waited: render again, which waits for a new pause.
    if (this.interrupted) this.host.requestUpdate();
    this.interrupted = false;
  }

  hostDisconnected(): void {
    this.interrupted = this.pending !== undefined;
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }
}
