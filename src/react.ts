/**
 * React wrappers for the three widgets (`import { NetDrugCard } from 'net-widgets/react'`), made with @lit/react.
 * Importing this file registers the elements. Attributes and properties are props (`drug`, `headingLevel`,
 * `categories`, `content`, ...); each `net-*` event is an `on*` prop with a typed event:
 *
 * | prop | event | on |
 * | --- | --- | --- |
 * | `onNetError` | `net-error` | every widget |
 * | `onNetDrugSelect` | `net-drug-select` (cancelable: `preventDefault()` to show the drug yourself) | treatment list, diet guide |
 * | `onNetFilterChange` | `net-filter-change` | treatment list |
 * | `onNetFoodSearch` | `net-food-search` | diet guide |
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NetDrugCard as NetDrugCardElement } from './net-drug-card.js';
import { NetTreatmentList as NetTreatmentListElement } from './net-treatment-list.js';
import { NetDietGuide as NetDietGuideElement } from './net-diet-guide.js';
import type { NetErrorDetail } from './shared/problem.js';
import type { DrugSelectDetail, FilterChangeDetail } from './treatment-list/treatment-list.js';
import type { FoodSearchDetail } from './diet-guide/events.js';

export type { NetErrorDetail, DrugSelectDetail, FilterChangeDetail, FoodSearchDetail };

const netError = 'net-error' as EventName<CustomEvent<NetErrorDetail>>;
const netDrugSelect = 'net-drug-select' as EventName<CustomEvent<DrugSelectDetail>>;

/** `<net-drug-card>` for React. Events: `onNetError`. */
export const NetDrugCard = createComponent({
  react: React,
  tagName: 'net-drug-card',
  elementClass: NetDrugCardElement,
  displayName: 'NetDrugCard',
  events: { onNetError: netError },
});

/** `<net-treatment-list>` for React. Events: `onNetDrugSelect`, `onNetFilterChange`, `onNetError`. */
export const NetTreatmentList = createComponent({
  react: React,
  tagName: 'net-treatment-list',
  elementClass: NetTreatmentListElement,
  displayName: 'NetTreatmentList',
  events: {
    onNetDrugSelect: netDrugSelect,
    onNetFilterChange: 'net-filter-change' as EventName<CustomEvent<FilterChangeDetail>>,
    onNetError: netError,
  },
});

/** `<net-diet-guide>` for React. Events: `onNetDrugSelect`, `onNetFoodSearch`, `onNetError`. */
export const NetDietGuide = createComponent({
  react: React,
  tagName: 'net-diet-guide',
  elementClass: NetDietGuideElement,
  displayName: 'NetDietGuide',
  events: {
    onNetDrugSelect: netDrugSelect,
    onNetFoodSearch: 'net-food-search' as EventName<CustomEvent<FoodSearchDetail>>,
    onNetError: netError,
  },
});
