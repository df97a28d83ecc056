/**
 * Filling the dictionary's templates, with no settings of its own, so that the browser's scripts
 * can use it on words the page hands them (src/scripts/).
 */

/**
 * A template with its `{name}` places filled, numbers written as language `lang` writes them:
 * fill("{count} events", { count: 1200 }, "en") → "1,200 events"; in "vi", "1.200 events".
 */
export function fill(template: string, values: Record<string, string | number>, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = values[name];
    return typeof value === "number" ? value.toLocaleString(lang) : (value ?? place);
  });
}

/** Plural forms by Intl.PluralRules' category; `other` is always there. */
export type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The form for `count` in language `lang`, filled with it and any other `values`:
 * plural({ one, other }, 2, "en") → "2 results".
 */
export function plural(
  forms: Plural,
  count: number,
  lang: string,
  values: Record<string, string | number> = {},
): string {
  return fill(forms[new Intl.PluralRules(lang).select(count)] ?? forms.other, { ...values, count }, lang);
}

/** The build's own error messages, for the developer, in English whatever the story's language. */
export const PROBLEMS: Plural = { one: "{count} problem", other: "{count} problems" };
