/**
 * Every word the site itself writes, in English; this dictionary defines the shape every other
 * language's must have (src/i18n/dictionaries.ts). `{name}` marks a value put in by `fill`; an object
 * of plural forms (`one`, `other`…) is chosen by `plural`, with Intl.PluralRules.
 */
export const en = {
  /** date-fns patterns (https://date-fns.org/docs/format) for the dates the site puts in words. */
  dates: {
    /** "19 May 2025" */
    day: "d MMMM yyyy",
    /** "19 May", the start of a range within one year */
    dayMonth: "d MMMM",
    /** "April 2025" */
    month: "MMMM yyyy",
    /** "9:00 PM" */
    time: "h:mm a",
    dateNotGiven: "Date not given",
    yearInferred: "year inferred",
    /** How an undated event relates to the dated one it is placed by; "before" is the least it can mean. */
    placement: { before: "at or before the start of", during: "alongside", after: "after" },
    /** The heading of undated events placed by one event. */
    undatedLabel: "{placement} {title} — date not given",
    /** A month heading that resumes after undated events. */
    continued: "{label} (continued)",
    /** A time in the zone the sources give it, then in another. */
    localTime: "{time} {place} time ({zone})",
    otherTime: "{time} {zone} in {place}",
  },
  nav: {
    skip: "Skip to content",
    site: "Site",
    timeline: "Timeline",
    people: "People",
    sources: "Sources",
    about: "About",
    search: "Search",
    searchLabel: "Search the timeline",
    theme: "Theme",
    themes: { system: "System", light: "Light", dark: "Dark" },
    breadcrumb: "Breadcrumb",
  },
  footer: {
    thisPage: "This page: {url}",
    /** Split around the links to the sources and about pages. */
    factsBefore: "Every fact on this site comes from the news articles listed under ",
    factsAfter: ", each cited where it is used. ",
    howMade: "How this timeline was made",
    reuse: "Follow and reuse",
    rss: "RSS feed",
    jsonFeed: "JSON Feed",
    calendar: "Calendar (iCalendar)",
    data: "Data (JSON)",
    timelineJs: "TimelineJS (JSON)",
    sheet: "Spreadsheet (CSV)",
  },
  copy: {
    link: "Copy link",
    copied: "Link copied",
    notCopied: "Could not copy the link",
  },
  embed: {
    /** The control under a page that shows the code of its embed. */
    control: "Embed",
    codeLabel: "Code to paste into an article's HTML",
    codeHelp:
      "The frame fits its height to its content with the optional script line; without it, the frame scrolls. Add ?theme=light or ?theme=dark to its address to fix its colours; otherwise it follows the reader's.",
    copy: "Copy embed code",
    copied: "Embed code copied",
    notCopied: "Could not copy the embed code",
    /** The embed's link to the page it shows, opened in the whole window. */
    openInFull: "Open in full",
    /** The heading of the list of events in the timeline's embed. */
    everyEvent: "Every event, oldest first",
    /** Its heading instead, when the story has more events than the home page lists (SITE.homeEventLimit). */
    latestEvents: "The latest {count} of {total} events, oldest first",
    /** After that list: the link to the whole timeline. */
    allEvents: "All {total} events",
  },
  event: {
    when: "When",
    where: "Where",
    who: "Who",
    source: "Source",
    sources: "Sources",
    isoLabel: "ISO 8601:",
    whereNotStated: "Not stated in the sources",
    aboutDate: "About the date:",
    yearInferredNote: "The sources give no year; it is inferred from context.",
    virtual: "Virtual meeting",
    figures: "Figures",
    figuresCaption: "Figures reported for {title}",
    figure: "Figure",
    value: "Value",
    change: "Change on previous year",
    notGiven: "not given",
    bars: "Bars {scale}",
    positions: "Positions and asks",
    nextSteps: "Announced next steps",
    nextStepsNote: "What the sources said would happen next.",
    stepLater: "The sources do not say whether this step was carried out. Later:",
    stepUnknown: "The sources do not report whether it happened.",
    pager: "Previous and next events",
    previous: "Previous",
    next: "Next",
    citation: "source",
    publishedArticle: ", the published article",
    articleAt: "the article at {publisher}",
    notSourced: "Not sourced on this site: this event cites no source.",
    uncheckedQuotes:
      "Quoted from the published article, which this site links to but does not republish; the quotation could not be checked against its text here.",
  },
  status: {
    heading: "Where things stand",
    asOf: "As of {date}, the latest date the articles name.",
    latest: "Latest reported development",
    pending: "Announced next steps",
    pendingNote: "What the sources said would happen next; no later event in the timeline reports on it.",
    announced: "Announced",
    from: "from",
  },
  home: {
    count:
      "{events} events from {sources} articles, oldest first. Where the articles leave a date, a year or a name open, the timeline says so.",
    years: "Years",
    eachYear: "Each year on a page of its own:",
    eventsListed: "Events, oldest first",
    months: "Months",
    yearEvents: "{count} events",
  },
  year: {
    listName: "Events of {year}, oldest first",
    description: "{title}: the {count} events of {year}, oldest first.",
    count: "{count} events, oldest first.",
    others: "Other years",
  },
  axis: {
    name: "Events over time.",
    legend:
      "A dot is a day, a bar a range, month or year; a hollow dashed dot has no date of its own and sits by the event the sources place it next to.",
  },
  filters: {
    legend: "Filter the timeline",
    kind: "Kind of event",
    allKinds: "All kinds",
    person: "Person",
    everyone: "Everyone",
    country: "Country",
    allCountries: "All countries",
    show: "Show in search",
    clear: "Clear filters",
    /** Written by src/scripts/timeline-filters.ts. */
    shown: "{shown} of {total} events",
    noneShown: "{shown} of {total} events: choose fewer filters, or clear them",
  },
  search: {
    title: "Search",
    description: "Search the timeline for people, dates and topics.",
    formLabel: "Timeline",
    hint: "Names with or without accents, dates as you write them (22 May, May 22, 2025, 2025-05-22, 22/05/2025), topics. Arrow keys move through the results; {slash} or {ctrl}{k} brings you back to this field.",
    filtersAndOrder: "Filters and order",
    page: "Page",
    year: "Year",
    month: "Month",
    order: "Order",
    relevance: "Best match first",
    oldest: "Oldest first",
    newest: "Newest first",
    noScriptBefore:
      "Search needs JavaScript, which is turned off. Everything on the site can be reached without it:",
    noScriptTimeline: "timeline",
    /** "the timeline, the hearings, people and sources." */
    the: "the",
    and: "and",
    /** Written by src/scripts/search/page.ts. */
    results: { one: "{count} result", other: "{count} results" },
    resultsFor: "{count} for “{query}”",
    nothingFound: "{found}. Try fewer words or filters, or another spelling.",
    more: "Show more results",
    moreShown: "Show more results ({shown} of {total} shown)",
    /** Offered when a query finds little; {suggestion} is the query respelt, as a link. */
    didYouMean: "Did you mean {suggestion}?",
    /** What each kind of page is, in the index's type filter and result lines. */
    types: { event: "Event", person: "Person", source: "Source" },
    sourceArticle: "Source article",
  },
  people: {
    title: "People",
    description: "The people and officials who appear in the timeline.",
    intro:
      "Everyone the articles name, and the officials they mention only by role. Officials the articles do not name are listed by role; this timeline does not supply names the articles leave out.",
    none: "This timeline names no people.",
    notNamed: " (not named in the articles)",
    eventCount: "{count} event(s)",
    personDescription: "{name}, {role}: every event in the timeline they took part in.",
    alsoWritten: "Also written {name}",
    role: "Role",
    country: "Country",
    unnamed: "The articles mention this official by role only, without a name.",
    unnamedData: "An official the articles mention by role only; the name given is the role, not a name.",
    events: "Events ({count})",
    noEvents: "The articles mention this person but list no event they took part in.",
  },
  sources: {
    title: "Sources",
    description: "The {count} news articles this timeline is built from.",
    none: "This timeline cites no sources: its events are not sourced on this site.",
    intro: "The timeline is built from these {count} articles and nothing else.",
    introLinked:
      " Those marked “linked” are quoted and linked to where they were published; this site does not republish their text. Any others are reproduced here in full, as published.",
    introRepublished: " Each is reproduced here as published, without the publisher's page furniture.",
    ourTitle: " (our title; the article has none)",
    published: "Published {date}",
    linked: " · linked",
    supports: " · supports {count} event(s)",
    articleDescription: "The article “{title}”, as used in the timeline.",
    editorialTitle: "The article has no title of its own; this one is ours.",
    editorialTitleData: "The article has no title of its own; this headline is the timeline’s.",
    publishedBy: "Published by {publisher}. ",
    by: "By {byline}. ",
    dateline: "Dateline: {dateline}. ",
    dated: "Dated {date}.",
    asPublished: "The article as published",
    readAt: "Read the article at {publisher}",
    notRepublished:
      "This site links to the article but does not republish its text. The events below quote it; the quotations were copied from the published article and could not be checked against its text here.",
    derivedFrom: "Derived from {file}.",
    supportsHeading: "Events this article supports ({count})",
  },
  series: {
    shortLinks: "Each one the sources number has a permanent short link, such as",
    shortLink: "Short link:",
    notNumbered: "Not numbered in the sources, so it has no short link.",
  },
  feeds: {
    when: "When: {date}",
    sources: "Sources:",
    linkedSource: "{title} ({url}), published at {articleUrl}",
    calendar:
      "Events of the timeline that the sources date to a day or a span of days. Events dated only to a month or a year, or not dated at all, are left out: a calendar entry needs a day, and this calendar does not invent one. They are all on the timeline.",
    /** TimelineJS's link from a slide to the event's page. */
    eventLink: "The event, with its sources",
  },
  media: {
    credit: "Credit:",
    licence: "Licence:",
    /** Before the alt text of the photo on a share image. */
    photo: "Photo:",
    /** Remote media without a caption of its own: "Media on YouTube". */
    mediaOn: "Media on {provider}",
    /** Said beside the link to remote media, which the page never loads itself. */
    opensOn: "opens on {provider}",
  },
  phases: {
    legend: "Phases",
    axisNote: "A numbered band is a phase of the story:",
    begins: "Phase begins:",
    ends: "Phase ends:",
    /** On a year page, where the phase began or ends in another year. */
    continuedFrom: "Phase continued from an earlier year:",
    continuesInto: "Phase continues in a later year:",
    undated: "The sources give this event no date, so it is not placed in the phase “{title}”.",
  },
  notFound: {
    title: "Page not found",
    description: "There is no page at this address.",
    text: "There is no page at this address. Addresses on this site do not change, so the link may have a typo.",
    timeline: "The timeline",
  },
  about: {
    title: "About this timeline",
    description: "How the timeline was made: sources, rules and how dates and uncertainty are shown.",
    heading: "How this timeline was made",
    sources: "Sources",
    allFacts: "Every fact on this site comes",
    sourcedFacts: "Every fact this site sources comes",
    fromArticles: " from {count} articles, listed on the ",
    sourcesPage: "sources page",
    withLinked:
      ", which reproduces in full those this site may republish and links to the others where they were published",
    allRepublished: ", where each is reproduced in full",
    nothingAdded:
      ". Nothing is added from other reporting or from general knowledge. Each event lists the articles it rests on and quotes the passage that supports it; each position, figure and announced next step links to its passage.",
    linkedChecks:
      " A passage from a republished article is checked word for word against its text when the site is built; a passage from a linked article is a quotation that could not be checked against its text here, and says so.",
    citationsRequired: "Every event cites at least one article.",
    citationsOptional:
      "In this timeline an event need not cite an article: an event that cites none says on its page that it is not sourced on this site.",
    edits: "What was changed in the articles",
    dates: "How dates are shown",
    datePrecision:
      "A date is shown only as precisely as the articles give it: a day, a span of days, a month or a year.",
    dateNotGiven:
      'Where the articles give no date, the event says "Date not given" and is placed before, alongside or after the dated event the article ties it to.',
    yearInferred:
      'Where the articles give no year, the year is inferred from context and marked "(year inferred)".',
    times:
      "Where an article gives a time, it is shown in the local time the article gives, then also in the time of {places}.",
    machine:
      "Every date is also in machine-readable form for browsers, search engines and assistive technology.",
    people: "People",
    peopleText:
      "People are named as the articles name them, in their own spelling and script, and also in plain letters where the articles give that form. Officials the articles mention only by role are listed by role, never with a name the articles do not give.",
    nextSteps: "Announced next steps",
    nextStepsText:
      "When an article says something will happen, the timeline shows it as an announced next step on the event where it was announced, never as an event that took place.",
  },
} as const;

/** A dictionary's shape: English's, with any words in place of the English ones. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type Words = Widen<typeof en>;
