/** The parts of Pagefind's JS API the search page uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  /** The page's whole text, which src/lib/search/excerpt.ts cuts the excerpt from. */
  content: string;
  /** The matched words, as indexes of the words of `content`. */
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results: Array<{ url: string; title: string }>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindSearch>;
}
/** Each filter chosen (src/lib/search/fields.ts), with the values any of which a result must have. */
export type Filters = Record<string, { any: string[] }>;

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded once. `indexTag` names this build's index (src/lib/search/index-tag.ts), so the
 * page can preload its entry file.
 */
export function loadPagefind(indexTag: string | undefined): Promise<Pagefind> {
  // Built by `pagefind` after `astro build`; a variable keeps Vite from trying to bundle it. Under
  // Astro's base (src/lib/content/urls.ts), which Pagefind then also puts before its result URLs.
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // In the page, not in Pagefind's Worker: a shared link's first result comes sooner without
    // a second download and start of Pagefind's code (the Worker's own copy), and the small
    // index searches in milliseconds.
    await module.options({ noWorker: true, metaCacheTag: indexTag });
    // Starts loading the index's entry file, metadata and WebAssembly now, not at the first search.
    await module.init();
    return module;
  });
  return pagefind;
}
