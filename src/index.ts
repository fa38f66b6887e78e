/**
 * Registers every net-widgets element and exports their classes, the version, the types of their events and the page's
 * list of questions (`questionsOn(document)`).
 */
export { NetDrugCard } from './net-drug-card.js';
export { NetTreatmentList } from './net-treatment-list.js';
export { NetDietGuide } from './net-diet-guide.js';
export { NetQuestions } from './net-questions.js';
export { VERSION } from './shared/version.js';
export type { Problem } from './shared/problem.js';
export type { NetErrorDetail, DrugSelectDetail, FilterChangeDetail, FoodSearchDetail, FoodSearchResult, QuestionDetail, SavedQuestion } from './shared/events.js';
export { questionsOn, questionKey, ownQuestion, STORAGE_KEY, MAX_QUESTIONS, MAX_QUESTION_LENGTH } from './shared/questions-store.js';
export type { QuestionStore, QuestionKind, RememberMode } from './shared/questions-store.js';
