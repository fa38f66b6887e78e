import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/net-drug-card.js';
import { drugs, getDrug } from '../src/content/drugs.js';
import type { Drug } from '../src/content/schema.js';
import { componentDocs } from './embed.js';
import { drugValues } from './content-lists.js';
import { clickInWidget, expectLightDom, inNarrowColumn, withJsonScript } from './helpers.js';

interface Args {
  drug: string;
  sections: string;
  variant: 'full' | 'compact';
  'no-questions'?: boolean;
  'heading-level': number;
  lang: string;
}

const render = (args: Args) =>
  html`<net-drug-card
    drug=${ifDefined(args.drug || undefined)}
    sections=${ifDefined(args.sections || undefined)}
    variant=${ifDefined(args.variant === 'full' ? undefined : args.variant)}
    ?no-questions=${args['no-questions'] ?? false}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang || undefined)}
  ></net-drug-card>`;

/** A card with host content in a child JSON script. */
const withHostScript = (content: unknown) => withJsonScript('net-drug-card', content);

/**
 * A charity's own card, made from the bundled lanreotide entry so that it states no medical fact of its own: a new id
 * and name, the charity's own tip, and the charity's leaflet as a source.
 */
function charityCard(): Drug {
  const base = structuredClone(getDrug('lanreotide')!);
  return {
    ...base,
    id: 'lanreotide-at-our-clinic',
    name: 'Lanreotide at our clinic',
    brandNames: [],
    otherNames: [],
    tips: {
      text: 'Our NET nurses can answer your questions about this medicine. Bring this page to your next appointment.',
      sources: ['our-leaflet'],
    },
    sourceDetails: [
      { id: 'our-leaflet', publisher: 'An example NET charity', title: 'Your treatment at our clinic', region: 'UK', date: '2026' },
    ],
  };
}

const meta: Meta<Args> = {
  title: 'Widgets/Drug card',
  component: 'net-drug-card',
  parameters: { docs: { description: { component: componentDocs('net-drug-card', '<net-drug-card drug="everolimus"></net-drug-card>', drugValues()) } } },
  tags: ['autodocs'],
  render,
  args: { drug: 'everolimus', sections: '', variant: 'full', 'no-questions': false, 'heading-level': 2, lang: '' },
  argTypes: {
    drug: { control: 'text', description: 'Any name of a drug or combination: generic, brand, other spelling or id.' },
    sections: {
      control: 'text',
      description:
        'Comma-separated section keys, in order: key-points, about, how-given, uses, side-effects, tips, components, combinations, notes.',
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'no-questions': { control: 'boolean', description: 'Hides the "Add to my questions" buttons beside the gaps and the side effects.' },
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Everolimus, every section, with the default h2 heading. */
export const Default: Story = {};

export const Octreotide: Story = { args: { drug: 'octreotide' } };

/** CAPTEM without the "Add to my questions" buttons (`no-questions`): the gaps still say to ask the care team. */
export const NoQuestions: Story = { args: { drug: 'captem', 'no-questions': true } };

export const Lanreotide: Story = { args: { drug: 'lanreotide' } };

export const Cabozantinib: Story = { args: { drug: 'cabozantinib' } };

export const Telotristat: Story = { args: { drug: 'telotristat' } };

/** A combination: each of its drugs opens in place. */
export const Combination: Story = { args: { drug: 'captem' } };

/** Looked up by a brand name: the card says which name the reader used. */
export const ByBrandName: Story = { args: { drug: 'Afinitor' } };

/**
 * Every bundled drug and combination, one full card each, for a content review (and for the story tests, which check
 * each card with axe in English, French and Spanish). Not on the Docs page: it is long.
 */
export const EveryCard: Story = {
  tags: ['!autodocs'],
  render: (args) => html`<style>
      .every-card {
        display: grid;
        gap: 2rem;
      }
    </style>
    <div class="every-card">
      ${drugs.map((d) => html`<net-drug-card drug=${d.id} heading-level=${args['heading-level']}></net-drug-card>`)}
    </div>`,
};

/** Name, drug class and a summary, with a button that opens the full card. Printed, it is always open. */
export const Compact: Story = { args: { drug: 'octreotide', variant: 'compact' } };

const openFirstDrug = ({ canvasElement }: { canvasElement: HTMLElement }) => clickInWidget(canvasElement, '.disclosure');

/** The compact card after its button was pressed: every section shows, and the button offers to close them. */
export const CompactOpened: Story = {
  args: { drug: 'octreotide', variant: 'compact' },
  play: ({ canvasElement }) => clickInWidget(canvasElement, '.toggle'),
};

/** A compact card that starts opened (`expanded`), as a server-rendered snippet carries it for a page without JavaScript. */
export const CompactExpanded: Story = {
  render: () => html`<net-drug-card drug="octreotide" variant="compact" expanded></net-drug-card>`,
};

/** A combination with its first drug opened in place. */
export const CombinationDrugOpened: Story = {
  args: { drug: 'captem' },
  play: openFirstDrug,
};

/** Only some sections, in the order given. */
export const SectionsSubset: Story = { args: { drug: 'octreotide', sections: 'side-effects,how-given' } };

/** Inside a page whose own heading is an h2, the card starts at h3. */
export const HeadingLevel: Story = {
  args: { drug: 'lanreotide', 'heading-level': 3 },
  render: (args) => html`<h2>Your medicines</h2>
    ${render(args)}`,
};

/** The host's own contact text, shown in the serious side effects callout. */
export const ContactSlot: Story = {
  render: (args) => html`<net-drug-card drug=${args.drug} heading-level=${args['heading-level']}>
    <p slot="contact">Call our NET nurse line on 0000 000 0000, Monday to Friday, 9am to 5pm.</p>
  </net-drug-card>`,
};

/**
 * For hospitals: your own urgent contact (a 24-hour chemotherapy or acute oncology line) in the `contact` slot. It
 * takes the place of the callout's generic "contact your care team now" line, so the reader sees one clear
 * instruction: who to call, and when. Put the number in a `tel:` link so that it can be tapped on a phone.
 *
 * ```html
 * <net-drug-card drug="captem">
 *   <p slot="contact"><strong>Call our 24-hour line now</strong> on <a href="tel:+440000000000">0000 000 0000</a>
 *     if you have any of these, or feel very unwell.</p>
 * </net-drug-card>
 * ```
 */
export const UrgentContact: Story = {
  name: 'Urgent contact (for hospitals)',
  args: { drug: 'captem' },
  render: (args) => html`<net-drug-card drug=${args.drug} heading-level=${args['heading-level']}>
    <p slot="contact">
      <strong>Call our 24-hour line now</strong> on <a href="tel:+440000000000">0000 000 0000</a> if you have any of these,
      or feel very unwell.
    </p>
  </net-drug-card>`,
};

/**
 * Light DOM (`light-dom`): the same card, written into the element's own children instead of a shadow root, so that
 * the tools a patient or a hospital site uses to read or translate a page can reach its words: reader view, the
 * browser's "Translate this page", read-aloud ("Listen to Page", "Read Aloud"), and reading or translation toolbars.
 * Choose it when your site has such a toolbar; keep the default (shadow DOM) otherwise, since in light DOM more of your
 * page's CSS can reach into the card. The urgent `contact` slot works the same. **Guides/Light DOM** says what changes.
 *
 * ```html
 * <net-drug-card light-dom drug="captem">
 *   <p slot="contact">Call our 24-hour line now on <a href="tel:+440000000000">0000 000 0000</a> …</p>
 * </net-drug-card>
 * ```
 */
export const LightDom: Story = {
  name: 'Light DOM',
  // The controls of the attributes this story renders (light-dom is read once, so it has none).
  parameters: { controls: { include: ['drug', 'heading-level'] } },
  args: { drug: 'captem' },
  render: (args) => html`<net-drug-card light-dom drug=${args.drug} heading-level=${args['heading-level']}>
    <p slot="contact">
      <strong>Call our 24-hour line now</strong> on <a href="tel:+440000000000">0000 000 0000</a> if you have any of these,
      or feel very unwell.
    </p>
  </net-drug-card>`,
  play: ({ canvasElement }) => expectLightDom(canvasElement),
};

/** A name the sources use in two ways ("Sandostatin Depot"): the card shows what it can mean and what to check. */
export const AmbiguousName: Story = { args: { drug: 'Sandostatin Depot' } };

/** A drug's common short name finds it: "diphenoxylate" opens diphenoxylate-atropine. */
export const ShortName: Story = { args: { drug: 'diphenoxylate' } };

/** A name the content does not know (here a typo): the card says so and offers the closest names. */
export const UnknownDrug: Story = { args: { drug: 'octreotid' } };

/**
 * A medicine that is not in the library at all: no "did you mean" list of unrelated drugs, and a line for the
 * website team naming the value to fix.
 */
export const NotInLibrary: Story = { args: { drug: 'aspirin' } };

/**
 * A `sections` key that does not exist ("dosage") is left out: the card shows the sections it knows, and the browser
 * console tells the site owner which key to fix (with a `net-error` event).
 */
export const UnknownSection: Story = { args: { drug: 'octreotide', sections: 'side-effects, dosage' } };

/** No `drug` and no host card: a visible message says what is missing. */
export const MissingDrug: Story = { args: { drug: '' } };

/** Host content that is not in the content format: each error is listed with its path. */
export const InvalidHostContent: Story = {
  render: () => withHostScript({ id: 'Our Card', kind: 'pill', name: '', sideEffects: {} }),
};

/** A child JSON script that is not JSON at all (a missing quote): the message says where it stops making sense. */
export const InvalidHostJson: Story = {
  render: () => withHostScript('{ "id": "our-card", "name": "Our card }'),
};

/** A charity's own card, from a child JSON script; it is labelled as added by the website. */
export const HostContent: Story = {
  render: () => withHostScript(charityCard()),
};

/** The same card set through the `content` property, with its review overdue: a notice says the review is due. */
export const HostContentReviewOverdue: Story = {
  render: () => html`<net-drug-card .content=${{ ...charityCard(), reviewed: '2020-01-15', nextReview: '2021-01-15' }}></net-drug-card>`,
};

/** The same card themed through the public --net-* tokens (a story-only stylesheet, never in the widget). */
export const Themed: Story = {
  args: { drug: 'captem' },
  render: (args) => html`<style>
      .themed net-drug-card {
        --net-color-accent: #6a1b9a;
        --net-color-text: #1a1a2e;
        --net-color-background: #fcfaff;
        --net-color-surface: #f1e8f8;
        --net-color-border: #7b6a8a;
        --net-color-urgent: #8e1b1b;
        --net-color-urgent-background: #fff0f0;
        --net-font-family: Verdana, sans-serif;
        --net-radius: 0;
      }
    </style>
    <div class="themed">${render(args)}</div>`,
};

/** A 320 px column, as on a small phone. */
export const NarrowColumn: Story = {
  args: { drug: 'octreotide' },
  render: (args) => inNarrowColumn(render(args)),
};
