/** German texts of team sharing: sharing a team, joining one, the sync status in the header. */
export default {
  sharing: {
    heading: 'Team teilen',
    localOnly:
      'Dieses Team liegt nur auf diesem Gerät. Geteilt arbeiten alle Mitglieder auf ihren eigenen Geräten an denselben Projekten, auch offline.',
    share: 'Team teilen',
    sharedVia: 'Geteilt über {server}',
    showInvitation: 'Einladung erneut anzeigen',
    stop: 'Teilen beenden',
    stopTitle: 'Teilen von „{name}“ beenden?',
    stopText:
      'Dieses Gerät gleicht das Team dann nicht mehr mit dem Server ab. Alle Daten bleiben auf diesem Gerät; die anderen Geräte behalten ihre Kopie.',
    stopped: 'Das Team „{name}“ wird nicht mehr geteilt. Die Daten bleiben auf diesem Gerät.',
    stopFailed: 'Das Teilen ließ sich nicht beenden. Bitte versuchen Sie es noch einmal.',
    cancel: 'Abbrechen',
    close: 'Schließen',
    readable:
      'Wer den Sync-Server betreibt, kann alles in den Dokumenten dieses Teams lesen: Projektnamen, Antworten, Logbuch, Workshops und die Namen der Mitglieder.',
    dialog: {
      title: 'Team „{name}“ teilen',
      server: 'Adresse des Sync-Servers',
      serverHint:
        'Den Sync-Server betreibt Ihre Verwaltung; fragen Sie dort nach der Adresse, sie beginnt mit wss:// (oder ws:// im lokalen Netz).',
      serverInvalid: 'Bitte geben Sie eine Adresse ein, die mit ws:// oder wss:// beginnt.',
      name: 'Ihr Name für die anderen',
      nameHint: 'So sehen die anderen Mitglieder, dass Sie gerade im Projekt sind.',
      nameRequired: 'Bitte geben Sie einen Namen ein.',
      confirm: 'Team teilen',
      busy: 'Wird geteilt …',
      failed:
        'Das Team ließ sich nicht teilen. Prüfen Sie die Adresse und die Verbindung und versuchen Sie es noch einmal.',
      shared: 'Das Team „{name}“ wird jetzt geteilt.',
    },
    invitation: {
      title: 'Einladung zum Team „{name}“',
      intro: 'Schicken Sie diesen Link den Mitgliedern des Teams oder lassen Sie sie den QR-Code scannen.',
      link: 'Einladungslink',
      copy: 'Link kopieren',
      copied: 'Der Link ist kopiert.',
      copyFailed: 'Kopieren hat nicht geklappt. Bitte markieren Sie den Link und kopieren Sie ihn selbst.',
      qr: 'QR-Code mit dem Einladungslink',
      secret:
        'Wer diesen Link hat, kann alles im Team lesen und ändern. Geben Sie ihn nur an Mitglieder des Teams weiter.',
      failed: 'Die Einladung ließ sich nicht anzeigen.',
    },
    join: {
      title: 'Einem Team beitreten',
      link: 'Einladung annehmen',
      lead: 'Mit einer Einladung arbeiten Sie auf diesem Gerät mit an den Projekten eines geteilten Teams.',
      emptyTitle: 'Keine Einladung im Link',
      brokenTitle: 'Die Einladung lässt sich nicht lesen',
      emptyText: 'Öffnen Sie den Einladungslink, den Sie bekommen haben, oder fügen Sie ihn hier ein.',
      paste: 'Einladungslink',
      pasteHint: 'Der Link beginnt mit der Adresse dieses Werkzeugs und enthält „beitreten#“.',
      check: 'Einladung prüfen',
      team: 'Team',
      server: 'Sync-Server',
      confirm: 'Beitreten',
      busy: 'Trete bei …',
      joined: 'Sie sind dem Team „{name}“ beigetreten.',
      failed:
        'Der Beitritt hat nicht geklappt. Prüfen Sie die Verbindung zum Server und versuchen Sie es noch einmal.',
      other: 'Andere Einladung einfügen',
      errors: {
        empty: 'Bitte fügen Sie einen Einladungslink ein.',
        broken:
          'Diese Einladung ist unvollständig oder beschädigt. Bitten Sie um einen neuen Link und kopieren Sie ihn vollständig.',
        server:
          'Die Einladung nennt keinen gültigen Sync-Server (ws:// oder wss://). Bitten Sie um einen neuen Link.',
        secret: 'Der Schlüssel in der Einladung fehlt oder ist zu kurz. Bitten Sie um einen neuen Link.',
        version:
          'Diese Einladung stammt aus einer anderen Version des Werkzeugs. Laden Sie die Seite neu; hilft das nicht, bitten Sie um einen neuen Link.',
        notLink: 'Das ist kein Einladungslink dieses Werkzeugs.',
      },
    },
    status: {
      local: 'Nur auf diesem Gerät',
      connecting: 'Verbinde …',
      synced: 'Synchronisiert',
      offline: 'Offline',
      waiting: 'Offline – eine Änderung wartet | Offline – {n} Änderungen warten',
      refused: 'Zugang abgelehnt',
      peers: 'Auch im Projekt:',
      peerOnStep: '{name} ({step})',
    },
  },
}
