import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/net-treatment-list.js';
import type { Treatment } from '../src/content/schema.js';
import { componentDocs } from './embed.js';
import { categoryValues } from './content-lists.js';
import { clickInWidget, expectLightDom, inNarrowColumn, withJsonScript } from './helpers.js';

interface Args {
  categories: string;
  expanded: boolean;
  'no-search': boolean;
  'no-questions'?: boolean;
  'print-all': boolean;
  query: string;
  'heading-level': number;
  lang: string;
}

const render = (args: Args) =>
  html`<net-treatment-list
    categories=${ifDefined(args.categories || undefined)}
    ?expanded=${args.expanded}
    ?no-search=${args['no-search']}
    ?no-questions=${args['no-questions'] ?? false}
    ?print-all=${args['print-all']}
    query=${ifDefined(args.query || undefined)}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang || undefined)}
  ></net-treatment-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Treatment list',
  component: 'net-treatment-list',
  parameters: { docs: { description: { component: componentDocs('net-treatment-list', '<net-treatment-list></net-treatment-list>', categoryValues()) } } },
  tags: ['autodocs'],
  render,
  args: { categories: '', expanded: false, 'no-search': false, 'no-questions': false, 'print-all': false, query: '', 'heading-level': 2, lang: '' },
  argTypes: {
    categories: {
      control: 'text',
      description:
        'Comma-separated category ids: surgery-liver, hormone-growth-medicines, radionuclide, targeted, chemotherapy, radiation, immune, supportive, clinical-trials. Empty shows all.',
    },
    expanded: { control: 'boolean', description: 'Opens every option.' },
    'no-search': { control: 'boolean', description: 'Hides the search box, the filters and the count.' },
    'no-questions': { control: 'boolean', description: 'Hides the "Add to my questions" button of each opened option.' },
    'print-all': {
      control: 'boolean',
      description: 'Prints every option in full. Unset, a printout shows the opened options in full and the others by name.',
    },
    query: { control: 'text', description: 'Starts with this search.' },
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every option, grouped by kind, closed, with the search box and the category filters. */
export const Default: Story = {};

/** Without the search box, the filters and the count: a plain list of options. */
export const NoSearch: Story = { args: { 'no-search': true, categories: 'radionuclide, radiation' } };

/** For a clinic's printed leaflet: on paper every option is printed in full (try the browser's print preview). */
export const PrintAll: Story = { args: { 'print-all': true, categories: 'radionuclide, radiation' } };

/** Only two kinds of treatment. */
export const CategorySubset: Story = { args: { categories: 'hormone-growth-medicines, radionuclide' } };

/** Every option opened, as in print. */
export const Expanded: Story = { args: { expanded: true, categories: 'surgery-liver' } };

/** Opened options without the "Add to my questions" buttons (`no-questions`). */
export const NoQuestions: Story = { args: { expanded: true, categories: 'radionuclide', 'no-questions': true } };

/**
 * Every bundled option of every kind, opened, for a content review (and for the story tests, which check them all
 * with axe in English, French and Spanish). Not on the Docs page: it is long.
 */
export const EveryOption: Story = { tags: ['!autodocs'], args: { expanded: true } };

/** A search under way: "octreo" finds the options that use octreotide; the count says how many. */
export const Searching: Story = { args: { query: 'octreo' } };

/** A category filter switched on: only that kind of treatment shows, and the count says how many. */
export const Filtered: Story = {
  play: ({ canvasElement }) => clickInWidget(canvasElement, '.filters input[value="radionuclide"]'),
};

/** Nothing matches: the list says so, and a button clears the search. */
export const NoMatch: Story = { args: { query: 'zebra' } };

/** A charity's own option (validated, marked "Added by this website") and its note in the `note` slot. */
const hostEntry: Treatment = {
  id: 'example-nurse-line',
  category: 'supportive',
  name: 'Example NET nurse line',
  otherNames: ['Nurse helpline'],
  summary: 'A phone line where a NET nurse answers your questions about treatment.',
  about: { text: 'A nurse who knows about NETs answers your call and helps you plan questions for your team.', sources: ['example-leaflet'] },
  whenUsed: { text: 'Any time during or after treatment.', sources: ['example-leaflet'] },
  howDone: { text: 'Call the number on our website, Monday to Friday.', sources: ['example-leaflet'] },
  aims: { goals: ['ease-symptoms'], sources: ['example-leaflet'] },
  relatedDrugs: [],
  reviewed: '2026-01-15',
  nextReview: '2027-01-15',
  sourceDetails: [
    { id: 'example-leaflet', publisher: 'Example NET Charity', title: 'Our nurse line', region: 'United Kingdom', date: '2026' },
  ],
};

export const HostEntries: Story = {
  args: { categories: 'supportive' },
  render: (args) => html`<net-treatment-list
    categories=${ifDefined(args.categories || undefined)}
    heading-level=${args['heading-level']}
    .entries=${[hostEntry]}
  >
    <p slot="note">Questions? Call the Example NET Charity nurse line on 0000 000 0000.</p>
  </net-treatment-list>`,
};

/**
 * The same entry from a child `<script type="application/json">` holding an array, as a CMS page would give it,
 * beside the bundled medicines that act on hormones and growth.
 */
export const HostEntriesFromScript: Story = {
  args: { categories: 'hormone-growth-medicines, supportive' },
  render: (args) => withJsonScript('net-treatment-list', [hostEntry], { categories: args.categories }),
};

/**
 * A host entry with mistakes beside a good one: a notice lists the mistakes with their paths; the good entry and the
 * bundled options still show.
 */
export const InvalidHostEntries: Story = {
  args: { categories: 'supportive' },
  render: (args) => html`<net-treatment-list
    categories=${ifDefined(args.categories || undefined)}
    heading-level=${args['heading-level']}
    .entries=${[hostEntry, { ...hostEntry, id: 'example-helpline', category: 'helplines', summary: '' } as unknown as Treatment]}
  ></net-treatment-list>`,
};

/** Opens the mTOR inhibitors option and, in it, the first medicine's drug card. */
const openDrugCard = ({ canvasElement }: { canvasElement: HTMLElement }) =>
  clickInWidget(canvasElement, '#net-treatment-mtor-inhibitors-toggle', '#net-treatment-mtor-inhibitors-body .drug-button');

/** A medicine chosen in an option: its drug card opens in place, with a button that closes it. */
export const WithDrugCardOpened: Story = { args: { categories: 'targeted' }, play: openDrugCard };

/**
 * Light DOM (`light-dom`): the same list, written into the element's own children instead of a shadow root, so that
 * reader view, page translators, read-aloud and a site's reading or translation toolbar reach every word, the options
 * the reader opens included. Choose it when your site has such a toolbar; keep the default (shadow DOM) otherwise,
 * since in light DOM more of your page's CSS can reach into the list. The `note` slot works the same. **Guides/Light
 * DOM** says what changes.
 */
export const LightDom: Story = {
  name: 'Light DOM',
  // The controls of the attributes this story renders (light-dom is read once, so it has none).
  parameters: { controls: { include: ['categories', 'heading-level'] } },
  args: { categories: 'hormone-growth-medicines' },
  render: (args) => html`<net-treatment-list
    light-dom
    categories=${ifDefined(args.categories || undefined)}
    heading-level=${args['heading-level']}
  >
    <p slot="note">Questions? Call the Example NET Charity nurse line on 0000 000 0000.</p>
  </net-treatment-list>`,
  play: async ({ canvasElement }) => {
    await clickInWidget(canvasElement, '#net-treatment-somatostatin-analogues-toggle');
    await expectLightDom(canvasElement);
  },
};

/**
 * An unknown category ("herbal") is left out: the list shows the categories it knows, and the browser console tells the
 * site owner which name to fix (with a `net-error` event). A misspelling never hides the list.
 */
export const UnknownCategory: Story = { args: { categories: 'chemotherapy, herbal' } };

/** Themed through the public --net-* tokens (a story-only stylesheet, never in the widget). */
export const Themed: Story = {
  args: { query: 'liver' },
  render: (args) => html`<style>
      .themed net-treatment-list {
        --net-color-accent: #00695c;
        --net-color-text: #102a27;
        --net-color-background: #fbfffe;
        --net-color-surface: #e6f4f1;
        --net-color-border: #5f7f7a;
        --net-font-family: Georgia, serif;
        --net-radius: 0;
      }
    </style>
    <div class="themed">${render(args)}</div>`,
};

/** A 320 px column, as on a small phone. */
export const NarrowColumn: Story = {
  args: { categories: 'hormone-growth-medicines, radionuclide', expanded: true },
  render: (args) => inNarrowColumn(render(args)),
};

/**
 * A symptom in the reader's own words: what the drug cards say about nausea comes first (each medicine opens its card,
 * common and other side effects with the cards' own words), then the hedge, then the options.
 */
export const SymptomAnswer: Story = { args: { query: 'nausea' } };
