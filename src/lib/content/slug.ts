/** An entry's slug is its file name without folders or extension, so folders can group files freely. */
export function slugFromPath(path: string): string {
  const fileName = path.split("/").pop() ?? path;
  return fileName.replace(/\.md$/, "");
}
