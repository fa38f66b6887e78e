// The values each widget accepts, for its Docs page: made from the bundled content (src/content/) when Storybook is
// built, so the lists can never disagree with what the widgets know. Markdown, for `parameters.docs.description`.
import { drugs, drugNames } from '../src/content/drugs.js';
import { diet } from '../src/content/diet.js';
import { treatments } from '../src/content/treatments.js';
import { TREATMENT_CATEGORIES } from '../src/content/schema.js';
import { treatmentListLabels } from '../src/treatment-list/treatment-list.view.js';

/** One Markdown table cell: text as it is, with the characters that would break the table escaped. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text}\``;
const list = (items: readonly string[]) => (items.length ? items.map(cell).join(', ') : '–');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const byName = <T extends { name: string }>(items: readonly T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Every drug and combination, with every name `drug="…"` accepts for it (in any case). */
export function drugValues(): string {
  const rows = byName(drugs).map((d) => [cell(d.name), code(d.id), d.kind, list(d.brandNames), list(d.otherNames)]);
  return `### Valid \`drug\` values

\`drug\` takes any of these names, in any case: the name, the id, a brand name or another name. ${drugs.length} entries,
${drugs.filter((d) => d.kind === 'combination').length} of them combinations; ${drugs.reduce((n, d) => n + drugNames(d).length, 0)} names in all.

${table(['Name', 'Id', 'Kind', 'Brand names', 'Other names'], rows)}
`;
}

/** Every category id that `categories="…"` accepts, in the list's order, with the options in it. */
export function categoryValues(): string {
  const labels = treatmentListLabels('en').categories;
  const rows = TREATMENT_CATEGORIES.map((id) => [
    code(id),
    cell(labels[id].name),
    list(treatments.filter((t) => t.category === id).map((t) => t.name)),
  ]);
  return `### Valid \`categories\` values

Comma-separated, in any order; the list keeps this order. A host's own entries use the same ids in \`category\`.

${table(['Id', 'Heading', 'Bundled options'], rows)}
`;
}

/** Every food group that `groups="…"` accepts, and every food the guide lists (and so answers for). */
export function foodValues(): string {
  const groups = diet.groups.map((g) => [code(g.id), cell(g.name), g.advice, String(g.foods.length)]);
  const foods = diet.groups.flatMap((g) =>
    g.foods.map((f) => [cell(f.name), code(f.id), code(g.id), list(f.otherNames)]),
  );
  return `### Valid \`groups\` values

${table(['Id', 'Group', 'Advice', 'Foods'], groups)}

### Every food in the guide

"Can I eat …?" (and \`query="…"\`) answers for these foods by their name or another name; any other food is "not on
this list", never "fine to eat".

${table(['Food', 'Id', 'Group', 'Other names'], foods)}
`;
}
