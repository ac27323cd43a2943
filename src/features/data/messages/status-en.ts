import type de from './status-de'

/** English texts the data feature shows on every page; `satisfies` keeps the keys identical. */
export default {
  dataStatus: {
    footerLink: 'Data and backup',
    online: 'Online',
    offline: 'Offline – everything stored stays usable',
    update: {
      ready: 'A new version of @:site.name is ready.',
      reload: 'Reload',
      later: 'Later',
      waiting: 'The page will reload as soon as you have finished typing and no timer is running.',
    },
    newerTab:
      '@:site.name was opened in a newer version in another tab. Please reload this page before you go on working.',
    reloadNow: 'Reload page',
    reminder: {
      text: 'Your last backup was more than two weeks of work ago.',
      never: 'You have never backed up your work.',
      action: 'Back up now',
    },
  },
} satisfies typeof de
