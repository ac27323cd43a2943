import { watchEffect, type MaybeRefOrGetter, toValue } from 'vue'
import { i18n } from '@/app/i18n'

/** Keeps the browser tab title in step with the page ("Akteure kartieren – Handbuch interaktiv"). */
export function usePageTitle(title: MaybeRefOrGetter<string | undefined>): void {
  watchEffect(() => {
    const appName = i18n.global.t('app.name')
    const value = toValue(title)
    document.title = value ? `${value} – ${appName}` : appName
  })
}
