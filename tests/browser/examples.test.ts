// The stories are the one set of examples: every widget on a demo host page (demo/, linked from demo/index.html) is
// a story's widget as the story first renders it, apart from what belongs to the page (its heading level, whether it
// writes structured data). A demo page that shows something no story documents fails here.
import { expect } from '@open-wc/testing';
import { WIDGET_SELECTOR } from '../../stories/helpers.js';
import { STORY_FILES, storyMarkup, storyNames, type StoryFile } from './stories.js';

/** Attributes that say where a widget sits on its page, not what it shows. */
const PAGE_ONLY = new Set(['heading-level', 'structured-data']);
/** Whether a widget carries host content in a child JSON script (the stories that show host content do). */
const hostScript = (el: Element) => (el.querySelector(':scope > script[type="application/json"]') ? ' +host-json' : '');

/** A widget as markup says it: its tag and its attributes, with list values as their items. */
function signature(el: Element): string {
  const attrs = [...el.attributes]
    .filter((a) => !PAGE_ONLY.has(a.name))
    .map((a) => `${a.name}="${a.value.split(',').map((v) => v.trim()).join(', ')}"`)
    .sort();
  return [el.localName, ...attrs].join(' ') + hostScript(el);
}

async function demoPages(): Promise<string[]> {
  const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  return [...index.querySelectorAll<HTMLAnchorElement>('a[href$=".html"]')].map((a) => a.getAttribute('href')!);
}

describe('examples: the demo pages show the stories', () => {
  it('every widget on every demo page is a story', async () => {
    const stories = new Set<string>();
    for (const file of Object.keys(STORY_FILES) as StoryFile[]) {
      for (const name of storyNames(file)) {
        for (const widget of storyMarkup(file, name).querySelectorAll(WIDGET_SELECTOR)) stories.add(signature(widget));
      }
    }
    const pages = await demoPages();
    expect(pages.length, 'demo pages linked from demo/index.html').to.be.at.least(6);
    const missing: string[] = [];
    let widgets = 0;
    for (const page of pages) {
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      for (const widget of doc.querySelectorAll(WIDGET_SELECTOR)) {
        widgets += 1;
        if (!stories.has(signature(widget))) missing.push(`${page}: ${signature(widget)}`);
      }
    }
    expect(widgets, 'widgets on the demo pages').to.be.at.least(pages.length);
    expect(missing, 'demo widgets that no story shows').to.deep.equal([]);
  });
});
