/**
 * Checks every raw WebSocket message before Hocuspocus sees it. Hocuspocus queues the messages of a
 * document until its authentication finishes and keeps that queue after a refusal, so without this
 * gate one socket could fill the server's memory with messages for documents it may not open.
 */
import type { IncomingMessage } from 'node:http'
import * as decoding from 'lib0/decoding'
import type { WebSocket } from 'ws'
import { TokenBucket } from './limits.ts'

/** Distinct documents one socket may address; the app opens a team and a few of its projects. */
const MAX_DOCUMENTS_PER_SOCKET = 1000
/** Refused authentications per socket before the socket is closed. */
const MAX_REFUSALS_PER_SOCKET = 10

export const CLOSE_POLICY = 1008
export const CLOSE_PROTOCOL = 1002

interface SocketState {
  bucket: TokenBucket
  documents: Set<string>
  refused: Set<string>
  closing: boolean
}

export class ConnectionGate {
  /** Keyed by the upgrade request, which Hocuspocus hands to every hook of the socket. */
  private readonly sockets = new WeakMap<IncomingMessage, SocketState>()
  private readonly websockets = new WeakMap<IncomingMessage, WebSocket>()

  constructor(
    private readonly messagesPerSecond: number,
    private readonly burst: number,
    private readonly onClose: (reason: string) => void,
  ) {}

  /** Wraps the socket's `emit` so that messages failing a check never reach Hocuspocus. */
  guard(ws: WebSocket, request: IncomingMessage): void {
    const state: SocketState = {
      bucket: new TokenBucket(this.messagesPerSecond, this.burst),
      documents: new Set(),
      refused: new Set(),
      closing: false,
    }
    this.sockets.set(request, state)
    this.websockets.set(request, ws)
    // Hocuspocus re-emits queued messages once a document is authenticated; count each only once.
    const admitted = new WeakSet<object>()
    const emit = ws.emit.bind(ws)
    ws.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== 'message') return emit(event, ...args)
      const data = args[0] as Uint8Array
      if (admitted.has(data)) return emit(event, ...args)
      const verdict = state.closing ? 'drop' : this.check(state, data)
      if (verdict === 'drop') return false
      if (verdict !== 'pass') {
        this.close(ws, state, verdict)
        return false
      }
      admitted.add(data)
      return emit(event, ...args)
    }) as typeof ws.emit
  }

  /** Called when a document's authentication was refused on this socket. */
  refused(request: IncomingMessage, documentName: string): void {
    const state = this.sockets.get(request)
    if (!state) return
    state.refused.add(documentName)
    const ws = this.websockets.get(request)
    if (ws && !state.closing && state.refused.size >= MAX_REFUSALS_PER_SOCKET) {
      this.close(ws, state, 'too-many-refusals')
    }
  }

  private check(state: SocketState, data: Uint8Array): 'pass' | 'drop' | string {
    if (!state.bucket.take()) return 'rate-limit'
    let name: string
    try {
      // ws hands over a Buffer, a Buffer[] or an ArrayBuffer depending on its binaryType.
      if (!(data instanceof Uint8Array)) return 'not-binary'
      name = decoding.readVarString(decoding.createDecoder(data))
    } catch {
      return 'malformed-message'
    }
    // Messages for a document whose authentication failed would only pile up in Hocuspocus' queue.
    if (state.refused.has(name)) return 'drop'
    if (!state.documents.has(name)) {
      if (state.documents.size >= MAX_DOCUMENTS_PER_SOCKET) return 'too-many-documents'
      state.documents.add(name)
    }
    return 'pass'
  }

  private close(ws: WebSocket, state: SocketState, reason: string): void {
    state.closing = true
    this.onClose(reason)
    ws.close(reason === 'malformed-message' ? CLOSE_PROTOCOL : CLOSE_POLICY, reason)
    // A client that ignores the close handshake is cut off after a moment.
    setTimeout(() => ws.terminate(), 1000).unref()
  }
}
