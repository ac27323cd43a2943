/** German UI texts of this feature, under their own top-level key so features never collide. */
export default {
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
      title: 'Das Prozessmodell in @:site.counts.phases Phasen',
      description:
        'Die @:site.counts.phases Phasen folgen aufeinander. Ein Team kann in jeder Phase einsteigen, je nachdem, wie weit @:site.words.measure.subject schon ist, und jederzeit einen Schritt in die vorige Phase zurückgehen, wenn sich etwas Neues zeigt. Jede Phase führt zu ihrer Seite.',
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
      toProjects: '@.capitalize:site.words.measure.indefinite anlegen und die Beschreibung ausfüllen',
    },
  },
}
