/** Hocuspocus protocol messages built by hand, for sending what no real provider would send. */
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'

const AUTH = 2
const SYNC = 0
const TOKEN = 0
const SYNC_STEP_1 = 0
const SYNC_UPDATE = 2

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export function authMessage(documentName: string, token: string): Uint8Array {
  return message((e) => {
    encoding.writeVarString(e, documentName)
    encoding.writeVarUint(e, AUTH)
    encoding.writeVarUint(e, TOKEN)
    encoding.writeVarString(e, token)
  })
}

export function syncStep1Message(documentName: string, stateVector: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarString(e, documentName)
    encoding.writeVarUint(e, SYNC)
    encoding.writeVarUint(e, SYNC_STEP_1)
    encoding.writeVarUint8Array(e, stateVector)
  })
}

export function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarString(e, documentName)
    encoding.writeVarUint(e, SYNC)
    encoding.writeVarUint(e, SYNC_UPDATE)
    encoding.writeVarUint8Array(e, update)
  })
}

export interface RawResult {
  /** The close code if the server closed the socket within the wait, else undefined. */
  closeCode?: number
  received: Buffer[]
}

/**
 * Opens a raw socket, sends the frames in order (a string goes as a text frame) and reports what
 * came back within `waitMs` after the last one.
 */
export async function sendRaw(
  url: string,
  frames: (Uint8Array | string)[],
  waitMs = 100,
): Promise<RawResult> {
  const ws = new WebSocket(url)
  const result: RawResult = { received: [] }
  ws.on('message', (data) => result.received.push(data as Buffer))
  // A server that closes the socket while frames are still being sent makes `send` fail: expected.
  ws.on('error', () => {})
  let weClose = false
  const closed = new Promise<void>((resolve) =>
    ws.on('close', (code) => {
      if (!weClose) result.closeCode = code
      resolve()
    }),
  )
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  for (const frame of frames) {
    if (ws.readyState !== WebSocket.OPEN) break
    ws.send(frame)
  }
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, waitMs))])
  if (ws.readyState === WebSocket.OPEN) {
    weClose = true
    ws.close()
    await closed
  }
  return result
}
