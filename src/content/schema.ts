/**
 * The content format: the one definition of what an entry in data/ (or a host's own card) looks like.
 * The TypeScript types below are inferred from these schemas, so the data, the validator and the types
 * cannot drift apart. Nothing here knows about Lit or the DOM.
 */
import * as v from 'valibot';

/** Ids of the five bundled source pages (see data/en/sources.json). */
export const SOURCE_IDS = [
  'ccs-chemo',
  'ccs-chemo-older',
  'ipsen-net-treatments',
  'acs-gi-net-targeted',
  'net-org-carcinoid',
] as const;

/** Treatment categories, in the order the treatment list shows them. */
export const TREATMENT_CATEGORIES = [
  'surgery-liver',
  'hormone-growth-medicines',
  'radionuclide',
  'targeted',
  'chemotherapy',
  'radiation',
  'immune',
  'supportive',
  'clinical-trials',
] as const;

/** What a treatment aims for. */
export const TREATMENT_AIMS = ['cure', 'control-growth', 'ease-symptoms'] as const;

const Id = v.pipe(
  v.string('must be an id (text like "my-drug")'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (like "my-drug")'),
);
const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
const DateText = v.pipe(v.string('must be a date'), v.isoDate('must be a date written like 2026-11-24'));
const SourceRef = v.pipe(v.string('must be a source id'), v.minLength(1, 'must not be empty'));
const SourceRefs = v.pipe(v.array(SourceRef, 'must be a list of source ids'), v.minLength(1, 'must name at least one source'));
const TextList = v.array(Text, 'must be a list of text');
const Silent = v.literal(true, 'must be true (or left out when the sources do cover the topic)');

/** A cited piece of content: prose, a list, or both, with the sources it comes from. */
export const SectionSchema = v.pipe(
  v.strictObject({
    /** Prose, in plain words. */
    text: v.optional(Text),
    /** Bullet points, in plain words. */
    items: v.optional(TextList),
    /**
     * True when the sources say nothing on this topic. The widget then tells the reader so and sends them to
     * their care team; `text` may add what little is known.
     */
    silent: v.optional(Silent),
    sources: SourceRefs,
  }),
  v.check(
    (s) => s.silent === true || s.text !== undefined || (s.items !== undefined && s.items.length > 0),
    'needs "text" or "items", or "silent": true when the sources say nothing',
  ),
);

/** The fewest and most key points an entry may open with. */
export const MIN_KEY_POINTS = 2;
export const MAX_KEY_POINTS = 3;

/**
 * Two or three key points that open a drug card or a treatment option: short sentences in plain words (US grade 6 or
 * below), drawn only from the entry's own sections, with their hedges and dates, citing the sources of the sections
 * they come from. A cited list, never silent: where the sources are silent, a point may say so and send the reader to
 * their care team.
 */
export const KeyPointsSchema = v.strictObject({
  items: v.pipe(
    TextList,
    v.minLength(MIN_KEY_POINTS, `must list at least ${MIN_KEY_POINTS} key points`),
    v.maxLength(MAX_KEY_POINTS, `must list at most ${MAX_KEY_POINTS} key points`),
  ),
  sources: SourceRefs,
});

/** How a medicine or treatment is given. */
export const HowGivenSchema = v.pipe(
  v.strictObject({
    /** Way into the body, e.g. "A pill you swallow". */
    route: v.optional(Text),
    /** How often, e.g. "Once a day". */
    schedule: v.optional(Text),
    /** Where, e.g. "At home" or "In clinic". */
    where: v.optional(Text),
    text: v.optional(Text),
    silent: v.optional(Silent),
    sources: SourceRefs,
  }),
  v.check(
    (s) => s.silent === true || [s.route, s.schedule, s.where, s.text].some((x) => x !== undefined),
    'needs at least one of "route", "schedule", "where" or "text", or "silent": true',
  ),
);

/** A place where the sources disagree: what each says, which one the entry follows, and why. */
export const NoteSchema = v.strictObject({
  topic: Text,
  positions: v.pipe(
    v.array(v.strictObject({ source: SourceRef, says: Text })),
    v.minLength(2, 'a disagreement needs at least two positions'),
  ),
  follows: SourceRef,
  why: Text,
});

/**
 * An editor's remark on one entry that is not a disagreement between sources (a typo in a page, an unclear grouping).
 * For editors and reviewers; widgets need not show it.
 */
export const EditorNoteSchema = v.strictObject({
  topic: Text,
  text: Text,
  sources: SourceRefs,
});

/** A name that the sources use for more than one thing, with a note for the reader who used it. */
export const AmbiguousNameSchema = v.strictObject({
  name: Text,
  /** What the name can mean, and what to check with the care team, in plain words. */
  text: Text,
  sources: SourceRefs,
});

/** A source page, as the footer shows it. */
export const SourceSchema = v.strictObject({
  id: Id,
  publisher: Text,
  title: Text,
  region: Text,
  /** When the page was published or last revised, as the page says it (free text: "8 August 2025", "undated"). */
  date: Text,
  url: v.optional(v.pipe(v.string(), v.url('must be a web address'))),
});

/**
 * For an entry in another language: it is a translation of the English entry with the same id, made from the English
 * entry as it was reviewed on `reviewed`. A translation carries the English entry's facts and source ids, never new
 * ones; its own `reviewed` says when a person last checked the translation.
 */
export const TranslationSchema = v.strictObject({
  /** The locale translated from: always "en". */
  from: v.literal('en', 'must be "en": entries are translated from the English content'),
  /** The English entry's `reviewed` date that the translation was made from. */
  reviewed: DateText,
});

const Review = {
  /** Set on a translated entry (data/fr, data/es): what it was translated from. */
  translatedFrom: v.optional(TranslationSchema),
  /** When a person last checked this entry against its sources. */
  reviewed: DateText,
  /** When the entry is next due for review. */
  nextReview: DateText,
  notes: v.optional(v.array(NoteSchema)),
  /** Remarks for editors (typos or unclear points in one page); not shown to readers. */
  editorNotes: v.optional(v.array(EditorNoteSchema)),
  /** Sources that a host's own content cites, besides the bundled ones. */
  sourceDetails: v.optional(v.array(SourceSchema)),
};

/** One medicine, or a combination of medicines given together (CAPTEM). */
export const DrugSchema = v.pipe(
  v.strictObject({
    id: Id,
    kind: v.picklist(['drug', 'combination'], 'must be "drug" or "combination"'),
    /** The name the card shows as its title. */
    name: Text,
    brandNames: v.optional(TextList, []),
    /** Other names, spellings and abbreviations (5-FU, streptozotocin). */
    otherNames: v.optional(TextList, []),
    /**
     * Names the sources use in different ways ("Sandostatin Depot": one page's short-acting form, another page's
     * long-acting one). A card looked up by one of these names shows its note: what the name can mean and what to
     * check with the care team.
     */
    ambiguousNames: v.optional(v.array(AmbiguousNameSchema)),
    /** For a combination: the ids of the drugs in it. */
    components: v.optional(v.array(Id)),
    /** Two or three key points the card opens with (optional). */
    keyPoints: v.optional(KeyPointsSchema),
    /** The kind of medicine, in plain words. */
    drugClass: SectionSchema,
    /** What it is and how it works. */
    about: SectionSchema,
    howGiven: HowGivenSchema,
    /** What it is used for in NETs. */
    uses: SectionSchema,
    sideEffects: v.strictObject({
      common: SectionSchema,
      serious: SectionSchema,
      /**
       * Side effects the sources name without calling them common or serious (rare ones, or ones given without a
       * frequency, such as gallstones from somatostatin analogues). Optional.
       */
      other: v.optional(SectionSchema),
      /** What to do about side effects: when to contact the care team. */
      whatToDo: SectionSchema,
    }),
    tips: v.optional(SectionSchema),
    ...Review,
  }),
  v.forward(
    v.partialCheck(
      [['kind'], ['components']],
      (d) => (d.kind === 'combination') === (d.components !== undefined && d.components.length >= 2),
      'a combination lists at least two "components"; a single drug lists none',
    ),
    ['components'],
  ),
);

/** The most names a host may add to one bundled drug (`AddedNamesSchema`), and the longest such name. */
export const MAX_ADDED_NAMES = 20;
export const MAX_ADDED_NAME_LENGTH = 100;

/**
 * A host's own names for a bundled drug, such as a local brand that the sources do not name:
 * `{ "id": "capecitabine", "addNames": ["Xeloda"] }`. The bundled card with that id is then found by these names too,
 * and shows them as names used by the website, never as facts from the sources. Not a card of its own: it holds only
 * these two fields.
 */
export const AddedNamesSchema = v.strictObject({
  /** The id of a bundled drug or combination ("capecitabine"). */
  id: Id,
  /** The names to add, as the website's readers know them. */
  addNames: v.pipe(
    v.array(
      v.pipe(Text, v.maxLength(MAX_ADDED_NAME_LENGTH, `must be at most ${MAX_ADDED_NAME_LENGTH} characters`)),
      'must be a list of names (["Xeloda"])',
    ),
    v.minLength(1, 'must list at least one name'),
    v.maxLength(MAX_ADDED_NAMES, `must list at most ${MAX_ADDED_NAMES} names`),
  ),
});

/** One treatment option (surgery, PRRT, chemotherapy, ...). */
export const TreatmentSchema = v.strictObject({
  id: Id,
  category: v.picklist(TREATMENT_CATEGORIES, `must be one of: ${TREATMENT_CATEGORIES.join(', ')}`),
  name: Text,
  otherNames: v.optional(TextList, []),
  /** One line shown before the option is opened. */
  summary: Text,
  /** Two or three key points the option opens with (optional). */
  keyPoints: v.optional(KeyPointsSchema),
  about: SectionSchema,
  whenUsed: SectionSchema,
  howDone: SectionSchema,
  aims: v.strictObject({
    goals: v.pipe(
      v.array(v.picklist(TREATMENT_AIMS, `must be one of: ${TREATMENT_AIMS.join(', ')}`), 'must be a list of aims'),
      v.minLength(1, 'name at least one aim'),
    ),
    text: v.optional(Text),
    sources: SourceRefs,
  }),
  /** Ids of drugs in data/en/drugs.json that this treatment uses. */
  relatedDrugs: v.optional(v.array(Id), []),
  ...Review,
});

export const FoodSchema = v.strictObject({
  id: Id,
  name: Text,
  /** Other words a reader may type for this food (singular or plural forms, local names). */
  otherNames: v.optional(TextList, []),
  /**
   * Kinds of this food that a reader may type ("Beer" for alcoholic drinks, "Cheddar" for cheese). Naming facts,
   * not medical ones, so they cite no source: "Can I eat beer?" answers with this food's advice.
   */
  kinds: v.optional(TextList),
  /**
   * Names that may or may not be this food, depending on the kind or how it is made ("Brie" for aged cheeses,
   * "Salmon" for smoked or salted fish). The answer says so and sends the reader to their care team.
   */
  possibleKinds: v.optional(TextList),
  sources: SourceRefs,
});

export const FoodGroupSchema = v.strictObject({
  id: Id,
  name: Text,
  /** What the sources advise: limit or avoid. Shown in words, never by an icon alone. */
  advice: v.picklist(['limit', 'avoid'], 'must be "limit" or "avoid"'),
  /** Why foods in this group matter. */
  reason: SectionSchema,
  foods: v.pipe(v.array(FoodSchema), v.minLength(1, 'a group needs at least one food')),
});

export const DietSchema = v.strictObject({
  id: Id,
  name: Text,
  /** Why diet matters, in two or three plain sentences. */
  intro: SectionSchema,
  groups: v.pipe(v.array(FoodGroupSchema, 'must be a list of food groups'), v.minLength(1, 'needs at least one group')),
  /** Medicines can change amine levels: ask your doctor. */
  medicines: SectionSchema,
  /** Symptom control the sources name, framed as "talk to your NET specialist". */
  symptomControl: v.array(
    v.strictObject({ name: Text, text: Text, drugIds: v.optional(v.array(Id), []), sources: SourceRefs }),
  ),
  ...Review,
});

export const SourcesSchema = v.array(SourceSchema);
export const DrugsSchema = v.array(DrugSchema);
export const TreatmentsSchema = v.array(TreatmentSchema);

export type Section = v.InferOutput<typeof SectionSchema>;
export type KeyPoints = v.InferOutput<typeof KeyPointsSchema>;
export type HowGiven = v.InferOutput<typeof HowGivenSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type AmbiguousName = v.InferOutput<typeof AmbiguousNameSchema>;
export type EditorNote = v.InferOutput<typeof EditorNoteSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Drug = v.InferOutput<typeof DrugSchema>;
export type AddedNames = v.InferOutput<typeof AddedNamesSchema>;
export type Treatment = v.InferOutput<typeof TreatmentSchema>;
export type TreatmentCategory = (typeof TREATMENT_CATEGORIES)[number];
export type TreatmentAim = (typeof TREATMENT_AIMS)[number];
export type Food = v.InferOutput<typeof FoodSchema>;
export type FoodGroup = v.InferOutput<typeof FoodGroupSchema>;
export type Diet = v.InferOutput<typeof DietSchema>;
/** Any entry that carries review dates and sources. */
export type Entry = Drug | Treatment | Diet;
