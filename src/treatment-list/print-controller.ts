import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells a widget when the page prints, so that it can render content it keeps out of the DOM on screen (the treatment
 * list renders closed options' content only then). Listens to `beforeprint` / `afterprint` and to the `print` media
 * query (print emulation, and browsers without the print events, only change the media).
 *
 * On `beforeprint` the host's update runs at once (`flush`), not in a microtask: a page that calls `window.print()`
 * from its own script prints before any microtask runs.
 */
export class PrintController implements ReactiveController {
  /** True while the page prints. */
  printing = false;
  private media?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flush: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
    this.media = window.matchMedia?.('print');
    this.media?.addEventListener('change', this.onMedia);
    this.printing = this.media?.matches ?? false;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    this.media?.removeEventListener('change', this.onMedia);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly onBefore = (): void => {
    this.set(true);
    this.flush();
  };

  private readonly onAfter = (): void => this.set(false);

  private readonly onMedia = (event: MediaQueryListEvent): void => (event.matches ? this.onBefore() : this.onAfter());
}
