/** Registers every net-widgets element and exports their classes, the version and the types of their events. */
export { NetDrugCard } from './net-drug-card.js';
export { NetTreatmentList } from './net-treatment-list.js';
export { NetDietGuide } from './net-diet-guide.js';
export { VERSION } from './shared/version.js';
export type { Problem } from './shared/problem.js';
export type { NetErrorDetail, DrugSelectDetail, FilterChangeDetail, FoodSearchDetail, FoodSearchResult } from './shared/events.js';
