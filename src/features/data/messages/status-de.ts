/** German texts the data feature shows on every page: connection, update, backup notes. */
export default {
  dataStatus: {
    footerLink: 'Daten und Sicherung',
    online: 'Online',
    offline: 'Offline – alles Gespeicherte bleibt nutzbar',
    update: {
      ready: 'Eine neue Version von @:site.name ist bereit.',
      reload: 'Neu laden',
      later: 'Später',
      waiting: 'Die Seite wird neu geladen, sobald Sie fertig getippt haben und kein Timer mehr läuft.',
    },
    newerTab:
      '@:site.name wurde in einem anderen Tab in einer neueren Version geöffnet. Bitte laden Sie diese Seite neu, bevor Sie weiterarbeiten.',
    reloadNow: 'Seite neu laden',
    reminder: {
      text: 'Ihre letzte Sicherung ist über zwei Wochen Arbeit her.',
      never: 'Sie haben Ihre Arbeit noch nie gesichert.',
      action: 'Jetzt sichern',
    },
  },
}
