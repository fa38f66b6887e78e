/**
 * Text for a `<script type="application/ld+json">` that passes Trusted Types. Setting a script element's text is a
 * 'TrustedScript' sink even when the script is data (Chromium checks it for every script type), so on a page with
 * `require-trusted-types-for 'script'` the text must come from a policy the page allows. Ours is named
 * `net-widgets`, is created only when structured data is first used, and accepts nothing but JSON: valid JSON is an
 * inert expression, so the policy cannot be used to smuggle in code even if something else got hold of it.
 */

interface TrustedScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): TrustedScriptPolicy;
}

export const POLICY_NAME = 'net-widgets';

let policy: TrustedScriptPolicy | null | undefined;

function onlyJson(input: string): string {
  JSON.parse(input); // throws on anything that is not JSON
  return input;
}

function getPolicy(): TrustedScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy(POLICY_NAME, { createScript: onlyJson }) : null;
  } catch {
    policy = null; // the page's `trusted-types` directive does not allow our name
  }
  return policy;
}

/**
 * Sets `script`'s text to `json` (text that JSON.stringify made), through the `net-widgets` policy where the browser
 * has Trusted Types. Returns false when the page refuses it (its policy does not allow `net-widgets`).
 */
export function setScriptJson(script: HTMLScriptElement, json: string): boolean {
  const trusted = getPolicy()?.createScript(json) ?? json;
  try {
    script.textContent = trusted as string;
    return true;
  } catch {
    return false;
  }
}
