import type { Plural } from "./template";

/**
 * Every word the site itself writes, in English; this dictionary defines the shape every other
 * language's must have (src/i18n/dictionaries.ts). `{name}` marks a value put in by `fill`; an object
 * of plural forms (`one`, `other`…) is chosen by `plural`, with Intl.PluralRules.
 */
export const en = {
  /**
   * date-fns patterns (https://date-fns.org/docs/format) for the dates the site puts in words, as the
   * language's newspapers write them (a locale's month name may not be: date-fns' `vi` writes "tháng 06").
   */
  dates: {
    /** "19 May 2025" */
    day: "d MMMM yyyy",
    /** "19 May", the start of a range within one year */
    dayMonth: "d MMMM",
    /** "April 2025" */
    month: "MMMM yyyy",
    dateNotGiven: "Date not given",
    yearInferred: "year inferred",
    /** How an undated event relates to the dated one it is placed by; "before" is the least it can mean. */
    placement: { before: "at or before the start of", during: "alongside", after: "after" },
    /** The heading of undated events placed by one event. */
    undatedLabel: "{placement} {title} — date not given",
    /** A month heading that resumes after undated events. */
    continued: "{label} (continued)",
    /**
     * A time as a news desk writes it: "9 p.m.", "9:30 p.m."; "12 noon" and "12 midnight", never the
     * ambiguous 12 a.m. or p.m. (date-fns' "b" says "noon" for any minute of that hour, so only on it).
     */
    time: { onTheHour: "h bbbb", withMinutes: "h:mm aaaa" },
    /** The time in the place the sources give it: "9 p.m. in Nairobi" */
    timeHere: "{time} in {place}",
    /** Then in each other place, with its day when that is another: "8 p.m. on 9 January in Lima". */
    timeThere: "{time} in {place}",
    timeThereOnDay: "{time} on {day} in {place}",
    /** That day, in the year of the first place's day ("9 January"); another year is written in full. */
    timeDay: "d MMMM",
    /** Around the other places' times, after the first: "9 p.m. in Nairobi (1 p.m. in Lima)" */
    timesElsewhere: " ({times})",
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
    backToTop: "Back to top",
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
    /** The control in a page's share menu that shows the code of its embed. */
    control: "Embed",
    codeLabel: "Code to paste into an article’s HTML",
    codeHelp:
      "The frame fits its height to its content with the optional script line; without it, the frame scrolls. Add ?theme=light or ?theme=dark to its address to fix its colours; otherwise it follows the reader’s.",
    copy: "Copy embed code",
    copied: "Embed code copied",
    notCopied: "Could not copy the embed code",
    /** The embed's link to the page it shows, opened in the whole window. */
    openInFull: "Open in full",
    /** The heading of the list of events in the timeline's embed. */
    everyEvent: "Every event, oldest first",
    /** Its heading instead, when the story has more events than the home page lists (SITE.homeEventLimit). */
    latestEvents: {
      one: "The latest {listed} of {count} event, oldest first",
      other: "The latest {listed} of {count} events, oldest first",
    },
    /** After that list: the link to the whole timeline. */
    allEvents: { one: "The {count} event", other: "All {count} events" },
  },
  /** The share menu of the timeline, an event or a series (src/components/ShareMenu.astro). */
  share: {
    control: "Share",
    /** The name of its list of share links. */
    links: "Share on",
    services: {
      email: "Email",
      x: "X",
      bluesky: "Bluesky",
      facebook: "Facebook",
      linkedin: "LinkedIn",
      whatsapp: "WhatsApp",
    },
  },
  event: {
    when: "When",
    where: "Where",
    who: "Who",
    source: "Source",
    sources: "Sources",
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
  /** Counted things, for sentences with more than one count. */
  counts: {
    events: { one: "{count} event", other: "{count} events" },
    articles: { one: "{count} article", other: "{count} articles" },
  },
  home: {
    count:
      "{events} from {articles}, oldest first. Where the articles leave a date, a year or a name open, the timeline says so.",
    years: "Years",
    eachYear: "Each year on a page of its own:",
    eventsListed: "Events, oldest first",
    months: "Months",
    yearEvents: { one: "{count} event", other: "{count} events" },
  },
  year: {
    listName: "Events of {year}, oldest first",
    description: {
      one: "{title}: the {count} event of {year}.",
      other: "{title}: the {count} events of {year}, oldest first.",
    },
    count: { one: "{count} event.", other: "{count} events, oldest first." },
    others: "Other years",
  },
  axis: {
    name: "Events over time.",
    legend:
      "A dot is a day, a bar a range, month or year; a hollow dashed dot has no date of its own and sits by the event the sources place it next to.",
    /** An axis mark's name: "3 March 2024: <the event's title>". */
    mark: "{date}: {title}",
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
    shown: { one: "{shown} of {count} event", other: "{shown} of {count} events" },
    noneShown: {
      one: "{shown} of {count} event: choose fewer filters, or clear them",
      other: "{shown} of {count} events: choose fewer filters, or clear them",
    },
  },
  listings: {
    /** A page of the events of one kind (/kinds/<kind>/) or one side (/sides/<side>/). */
    kindCount: {
      one: "{count} event of this kind, oldest first.",
      other: "{count} events of this kind, oldest first.",
    },
    sideCount: {
      one: "{count} event in which {side} took part, oldest first.",
      other: "{count} events in which {side} took part, oldest first.",
    },
    kindDescription: "{title}: every event of the kind “{kind}”, oldest first.",
    sideDescription: "{title}: every event in which {side} took part, oldest first.",
    /** The timeline's filters without JavaScript: a page for each choice. */
    browse: "Browse the timeline",
    needsScript:
      "Each kind, person and country has a page of its own. Combining filters needs JavaScript, which is off in this browser.",
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
    eventCount: { one: "{count} event", other: "{count} events" },
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
    description: {
      one: "The news article this timeline is built from.",
      other: "The {count} news articles this timeline is built from.",
    },
    none: "This timeline cites no sources: its events are not sourced on this site.",
    intro: {
      one: "The timeline is built from this article and nothing else.",
      other: "The timeline is built from these {count} articles and nothing else.",
    },
    introLinked:
      " Those marked “linked” are quoted and linked to where they were published; this site does not republish their text. Any others are reproduced here in the article’s own words.",
    introRepublished:
      " Each is reproduced here in the article’s own words; the about page says what was left out.",
    ourTitle: " (our title)",
    linked: " · linked",
    supports: { one: " · supports {count} event", other: " · supports {count} events" },
    articleDescription: "The article “{title}”, as used in the timeline.",
    editorialTitle: "This title is ours, not the article’s.",
    editorialTitleData: "This headline is the timeline’s, not the article’s.",
    by: "By {byline}",
    dateline: "Dateline: {dateline}",
    /** A source's publisher and day, where its text gives them, in lists of sources. */
    credit: "{publisher}, {date}",
    noPublisher: "Publisher not named",
    /** Where a republished text came from, on its page, by what its text gives: publisher, day, both or neither. */
    fromPublisherOn: "Republished from the article as published by {publisher} on {date}.",
    fromPublisher: "Republished from the article as published by {publisher}.",
    fromTextOn:
      "Republished from the article’s text alone, dated {date}. The text does not say who published it, and this timeline does not guess.",
    fromText:
      "Republished from the article’s text alone. The text does not say who published it, and this timeline does not guess.",
    /** A linked source, which always names its publisher and day. */
    linkedFrom: "Published by {publisher} on {date}.",
    original: "Read the original article",
    noAddress: "No address of the original article is known.",
    aboutDate: "About its date:",
    notRepublished:
      "This site links to the article but does not republish its text. The events below quote it; the quotations were copied from the published article and could not be checked against its text here.",
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
    fromArticles: {
      one: " from {count} article, listed on the ",
      other: " from {count} articles, listed on the ",
    },
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
      "Where the articles give no date, the event says “Date not given” and is placed before, alongside or after the dated event the article ties it to.",
    yearInferred:
      "Where the articles give no year, the year is inferred from context and marked “(year inferred)”.",
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

/**
 * A dictionary's shape: English's, with any words in place of the English ones; plural forms are
 * those its language has (tests/unit/template.test.ts checks them against Intl.PluralRules).
 */
type Widen<T> = T extends { readonly other: string }
  ? Plural
  : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Words = Widen<typeof en>;
