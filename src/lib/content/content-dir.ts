/** Where the Markdown lives; benchmarks and bad-content tests point TIMELINE_CONTENT_DIR at other folders. */
export const CONTENT_DIR = process.env.TIMELINE_CONTENT_DIR ?? "./content";
/** Astro's cache; other content keeps its own beside it, so those builds never share the real site's. */
export const CACHE_DIR = process.env.TIMELINE_CONTENT_DIR
  ? `${process.env.TIMELINE_CONTENT_DIR}/../.astro-cache`
  : "./node_modules/.astro";
