// net-widgets render: prints a widget as server-rendered HTML (declarative shadow DOM, or with light-dom the widget's
// content as its own children), to paste into a CMS page that runs no JavaScript, or to hydrate with the CDN script
// (dist/node/ssr.js, built from src/ssr/).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const summary = 'print a widget as HTML that reads without JavaScript (to paste into a CMS)';

export const usage = `Usage: net-widgets render <widget> [attribute=value ...] [options]

Prints the widget as HTML with a declarative shadow root: it reads in full without JavaScript, and the CDN
script, if the page loads it, hydrates it in place. Attributes are the widget's own, e.g.

  net-widgets render net-drug-card drug=everolimus
  net-widgets render net-drug-card drug=captem variant=compact heading-level=3
  net-widgets render net-treatment-list categories=chemotherapy,targeted
  net-widgets render net-diet-guide variant=checklist lang=en

A bare name (expanded) sets a boolean attribute; name=false leaves it out. The snippet carries lang (default
en), rendered-on (today), defer-hydration (it hydrates when the reader comes near it; defer-hydration=false
hydrates it at once) and, on a compact card, expanded. The treatment list's options are <details>, closed.

Light DOM: with light-dom, the widget's content is the element's own children, not a shadow root, so reader
views, page translators and read-aloud toolbars see its words:

  net-widgets render net-drug-card drug=everolimus light-dom

Its ids share one prefix (data-net-ids, from the widget and its attributes; --id-prefix sets it). It carries no
styles: link <widget>.light.css (or net-widgets.light.css, all four) from dist/cdn/ in the page's <head>, or
pass --stylesheets to put that link in the snippet.

Widgets: net-drug-card, net-treatment-list, net-diet-guide, net-questions

Options:
  --stylesheets <url>   link each shadow root to <url>/<widget>.css (the self-hosted dist/cdn/ folder) instead
                        of inline <style>: needed under a Content-Security-Policy with style-src 'self'.
                        With light-dom: the snippet links <url>/<widget>.light.css
  --id-prefix <prefix>  with light-dom: the prefix of the snippet's ids (a lowercase letter, then up to 30
                        lowercase letters, digits or hyphens), e.g. for two snippets of one widget on a page
  --date YYYY-MM-DD     render as on this day (the "due for review" notices depend on it); default today
  -o, --out <file>      write the snippet to <file> instead of printing it
  -h, --help            show this help

Exit codes: 0 rendered, 1 the widget shows a problem (an unknown drug, say: the HTML shows it too),
2 a usage error.`;

/** `name=value` → [name, value]; `name` → [name, true]; `name=false` → [name, false]. */
function parseAttribute(text) {
  const at = text.indexOf('=');
  if (at === -1) return [text, true];
  const value = text.slice(at + 1);
  return [text.slice(0, at), value === 'false' ? false : value];
}

export async function run(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        stylesheets: { type: 'string' },
        date: { type: 'string' },
        'id-prefix': { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`net-widgets render: ${error.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const { renderSnippet, isWidgetTag, WIDGET_TAGS } = await import('../../dist/node/ssr.js');
  const [tag, ...rest] = positionals;
  if (tag === undefined) {
    io.err(`net-widgets render: name a widget (${WIDGET_TAGS.join(', ')})\n\n${usage}`);
    return 2;
  }
  if (!isWidgetTag(tag)) {
    io.err(`net-widgets render: no widget "${tag}"; the widgets are ${WIDGET_TAGS.join(', ')}`);
    return 2;
  }
  let result;
  try {
    result = renderSnippet(tag, Object.fromEntries(rest.map(parseAttribute)), {
      stylesheets: values.stylesheets,
      date: values.date,
      idPrefix: values['id-prefix'],
    });
  } catch (error) {
    io.err(`${error.message.replace(/^net-widgets: /, 'net-widgets render: ').replace(/\bidPrefix\b/, '--id-prefix')}`);
    return 2;
  }
  if (values.out) writeFileSync(values.out, `${result.html}\n`);
  else io.out(result.html);
  if (result.problem) {
    io.err(`net-widgets render: <${tag}> shows a problem: ${result.problem.message}`);
    if (result.problem.fix) io.err(result.problem.fix);
    return 1;
  }
  return 0;
}
