/**
 * The one placeholder filler of every catalogue ({name} → value). Pure and
 * catalogue-free, so the CSV CLI (lib/csv) and the agent can use it without
 * carrying the panel's texts.
 */
export type Params = Record<string, string | number>;

/** Fills {name} placeholders; unknown placeholders are left visible rather than dropped. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}
