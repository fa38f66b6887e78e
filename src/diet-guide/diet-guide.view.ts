/**
 * What the diet guide shows, as a pure function of its inputs and the content: the food groups asked for, the title,
 * the answer to "Can I eat …?", the medicines' names, the sources that the shown parts cite, and the labels, in the
 * guide's locale. The search runs here, once per answer.
 */
import dietGuideEn from '../../data/en/ui-diet-guide.json';
import { namesSymptom } from '../content/asking.js';
import { citedIds, sourcesFor } from '../content/cited.js';
import { dietIn } from '../content/diet.js';
import { askFoods, type AskContext, type FoodSearchAnswer } from '../content/food-search.js';
import { dataFor, type Locale } from '../content/locale-data.js';
import type { Diet, FoodGroup, Source } from '../content/schema.js';
import { commonLabels, format, type CommonLabels } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import { parseListAttribute } from '../shared/list-attribute.js';
import type { Problem } from '../shared/problem.js';
import { questionLabels, questionWords, type QuestionLabels } from '../content/question-templates.js';
import { questionKey, type SavedQuestion } from '../shared/questions-store.js';

/** The values `variant` takes: the guide (empty) or the printable checklist. */
export const VARIANTS = ['', 'checklist'] as const;
export type DietGuideVariant = (typeof VARIANTS)[number];

/** Every word that <net-diet-guide> shows besides the content itself. */
export type DietGuideLabels = typeof dietGuideEn;

/** What the guide reads from its attributes, properties and page (see `NetElement.readInputs`). */
export interface DietGuideInputs {
  groups: string;
  variant: DietGuideVariant;
  /** False with `no-search`: no search, so nothing is answered. */
  search: boolean;
  /** The query the answer is for: what the reader asked, or the `query` the host set. */
  answered: string;
  /** True when `<net-drug-card>` is defined on the page: each medicine is a button that opens its card. */
  drugCards: boolean;
  /** True when the guide offers "Add to my questions" (not with `no-questions`, nor on the server). */
  questions?: boolean;
}

/** A medicine that a symptom-control pointer names: its id and its name in words. */
export interface Medicine {
  readonly id: string;
  readonly name: string;
}

/** A pointer to symptom control, framed as "talk to your NET specialist", with the medicines it names. */
export interface Pointer {
  readonly name: string;
  readonly text: string;
  readonly medicines: readonly Medicine[];
}

/** A symptom typed into "Can I eat …?": its name, and the "Help with symptoms" pointers that name it (by index). */
export interface SymptomAsked {
  readonly id: string;
  readonly name: string;
  readonly pointers: readonly number[];
}

/**
 * What "Can I eat …?" says when the reader typed a medicine or a symptom, not a food: the medicines with their names
 * (each a button to its card when one can open), the "Help with symptoms" pointers that name those medicines, and the
 * symptoms with the pointers that name each.
 */
export interface NotFood {
  readonly medicines: readonly Medicine[];
  readonly medicinePointers: readonly number[];
  readonly symptoms: readonly SymptomAsked[];
}

export interface DietGuideView {
  readonly problem: null;
  /** Unknown group ids, for the site owner. */
  readonly warnings: readonly Problem[];
  readonly locale: Locale;
  readonly labels: DietGuideLabels;
  readonly common: CommonLabels;
  /** The guide's content, in its locale. */
  readonly diet: Diet;
  readonly checklist: boolean;
  /** True when the "Can I eat …?" search is shown (not with `no-search`, nor in the checklist). */
  readonly search: boolean;
  readonly title: string;
  readonly groups: readonly FoodGroup[];
  /** The answer to the search, or null when nothing is asked. */
  readonly answer: FoodSearchAnswer | null;
  /** The medicines and symptoms the answer names (see `NotFood`); empty lists when it names none. */
  readonly notFood: NotFood;
  readonly pointers: readonly Pointer[];
  readonly drugCards: boolean;
  readonly sources: readonly Source[];
  /**
   * Each food's question for the reader's list ("Is it OK for me to have cheese?"), by food id: beside each food in
   * the lists and under an answer that names it. Null when the guide offers none (`no-questions`, the checklist).
   */
  readonly questions: ReadonlyMap<string, SavedQuestion> | null;
  /** The words of the questions' buttons and announcements (`<net-questions>`'s). */
  readonly questionLabels: QuestionLabels;
}

/** The question of every food in the guide, by id, in `locale`: with the food's id and the language, no medical fact. */
export function foodQuestions(diet: Diet, locale: Locale): Map<string, SavedQuestion> {
  const out = new Map<string, SavedQuestion>();
  for (const food of diet.groups.flatMap((g) => g.foods)) {
    const text = questionWords('food', food.name, locale);
    if (text && !out.has(food.id)) out.set(food.id, { key: questionKey('food', food.id), kind: 'food', entryId: food.id, lang: locale, text });
  }
  return out;
}

/** The groups a `groups` attribute names (see `parseListAttribute`; all of them when it is empty), and the ids that match none. */
export function selectGroups(all: readonly FoodGroup[], value: string | null | undefined): { groups: FoodGroup[]; unknown: string[] } {
  const { values, unknown } = parseListAttribute(value, all.map((g) => g.id), 'known');
  return { groups: all.filter((g) => values.includes(g.id)), unknown };
}

/**
 * The sources behind what a view shows, each once, in the order first cited: the shown groups (each group's reason
 * and each of its foods), plus the intro, medicines and symptom control when `withGuide` (the full guide rather than
 * the checklist).
 */
function dietSources(diet: Diet, groups: readonly FoodGroup[], withGuide: boolean, locale: Locale): Source[] {
  const groupParts = groups.flatMap((g) => [g.reason, ...g.foods]);
  const parts = withGuide ? [diet.intro, ...groupParts, diet.medicines, ...diet.symptomControl] : groupParts;
  return sourcesFor(diet, citedIds(...parts), locale);
}

/** The indexes of the pointers for which `test` holds. */
const pointersWhere = (diet: Diet, test: (item: Diet['symptomControl'][number]) => boolean): number[] =>
  diet.symptomControl.flatMap((item, i) => (test(item) ? [i] : []));

/** The medicines and symptoms that `answer` names, with their names and the pointers that name them. */
function notFoodOf(answer: FoodSearchAnswer | null, diet: Diet, medicine: (id: string) => Medicine): NotFood {
  const ids = answer?.medicines ?? [];
  return {
    medicines: ids.map(medicine),
    medicinePointers: pointersWhere(diet, (item) => ids.some((id) => item.drugIds?.includes(id))),
    symptoms: (answer?.symptoms ?? []).map((symptom) => ({
      id: symptom.id,
      name: symptom.name,
      pointers: pointersWhere(diet, (item) => namesSymptom(symptom, `${item.name}. ${item.text}`)),
    })),
  };
}

/**
 * The guide's view. `drugName` gives a medicine's name by its id, when it knows it; otherwise the id is put in words
 * ("telotristat ethyl"). `medicines` tells which medicines a typed text names, so that "Can I eat …?" tells a
 * medicine from a food (the guide gives it the names-only table, content/drug-names.ts); without it, none is.
 */
export function dietGuideView(
  input: DietGuideInputs,
  locale: Locale = 'en',
  drugName: (id: string, locale: Locale) => string | undefined = () => undefined,
  medicines?: AskContext['medicines'],
): DietGuideView {
  const diet = dietIn(locale);
  const labels = dataFor<DietGuideLabels>(locale, 'ui-diet-guide') ?? dietGuideEn;
  const checklist = input.variant === 'checklist';
  const search = input.search && !checklist;
  const { groups, unknown } = selectGroups(diet.groups, input.groups);
  const warning = unknownInList('unknown-group', 'groups', unknown, diet.groups.map((g) => g.id));
  const medicine = (id: string): Medicine => ({ id, name: drugName(id, locale) ?? id.replace(/-/g, ' ') });
  const answer = search ? askFoods(diet, input.answered, { locale, ...(medicines ? { medicines } : {}) }) : null;
  return {
    problem: null,
    warnings: warning ? [warning] : [],
    locale,
    labels,
    common: commonLabels(locale),
    diet,
    checklist,
    search,
    title: checklist ? format(labels.checklistTitle, { name: diet.name }) : diet.name,
    groups,
    answer,
    notFood: notFoodOf(answer, diet, medicine),
    pointers: diet.symptomControl.map(({ name, text, drugIds }) => ({ name, text, medicines: (drugIds ?? []).map(medicine) })),
    drugCards: input.drugCards,
    sources: dietSources(diet, groups, !checklist, locale),
    questions: input.questions && !checklist ? foodQuestions(diet, locale) : null,
    questionLabels: questionLabels(locale),
  };
}
