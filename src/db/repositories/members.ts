import type { HandbookDatabase } from '../database'
import { docsOf } from '../docs'
import { newId } from '../ids'
import type { Member } from '@/model'

export class MemberRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByTeam(teamId: string): Promise<Member[]> {
    return this.db.members.where('teamId').equals(teamId).sortBy('name')
  }

  async add(teamId: string, name: string, role: string): Promise<Member> {
    const member: Member = { id: newId(), teamId, name: name.trim(), role }
    await docsOf(this.db).change({ teamId }, (w) => w.team.put('members', { ...member }))
    return member
  }

  async update(id: string, changes: Partial<Pick<Member, 'name' | 'role'>>): Promise<void> {
    const member = await this.db.members.get(id)
    if (member)
      await docsOf(this.db).change({ teamId: member.teamId }, (w) => w.team.patch('members', [id], changes))
  }

  async remove(id: string): Promise<void> {
    const member = await this.db.members.get(id)
    if (member) await docsOf(this.db).change({ teamId: member.teamId }, (w) => w.team.delete('members', [id]))
  }
}
