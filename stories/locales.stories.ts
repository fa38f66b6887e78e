import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { queryWidget, widgetIn } from './helpers.js';

/**
 * Every widget in French and in Spanish, in its main states, as a French- or Spanish-language page would show it
 * (`lang` on an ancestor). Each runs as a test: it waits for the language to load, checks that the widget shows it,
 * and passes axe. The toolbar's Language switch shows any other story in either language.
 */
const meta: Meta = {
  title: 'Widgets/In French and Spanish',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** Renders `widget` on a page in `lang`, and checks in `play` that it shows that language. */
function inLanguage(lang: 'fr' | 'es', widget: TemplateResult): Story {
  return {
    render: () => html`<div lang=${lang}>${widget}</div>`,
    play: async ({ canvasElement }) => {
      const el = widgetIn(canvasElement);
      await waitFor(() => expect(queryWidget(el, '.net-part-base')?.getAttribute('lang')).toBe(lang), { timeout: 5000 });
    },
  };
}

export const DrugCardFrench = inLanguage('fr', html`<net-drug-card drug="octreotide"></net-drug-card>`);
export const DrugCardSpanish = inLanguage('es', html`<net-drug-card drug="captem"></net-drug-card>`);
export const CompactCardFrench = inLanguage('fr', html`<net-drug-card drug="everolimus" variant="compact"></net-drug-card>`);
export const UnknownDrugSpanish = inLanguage('es', html`<net-drug-card drug="aspirina"></net-drug-card>`);
export const TreatmentListFrench = inLanguage('fr', html`<net-treatment-list query="chimio"></net-treatment-list>`);
export const TreatmentListSpanish = inLanguage('es', html`<net-treatment-list categories="targeted" expanded></net-treatment-list>`);
export const DietGuideFrench = inLanguage('fr', html`<net-diet-guide query="bière"></net-diet-guide>`);
export const DietGuideSpanish = inLanguage('es', html`<net-diet-guide query="queso"></net-diet-guide>`);
export const ChecklistSpanish = inLanguage('es', html`<net-diet-guide variant="checklist"></net-diet-guide>`);
export const QuestionsFrench = inLanguage('fr', html`<net-questions></net-questions>`);
export const QuestionsSpanishPrintPreview = inLanguage('es', html`<net-questions print-preview clinic-lang="en"></net-questions>`);
