import { nothing } from 'lit';
import { renderingLight } from './light-dom.js';

/**
 * A `part` attribute's value, written `part=${partName('section')}`: the name in shadow DOM, where a host styles it
 * with `::part(section)`; none in light DOM, where `::part` does not apply and the element's class `net-part-section`
 * does the same job (and where a server-rendered snippet must be valid HTML, which has no `part` attribute).
 */
export const partName = (name: string): string | typeof nothing => (renderingLight() ? nothing : name);
