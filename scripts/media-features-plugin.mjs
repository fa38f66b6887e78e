// wtr command `emulate-media-features`: Chromium's real emulation of CSS media features through the DevTools protocol.
// @web/test-runner-commands' emulateMedia() goes through Puppeteer's emulateMediaFeatures(), which refuses
// `forced-colors`; `Emulation.setEmulatedMedia` takes any feature Chromium knows.

/**
 * The wtr plugin. Payload: `{ "forced-colors": "active", "prefers-color-scheme": "dark", ... }`; an empty object
 * ends every emulation this command started. One CDP session per page is kept open: an emulation ends with its session.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function mediaFeaturesPlugin() {
  /** @type {WeakMap<object, import('puppeteer-core').CDPSession>} */
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-media-features needs the Chrome launcher (Puppeteer).');
      const page = /** @type {import('puppeteer-core').Page} */ (session.browser.getPage(session.id));
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
