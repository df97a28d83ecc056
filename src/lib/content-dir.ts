/** Where the Markdown lives; benchmarks and bad-content tests point TIMELINE_CONTENT_DIR at other folders. */
export const CONTENT_DIR = process.env.TIMELINE_CONTENT_DIR ?? "./content";
