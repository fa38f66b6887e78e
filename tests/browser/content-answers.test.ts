/**
 * The content check: every name a reader may type, taken from data/, asked of the real widgets, and the answer read
 * off the page as a reader sees it. Every food's names and kinds through "Can I eat …?", every drug's names through
 * <net-drug-card drug="…">.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-diet-guide.js';
import '../../src/net-drug-card.js';
import type { NetDietGuide } from '../../src/diet-guide/diet-guide.js';
import type { NetDrugCard } from '../../src/drug-card/drug-card.js';
import { diet } from '../../src/content/diet.js';
import { drugNames, drugs } from '../../src/content/drugs.js';
import ui from '../../data/en/ui-diet-guide.json';
import { $, captureWarnings, shown, text } from './helpers.js';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k]!);

type Relation = 'name' | 'kind' | 'possible-kind';

describe('every name in the content, asked of the real widgets', () => {
  const warnings = captureWarnings();

  describe('"Can I eat …?" answers every food name and kind with its listed food and advice', () => {
    // open-wc removes fixtures after each test, so each test makes its own guide.
    let el: NetDietGuide;
    beforeEach(async () => {
      el = await fixture<NetDietGuide>(html`<net-diet-guide></net-diet-guide>`);
    });

    /** The answer to `query`, as the reader sees it: for each food shown, how it was reached, its lead and advice. */
    async function ask(query: string) {
      el.query = query;
      await el.updateComplete;
      const answer = $(el, '.answer')!;
      return {
        result: (answer.querySelector('.answer-body') as HTMLElement | null)?.dataset.result,
        hits: [...answer.querySelectorAll<HTMLElement>('.answer-hit')].map((hit) => ({
          food: hit.dataset.food!,
          relation: hit.dataset.relation as Relation,
          lead: text(hit.querySelector('.answer-lead')),
          advice: text(hit.querySelector('[data-advice]')),
          shown: shown(hit),
        })),
      };
    }

    for (const group of diet.groups) {
      for (const food of group.foods) {
        const asked: [string, Relation][] = [
          ...[food.name, ...food.otherNames].map((n): [string, Relation] => [n, 'name']),
          ...(food.kinds ?? []).map((n): [string, Relation] => [n, 'kind']),
          ...(food.possibleKinds ?? []).map((n): [string, Relation] => [n, 'possible-kind']),
        ];
        it(`${food.id}: ${asked.length} names and kinds`, async () => {
          for (const [query, relation] of asked) {
            const answer = await ask(query);
            expect(answer.result, query).to.equal('listed');
            const hit = answer.hits.find((h) => h.food === food.id);
            expect(hit, `${query}: answered without ${food.id}`).to.not.equal(undefined);
            expect(hit!.shown, query).to.equal(true);
            expect(hit!.relation, query).to.equal(relation);
            expect(hit!.advice, query).to.equal(ui.advice[group.advice]);
            const lead =
              relation === 'name'
                ? fill(ui.answerListed, { food: food.name })
                : fill(relation === 'kind' ? ui.answerKind : ui.answerPossibleKind, { kind: query, food: food.name });
            expect(hit!.lead, query).to.equal(lead);
          }
          expect(warnings).to.have.length(0);
        });
      }
    }
  });

  describe('<net-drug-card> finds every drug by every one of its names', () => {
    for (const drug of drugs) {
      it(`${drug.id}: ${drugNames(drug).join(', ')}`, async () => {
        const ambiguous = new Set((drug.ambiguousNames ?? []).map((n) => n.name));
        for (const name of drugNames(drug)) {
          const el = await fixture<NetDrugCard>(html`<net-drug-card drug=${name}></net-drug-card>`);
          expect($(el, '[role="alert"]'), name).to.equal(null);
          expect(text($(el, '.net-part-heading')), name).to.equal(drug.name);
          expect(shown($(el, '.name-note')), `${name}: the note on a name used in two ways`).to.equal(ambiguous.has(name));
        }
        expect(warnings).to.have.length(0);
      });
    }
  });
});
