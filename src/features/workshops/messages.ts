import { defineMessages } from '@/app/messages'

/** UI texts of this feature, under their own top-level key so features never collide. */
export default defineMessages({}, {})
