import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

interface Member {
  name: string;
  readonly?: boolean;
  attribute?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: Member[] }[] }[];
}

/**
 * The docs tables list everything custom-elements.json says about a widget: attributes, properties, events, slots,
 * CSS parts and custom properties. Storybook would give each row a control; a control that the story does not render
 * does nothing, and on a row with no simple type (`content`, `entries`, every event, part and token) it is a "Set
 * object" button that leads nowhere. So a row keeps its control only when the story's `args` name it (the attributes
 * the stories render); the others stay in the table, with their description, without a control. A property that takes
 * an object says how to set it, and a read-only one says so.
 */
export function controlsOnlyForRenderedArgs(manifest: Manifest): ArgTypesEnhancer {
  const enhancer: ArgTypesEnhancer = (context) => {
    const rendered = new Set(Object.keys(context.initialArgs ?? {}));
    const members = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === context.component)
        ?.members?.map((m) => [m.name, m]) ?? [],
    );
    const argTypes: Record<string, StrictInputType> = {};
    for (const [name, argType] of Object.entries(context.argTypes)) {
      if (rendered.has(name)) {
        argTypes[name] = argType;
        continue;
      }
      const member = argType.table?.category === 'properties' ? members.get(name) : undefined;
      argTypes[name] = { ...argType, description: describe(argType, member), control: false };
    }
    return argTypes;
  };
  // After the renderer has read custom-elements.json into the argTypes, with Storybook's own control inference.
  enhancer.secondPass = true;
  return enhancer;
}

function describe(argType: StrictInputType, member: Member | undefined): string | undefined {
  const text = argType.description ?? '';
  if (!member || member.attribute) return argType.description;
  if (member.readonly) return `${text}\n\nRead-only.`.trim();
  if (/^(string|number|boolean)$/.test(argType.type?.name ?? '')) return argType.description;
  return (
    `${text}\n\nSet it from JavaScript (\`element.${member.name} = …\`), or put the same JSON in a child ` +
    '`<script type="application/json">`: see **Guides/Host content** and the stories with host content.'
  ).trim();
}
