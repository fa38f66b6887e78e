/**
 * React wrappers for the four widgets (`import { NetDrugCard } from 'net-widgets/react'`), made with @lit/react.
 * Importing this file registers the elements. Attributes and properties are props (`drug`, `headingLevel`,
 * `categories`, `content`, ...); each `net-*` event a widget fires is an `on*` prop with a typed event, taken from the
 * one table of events in shared/events.ts:
 *
 * | prop | event | on |
 * | --- | --- | --- |
 * | `onNetError` | `net-error` | every widget |
 * | `onNetDrugSelect` | `net-drug-select` (cancelable: `preventDefault()` to show the drug yourself) | treatment list, diet guide |
 * | `onNetFilterChange` | `net-filter-change` | treatment list |
 * | `onNetFoodSearch` | `net-food-search` | diet guide |
 * | `onNetQuestionAdd` | `net-question-add` | every widget |
 * | `onNetQuestionRemove` | `net-question-remove` | every widget |
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NetDrugCard as NetDrugCardElement } from './net-drug-card.js';
import { NetTreatmentList as NetTreatmentListElement } from './net-treatment-list.js';
import { NetDietGuide as NetDietGuideElement } from './net-diet-guide.js';
import { NetQuestions as NetQuestionsElement } from './net-questions.js';
import { NET_EVENTS, type EventsOf, type NetEventDetails, type NetEventName, type NetTag } from './shared/events.js';

export type { NetErrorDetail, DrugSelectDetail, FilterChangeDetail, FoodSearchDetail, QuestionDetail, SavedQuestion } from './shared/events.js';

/** The `on*` props of the widget with tag `T`, each typed with its event's detail. */
type ReactEvents<T extends NetTag> = {
  [K in EventsOf<T> as (typeof NET_EVENTS)[K]['reactProp']]: EventName<CustomEvent<NetEventDetails[K]>>;
};

/** The `events` option of `createComponent` for a widget: every event it fires, by its React prop. */
function reactEvents<T extends NetTag>(tag: T): ReactEvents<T> {
  const events: Record<string, string> = {};
  for (const [name, event] of Object.entries(NET_EVENTS) as [NetEventName, (typeof NET_EVENTS)[NetEventName]][]) {
    if ((event.on as readonly string[]).includes(tag)) events[event.reactProp] = name;
  }
  return events as ReactEvents<T>;
}

/** `<net-drug-card>` for React. Events: `onNetQuestionAdd`, `onNetQuestionRemove`, `onNetError`. */
export const NetDrugCard = createComponent({
  react: React,
  tagName: 'net-drug-card',
  elementClass: NetDrugCardElement,
  displayName: 'NetDrugCard',
  events: reactEvents('net-drug-card'),
});

/** `<net-treatment-list>` for React. Events: `onNetDrugSelect`, `onNetFilterChange`, `onNetQuestionAdd`, `onNetQuestionRemove`, `onNetError`. */
export const NetTreatmentList = createComponent({
  react: React,
  tagName: 'net-treatment-list',
  elementClass: NetTreatmentListElement,
  displayName: 'NetTreatmentList',
  events: reactEvents('net-treatment-list'),
});

/** `<net-diet-guide>` for React. Events: `onNetDrugSelect`, `onNetFoodSearch`, `onNetQuestionAdd`, `onNetQuestionRemove`, `onNetError`. */
export const NetDietGuide = createComponent({
  react: React,
  tagName: 'net-diet-guide',
  elementClass: NetDietGuideElement,
  displayName: 'NetDietGuide',
  events: reactEvents('net-diet-guide'),
});

/** `<net-questions>` for React. Events: `onNetQuestionAdd`, `onNetQuestionRemove`, `onNetError`. */
export const NetQuestions = createComponent({
  react: React,
  tagName: 'net-questions',
  elementClass: NetQuestionsElement,
  displayName: 'NetQuestions',
  events: reactEvents('net-questions'),
});
