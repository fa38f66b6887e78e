// The stories are the project's one set of examples: the browser tests that need a widget "as the docs show it" mount
// a story from stories/*.stories.ts instead of writing their own markup.
//
// Storybook's portable stories (composeStory from storybook/preview-api) would do this, but they pull in CommonJS
// packages (aria-query, through storybook/test) that web-test-runner cannot serve as ES modules. What a story is here
// is small and fixed, so this mounts it the same way Storybook does: the meta's args under the story's, the story's
// render (or the meta's), then its play function with the canvas. No story uses decorators, loaders or the context.
import { fixture } from '@open-wc/testing';
import { render as litRender } from 'lit';
import * as DietGuide from '../../stories/diet-guide.stories.js';
import * as DrugCard from '../../stories/drug-card.stories.js';
import * as TreatmentList from '../../stories/treatment-list.stories.js';
import * as Questions from '../../stories/questions.stories.js';
import { WIDGET_SELECTOR, type Widget } from '../../stories/helpers.js';

export type { Widget };

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
  play?: (context: never) => unknown;
}
interface StoryModule {
  default: StoryLike;
  [name: string]: unknown;
}

export const STORY_FILES = { 'drug-card': DrugCard, 'treatment-list': TreatmentList, 'diet-guide': DietGuide, questions: Questions } as const;
export type StoryFile = keyof typeof STORY_FILES;

/** Every story of a file, by its export name. */
export function storyNames(file: StoryFile): string[] {
  return Object.keys(STORY_FILES[file]).filter((name) => name !== 'default');
}

/**
 * Renders `file`'s story `name` into a detached element (the meta's args under the story's, the story's render or the
 * meta's): no widget in it connects, updates or reflects a property to an attribute yet.
 */
function renderStory(file: StoryFile, name: string) {
  const module = STORY_FILES[file] as unknown as StoryModule;
  const story = module[name] as StoryLike | undefined;
  if (!story) throw new Error(`stories/${file}.stories.ts has no story ${name}`);
  const meta = module.default;
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${file} ${name}: no render function`);
  const canvasElement = document.createElement('div');
  const context = { args, canvasElement, name };
  litRender(render(args as never, context as never), canvasElement);
  return { story, context, canvasElement };
}

/** A story's markup as it writes it, before any widget upgrades: what a page author would write to get the same widget. */
export const storyMarkup = (file: StoryFile, name: string): HTMLElement => renderStory(file, name).canvasElement;

/** Renders `file`'s story `name` into the page, runs its play function, and returns the canvas. */
export async function mountStoryCanvas(file: StoryFile, name: string): Promise<HTMLElement> {
  const { story, context, canvasElement } = renderStory(file, name);
  await fixture(canvasElement);
  for (const widget of widgetsIn(canvasElement)) await widget.updateComplete;
  await story.play?.(context as never);
  for (const widget of widgetsIn(canvasElement)) await widget.updateComplete;
  return canvasElement;
}

/** Renders a story and returns the widget it shows (the first, when it shows several). */
export async function mountStory(file: StoryFile, name: string): Promise<Widget> {
  const widget = widgetsIn(await mountStoryCanvas(file, name))[0];
  if (!widget) throw new Error(`${file} ${name}: the story shows no widget`);
  return widget;
}

/** The widgets in a story's canvas, in document order (not those inside another widget). */
export const widgetsIn = (canvas: HTMLElement): Widget[] => [
  ...canvas.querySelectorAll<Widget>(WIDGET_SELECTOR),
];
