import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import sharp from "sharp";

/**
 * Checks that each local image an entry's `media` names is there and is an image, before Astro's
 * image() takes the path: Astro reports a missing or unreadable file later, from its bundler, without
 * the entry or the field. `where` names the file as messages do ("content/events/x.md").
 */
export async function checkMediaFiles(filePath: string, data: Record<string, unknown>, where: string) {
  const media = Array.isArray(data["media"]) ? (data["media"] as unknown[]) : [];
  const problems = await Promise.all(
    media.map(async (item, index) => {
      const image = (item as { image?: unknown } | null)?.image;
      if (typeof image !== "string") return undefined;
      const file = resolve(dirname(filePath), image);
      const field = `${where} → media.${index}.image`;
      if (!existsSync(file)) {
        return `${field}: "${image}" is not there; expected the path of an image file from this file, such as ../media/photo.jpg`;
      }
      const format = await sharp(file)
        .metadata()
        .then((metadata) => metadata.format)
        .catch(() => undefined);
      return format
        ? undefined
        : `${field}: "${image}" is not an image file; expected a .jpg, .png, .webp, .avif or .gif image`;
    }),
  );
  return problems.filter((problem): problem is string => problem !== undefined);
}
