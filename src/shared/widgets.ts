/**
 * The one list of widgets. Everything that names them derives from it: the event table, the server renderer, the
 * React wrappers, the stories and the tests here; the build, the CDN files, the bench and the Node tests through
 * scripts/widgets.mjs, which reads this array as JSON (so it is written in JSON's syntax).
 */
export const WIDGETS = [
  { "tag": "net-drug-card", "className": "NetDrugCard", "dir": "drug-card" },
  { "tag": "net-treatment-list", "className": "NetTreatmentList", "dir": "treatment-list" },
  { "tag": "net-diet-guide", "className": "NetDietGuide", "dir": "diet-guide" },
  { "tag": "net-questions", "className": "NetQuestions", "dir": "questions" }
] as const;

/** A widget's tag name. */
export type NetTag = (typeof WIDGETS)[number]['tag'];

/** Every widget's tag, in the list's order. */
export const WIDGET_TAGS: readonly NetTag[] = WIDGETS.map((w) => w.tag);

/** A CSS selector that matches any widget. */
export const WIDGET_SELECTOR = WIDGET_TAGS.join(', ');
