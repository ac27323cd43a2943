import type { HandbookDatabase } from '../database'
import { newId } from '../ids'
import type { Member } from '@/model'

export class MemberRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByTeam(teamId: string): Promise<Member[]> {
    return this.db.members.where('teamId').equals(teamId).sortBy('name')
  }

  async add(teamId: string, name: string, role: string): Promise<Member> {
    const member: Member = { id: newId(), teamId, name: name.trim(), role }
    await this.db.members.add(member)
    return member
  }

  async update(id: string, changes: Partial<Pick<Member, 'name' | 'role'>>): Promise<void> {
    await this.db.members.update(id, changes)
  }

  async remove(id: string): Promise<void> {
    await this.db.members.delete(id)
  }
}
