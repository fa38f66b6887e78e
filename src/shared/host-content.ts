import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a host put in a child `<script type="application/json">`, as text, or null when there is none. */
export function readHostJson(el: Element): string | null {
  const script = [...el.children].find(
    (child): child is HTMLScriptElement =>
      child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
  );
  return script ? (script.textContent ?? '') : null;
}

/**
 * Keeps a widget's copy of its child `<script type="application/json">` up to date: reads it when the widget connects
 * and again whenever the host changes its children or the script's text. Needs no JavaScript from the host, so it
 * works under a strict Content-Security-Policy (a JSON script is data, never run).
 */
export class HostJsonController implements ReactiveController {
  /** The JSON text the host supplied, or null. */
  value: string | null = null;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const next = readHostJson(this.host);
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}
