/**
 * WCAG 2.2 contrast between colours written as #rgb or #rrggbb, and the check of a story's accent
 * colour against the backgrounds it is set on in each theme.
 */

/** The relative luminance of an sRGB colour (WCAG 2.2, "relative luminance"). */
function luminance(hex: string): number {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for text of normal size. */
export const TEXT_CONTRAST = 4.5;

export type Theme = "light" | "dark";

/**
 * Each pair of an accent colour and a background of its theme that falls short of `TEXT_CONTRAST`,
 * worded as a build error; none when every pair passes. The ratio is shown rounded down, so that a
 * failing pair never reads as 4.5:1.
 */
export function accentProblems(
  accent: Record<Theme, string>,
  backgrounds: Record<Theme, readonly string[]>,
  field: string,
): string[] {
  return (["light", "dark"] as const).flatMap((theme) =>
    backgrounds[theme]
      .map((background) => ({ background, ratio: contrastRatio(accent[theme], background) }))
      .filter(({ ratio }) => ratio < TEXT_CONTRAST)
      .map(
        ({ background, ratio }) =>
          `${field}.${theme}: ${accent[theme]} on ${background} is ${(Math.floor(ratio * 10) / 10).toFixed(1)}:1, needs ${TEXT_CONTRAST}:1 (WCAG AA for text in the ${theme} theme)`,
      ),
  );
}

/**
 * The backgrounds text is set on in each theme, read from the design tokens' `light-dark()` pairs
 * (src/styles/tokens.css), so that they have one home. Throws when a token is missing or not a pair of
 * #hex colours, which a change of the tokens' form would cause.
 */
export function themeBackgrounds(tokensCss: string, tokens: readonly string[]): Record<Theme, string[]> {
  const pairs = tokens.map((token) => {
    const match = new RegExp(`${token}:\\s*light-dark\\((#[0-9a-fA-F]{3,6}),\\s*(#[0-9a-fA-F]{3,6})\\)`).exec(
      tokensCss,
    );
    if (!match) throw new Error(`src/styles/tokens.css: expected ${token}: light-dark(#light, #dark)`);
    return [match[1]!, match[2]!] as const;
  });
  return { light: pairs.map(([light]) => light), dark: pairs.map(([, dark]) => dark) };
}
