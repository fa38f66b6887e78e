/**
 * The content API: types, validation, lookup and the bundled content. Widgets that need only part of it import the
 * module they need (drugs.js, treatments.js, diet.js, sources.js), so a drug card never loads the diet guide.
 */
export {
  SOURCE_IDS,
  TREATMENT_CATEGORIES,
  TREATMENT_AIMS,
  type Section,
  type HowGiven,
  type Note,
  type EditorNote,
  type Source,
  type Drug,
  type Treatment,
  type TreatmentCategory,
  type TreatmentAim,
  type Food,
  type FoodGroup,
  type Diet,
  type Entry,
} from './schema.js';
export {
  parseJson,
  validateWith,
  validateDrug,
  validateDrugs,
  validateTreatments,
  validateDiet,
  validateSources,
  formatErrors,
  formatPath,
  type ContentError,
  type ContentResult,
  type ValidateOptions,
} from './validate.js';
export { createLookup, normaliseName, type Lookup, type LookupResult } from './lookup.js';
export { drugs, drugNames, findDrug, getDrug, combinationsContaining } from './drugs.js';
export { treatments, treatmentNames, findTreatment, getTreatment, treatmentsByCategory } from './treatments.js';
export { diet, foods, foodNames, findFood, type FoodInGroup } from './diet.js';
export { sources, getSource } from './sources.js';
