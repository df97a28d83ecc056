/* global TL */
// Loads the events that compare.bench.ts writes beside this page. script_path points TimelineJS
// at its own files here: by default it fetches its font stylesheet and translations from
// Knight Lab's CDN.
new TL.Timeline("timeline-embed", "timeline.json", {
  script_path: new URL("timelinejs/js/", document.baseURI).href,
});
