import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { siteRoles, useI18n } from '@/app/i18n'
import type { Question, Step } from '@/content/schema'
import { memberOffers, offersFrom, type OfferGroup } from '@/lib/answer-reuse'
import type { Member } from '@/model'

/**
 * What each question offers to take over: the answers of the earlier questions its `reuse` names,
 * grouped by the step that asked them, and for people questions the team's members with their role.
 */
export function useQuestionOffers(
  steps: MaybeRefOrGetter<readonly Step[]>,
  answers: Record<string, unknown>,
  members: MaybeRefOrGetter<readonly Member[]>,
) {
  const { t } = useI18n()
  const asked = computed(
    () => new Map(toValue(steps).flatMap((step) => step.questions.map((q) => [q.id, { step, question: q }]))),
  )
  // A stored role is a role id of the site file or a role the team typed itself.
  const roleLabel = (role: string) => siteRoles()[role] ?? role

  return function groupsFor(question: Question): OfferGroup[] {
    const groups = new Map<string, OfferGroup>()
    for (const sourceId of question.reuse ?? []) {
      const source = asked.value.get(sourceId)
      if (!source) continue
      const offers = offersFrom(source.question.type, answers[sourceId], question.type)
      if (!offers.length) continue
      const group = groups.get(source.step.id) ?? {
        key: source.step.id,
        label: t('projects.prefill.fromStep', { step: source.step.title }),
        step: source.step.title,
        offers: [],
      }
      const seen = new Set(group.offers.map((o) => JSON.stringify(o.item)))
      group.offers.push(...offers.filter((o) => !seen.has(JSON.stringify(o.item))))
      groups.set(source.step.id, group)
    }
    const team = toValue(members)
    if (question.type === 'people' && team.length)
      groups.set('team', {
        key: 'team',
        label: t('projects.prefill.fromTeam'),
        offers: memberOffers(team.map((m) => ({ name: m.name, role: roleLabel(m.role) }))),
      })
    return [...groups.values()]
  }
}

/** The questions whose answers the offers of `questions` read, to load with the step's own. */
export const reusedIds = (questions: readonly Question[]): string[] => questions.flatMap((q) => q.reuse ?? [])
