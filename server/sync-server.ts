/**
 * The sync server: Hocuspocus behind a plain Node HTTP server, so every WebSocket passes the
 * connection gate before Hocuspocus sees a message, and shutdown can store every document first.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Database } from '@hocuspocus/extension-database'
import { Hocuspocus, type Extension, type onStoreDocumentPayload } from '@hocuspocus/server'
import { WebSocketServer, type WebSocket } from 'ws'
import type { SyncConfig } from './config.ts'
import { ConnectionGate } from './connection-gate.ts'
import { teamOfDocument } from './document-names.ts'
import { DocumentSizes, TeamConnections } from './limits.ts'
import { consoleLogger, type Logger } from './log.ts'
import { openStore } from './open-store.ts'
import { redisExtension } from './redis.ts'
import type { SyncStore } from './stores/store.ts'
import { checkTeamSecret } from './team-auth.ts'
import { UpdateCheck, updateInMessage } from './update-check.ts'

export interface SyncServer {
  readonly port: number
  /** ws://host:port, the address a provider connects to. */
  readonly url: string
  readonly hocuspocus: Hocuspocus
  /** Stops accepting, closes every socket, stores every loaded document and closes the store. */
  close(): Promise<void>
}

interface Context {
  teamId?: string
}

/** Hocuspocus sends `reason` to the client; an empty message keeps it from logging the error itself. */
const refusal = (reason: string) => Object.assign(new Error(), { reason })

export async function startSyncServer(
  config: SyncConfig,
  options: { logger?: Logger; store?: SyncStore } = {},
): Promise<SyncServer> {
  const logger = options.logger ?? consoleLogger
  const store = options.store ?? (await openStore(config))
  const gate = new ConnectionGate(config.messagesPerSecond, config.messageBurst, (reason) =>
    logger.warn('socket-closed', { reason }),
  )
  const sizes = new DocumentSizes(config.maxDocumentBytes)
  const updates = new UpdateCheck()
  const teams = new TeamConnections(config.maxConnectionsPerTeam)

  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetchDocument(documentName),
      store: ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ]
  if (config.redisUrl) extensions.push(redisExtension(config.redisUrl, config.redisPrefix))

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: config.storeMaxDebounceMs,
    extensions,

    async onAuthenticate({ documentName, token, request, socketId }): Promise<Context> {
      const teamId = teamOfDocument(documentName)
      const refuse = (reason: string) => {
        gate.refused(request, documentName)
        logger.warn('refused', { team: teamId, reason })
        return refusal(reason)
      }
      if (!teamId) throw refuse('bad-document-name')
      if (!teams.admits(teamId, socketId)) throw refuse('too-many-connections')
      const result = await checkTeamSecret(store, teamId, String(token ?? ''))
      if (!result.ok) throw refuse(result.reason)
      return { teamId }
    },

    async connected({ context, socketId }) {
      const { teamId } = context as Context
      if (teamId) teams.opened(teamId, socketId)
    },

    async onDisconnect({ context, socketId }) {
      const { teamId } = context as Context
      if (teamId) teams.closed(teamId, socketId)
    },

    async afterLoadDocument({ document }) {
      sizes.measure(document)
    },

    async beforeHandleMessage({ document, update: message, context }) {
      const team = (context as Context).teamId
      let update: Uint8Array | undefined
      try {
        update = updateInMessage(message)
      } catch {
        logger.warn('refused', { team, reason: 'malformed-message' })
        throw refusal('malformed-message')
      }
      if (!update) return
      if (sizes.wouldExceed(document, update)) {
        logger.warn('refused', { team, reason: 'document-too-large' })
        throw refusal('document-too-large')
      }
      const problem = updates.problem(document, update)
      if (problem) {
        logger.warn('refused', { team, reason: problem })
        throw refusal(problem)
      }
      sizes.applied(document, update)
    },

    async onChange({ document, update, transactionOrigin }) {
      // Updates from other instances arrive through Redis (a string origin), not beforeHandleMessage.
      if (typeof transactionOrigin === 'string') sizes.applied(document, update)
    },
  })

  let closing = false
  const http = createServer((_request, response) => {
    // A plain answer for load balancers' health checks.
    response.writeHead(closing ? 503 : 200, { 'Content-Type': 'text/plain' })
    response.end(closing ? 'closing\n' : 'ok\n')
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes })
  http.on('upgrade', (request, socket, head) => {
    if (closing) return socket.destroy()
    wss.handleUpgrade(request, socket, head, (ws) => {
      // ws reports oversized or broken frames as an error and closes the socket (1009/1002).
      ws.on('error', (error) => logger.warn('socket-error', { reason: error.message }))
      gate.guard(ws, request)
      hocuspocus.handleConnection(ws, request)
    })
  })
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(config.port, config.host, () => resolve())
  })
  const { port } = http.address() as AddressInfo

  async function storeNow(payload: onStoreDocumentPayload) {
    try {
      await hocuspocus.storeDocumentHooks(payload.document, payload, true)
    } catch (error) {
      logger.warn('store-failed', { reason: error instanceof Error ? error.message : 'unknown' })
    }
  }

  async function close() {
    if (closing) return
    closing = true
    const httpClosed = new Promise((resolve) => http.close(resolve))
    const sockets = [...wss.clients] as WebSocket[]
    await Promise.all(sockets.map((ws) => new Promise((resolve) => ws.once('close', resolve).terminate())))
    wss.close()
    await Promise.all(
      [...hocuspocus.documents.values()].map((document) =>
        storeNow({
          instance: hocuspocus,
          clientsCount: 0,
          context: {},
          document,
          documentName: document.name,
          requestHeaders: {},
          requestParameters: new URLSearchParams(),
          socketId: 'shutdown',
        }),
      ),
    )
    // Documents unload on a timer after their last store; let that finish before Redis goes away.
    for (let waited = 0; hocuspocus.getDocumentsCount() > 0 && waited < 2000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus })
    await httpClosed
    if (!options.store) await store.close()
  }

  return { port, url: `ws://${config.host}:${port}`, hocuspocus, close }
}
