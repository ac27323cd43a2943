import type de from './de'

/** English UI texts of this feature; `satisfies` keeps the keys identical to the German file. */
export default {
  reader: {
    toc: 'On this page',
    pager: {
      label: 'Continue reading',
      previous: 'Previous',
      next: 'Next',
    },
    copyLink: 'Copy link to the section “{heading}”',
    linkCopied: 'Link to the section “{heading}” copied.',
    copyFailed: 'Copying is not possible. The address of the section is: {url}',
    term: {
      toGlossary: 'See in the glossary',
      close: 'Close explanation',
      unknown: 'This term is not in the glossary.',
    },
    diagram: {
      title: 'The process model in @:site.counts.phases phases',
      description:
        'The @:site.counts.phases phases follow one another. A team can enter at any phase, depending on how far @:site.words.measure.subject has come, and can always step back to the previous phase when something new comes up. Each phase leads to its page.',
      entry: 'Entry',
      back: 'back',
      forward: 'next',
      phaseLink: 'Phase {n}: {title} – {subtitle}',
      skippable: 'may be skipped',
    },
    search: {
      label: 'Search the handbook',
      placeholder: 'Search …',
      shortcut: 'Shortcut: slash or Ctrl+K',
      instructions:
        'Results appear as you type. Choose with the arrow keys, open with Enter, close with Escape.',
      loading: 'Preparing the search …',
      results: 'no results | one result | {n} results',
      noResults: 'No results for “{q}”.',
      showAll: 'Show all results for “{q}”',
      resultsLabel: 'Search results',
    },
    description: {
      sections: 'The outline',
      toProjects: 'Create @:site.words.measure.indefinite and fill in the description',
    },
  },
} satisfies typeof de
