import { plainLetters } from "../search/plain-letters";

/** An entry's slug is its file name without folders or extension, so folders can group files freely. */
export function slugFromPath(path: string): string {
  const fileName = path.split("/").pop() ?? path;
  return fileName.replace(/\.md$/, "");
}

/** A slug made from a title or name: plain lower-case letters and digits joined by hyphens, "Lê Văn A" → "le-van-a". */
export function slugFromTitle(title: string): string {
  return plainLetters(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
