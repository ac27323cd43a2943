import { defineMessages } from '@/app/messages'

/** UI texts of this feature, under their own top-level key so features never collide. */
export default defineMessages(
  {
    reader: {
      toc: 'Auf dieser Seite',
      pager: {
        label: 'Weiterlesen',
        previous: 'Zurück',
        next: 'Weiter',
      },
      copyLink: 'Link zum Abschnitt „{heading}“ kopieren',
      linkCopied: 'Link zum Abschnitt „{heading}“ kopiert.',
      copyFailed: 'Kopieren nicht möglich. Die Adresse des Abschnitts lautet: {url}',
      term: {
        toGlossary: 'Im Glossar ansehen',
        close: 'Erklärung schließen',
        unknown: 'Dieser Begriff steht nicht im Glossar.',
      },
      diagram: {
        title: 'Das Prozessmodell in fünf Phasen',
        description:
          'Die fünf Phasen folgen aufeinander. Ein Team kann in jeder Phase einsteigen, je nachdem, wie weit die Maßnahme schon ist, und jederzeit einen Schritt in die vorige Phase zurückgehen, wenn sich etwas Neues zeigt. Jede Phase führt zu ihrer Seite.',
        entry: 'Einstieg',
        back: 'zurück',
        forward: 'weiter',
        phaseLink: 'Phase {n}: {title} – {subtitle}',
        skippable: 'kann entfallen',
      },
      search: {
        label: 'Handbuch durchsuchen',
        placeholder: 'Suchen …',
        shortcut: 'Tastenkürzel: Schrägstrich oder Strg+K',
        instructions:
          'Treffer erscheinen beim Tippen. Mit den Pfeiltasten wählen, mit Eingabe öffnen, mit Escape schließen.',
        loading: 'Suche wird vorbereitet …',
        results: 'keine Treffer | ein Treffer | {n} Treffer',
        noResults: 'Keine Treffer für „{q}“.',
        showAll: 'Alle Treffer für „{q}“ anzeigen',
        resultsLabel: 'Suchergebnisse',
      },
      description: {
        sections: 'Die Gliederung',
        toProjects: 'Eine Maßnahme anlegen und die Beschreibung ausfüllen',
      },
    },
  },
  {
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
        title: 'The process model in five phases',
        description:
          'The five phases follow one another. A team can enter at any phase, depending on how far the measure has come, and can always step back to the previous phase when something new comes up. Each phase leads to its page.',
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
        toProjects: 'Create a measure and fill in the description',
      },
    },
  },
)
