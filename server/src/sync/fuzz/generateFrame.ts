import { MessageType, SyncStep } from '../messages'
import { clientFrames, concatBytes, varString, varUint } from './clientFrames'
import type { Random } from './createRandom'
import { awarenessEntries, randomClientId, type ValidFrames } from './createValidFrames'
import { hugeNumbers, mutateFrame } from './mutateFrame'

export type FrameKind =
  | 'randomBytes'
  | 'truncatedVarUint'
  | 'hugeLength'
  | 'unknownType'
  | 'valid'
  | 'mutated'
  | 'deep'
  | 'awareness'
  | 'selfReference'
  | 'text'

export interface FuzzFrame {
  kind: FrameKind
  /** A string is sent as a text frame, which the protocol does not have. */
  data: Uint8Array | string
}

const kinds: readonly (readonly [FrameKind, number])[] = [
  ['randomBytes', 12],
  ['truncatedVarUint', 8],
  ['hugeLength', 16],
  ['unknownType', 8],
  ['valid', 16],
  ['mutated', 28],
  ['deep', 2],
  ['awareness', 6],
  ['selfReference', 2],
  ['text', 4],
]

/** One hostile frame of a kind picked at random; text frames only where a socket can carry them. */
export function generateFrame(
  random: Random,
  valid: ValidFrames,
  { text = true }: { text?: boolean } = {},
): FuzzFrame {
  const kind = random.weighted(text ? kinds : kinds.filter(([name]) => name !== 'text'))
  return { kind, data: generateData(random, valid, kind) }
}

/**
 * A frame an honest client sends that the server answers without closing: a state vector,
 * an awareness query or a fresh presence. Sent before hostile frames, so that connections
 * live long enough to carry more than one.
 */
export function generateHarmlessFrame(random: Random, valid: ValidFrames): Uint8Array {
  return random.weighted([
    [() => clientFrames.sync(SyncStep.stateVector, random.pick(valid.stateVectors)), 3],
    [() => clientFrames.queryAwareness(), 1],
    [
      () =>
        clientFrames.awareness([
          { clientId: randomClientId(random), clock: random.int(10), state: '{"cursor":null}' },
        ]),
      2,
    ],
  ] as const)()
}

function generateData(random: Random, valid: ValidFrames, kind: FrameKind): Uint8Array | string {
  switch (kind) {
    case 'randomBytes':
      return random.bytes(random.chance(0.9) ? random.size(64) : random.size(4_096))
    case 'truncatedVarUint':
      return truncatedVarUint(random, valid)
    case 'hugeLength':
      return hugeLength(random, valid)
    case 'unknownType':
      return unknownType(random)
    case 'valid':
      return random.chance(0.8)
        ? random.pick(valid.frames)
        : clientFrames.awareness(awarenessEntries(random, valid.clientIds))
    case 'mutated':
      return mutateFrame(random, random.pick(valid.frames), valid.frames)
    case 'deep':
      return clientFrames.sync(SyncStep.update, random.pick(valid.deepUpdates))
    case 'awareness':
      return clientFrames.awareness(awarenessEntries(random, valid.clientIds))
    case 'selfReference':
      return selfReference(random, valid)
    case 'text':
      return random.pick([
        'hello',
        '{"type":"sync"}',
        '\u0000'.repeat(random.size(64)),
        String.fromCharCode(...random.bytes(random.size(512))),
      ])
  }
}

/** A frame that ends inside a varUint: every byte left has its continuation bit set. */
function truncatedVarUint(random: Random, valid: ValidFrames): Uint8Array {
  if (random.chance(0.5)) {
    const frame = random.pick(valid.frames)
    const cuts: number[] = []
    for (let index = 0; index < frame.length; index++) {
      if (((frame[index] ?? 0) & 0x80) !== 0) cuts.push(index + 1)
    }
    if (cuts.length > 0) return frame.slice(0, random.pick(cuts))
  }
  const prefix = random.pick([[], [0], [0, 0], [0, 1], [0, 2], [1], [0, 2, 5, 1], [1, 9, 1]])
  const open = Array.from({ length: random.between(1, 12) }, () => 0x80 | random.int(128))
  return Uint8Array.from([...prefix, ...open])
}

/**
 * Lengths and counts far beyond the bytes that follow (yjs#687): payloads, clients, structs,
 * struct lengths, delete ranges, state vector clocks, awareness entries and strings.
 */
function hugeLength(random: Random, valid: ValidFrames): Uint8Array {
  const huge = () => varUint(random.pick(hugeNumbers))
  const client = () => varUint(random.pick(valid.clientIds))
  const tail = () => random.bytes(random.size(32))
  const update = (...parts: Uint8Array[]) =>
    clientFrames.sync(SyncStep.update, concatBytes(...parts))
  const one = Uint8Array.of(1)
  const zero = Uint8Array.of(0)
  const variants: (() => Uint8Array)[] = [
    // The frame's own payload length.
    () => concatBytes(Uint8Array.of(MessageType.sync, random.int(3)), huge(), tail()),
    // Clients in the update, then structs of one client.
    () => update(huge(), tail()),
    () => update(one, huge(), client(), zero, zero, one, tail()),
    // A GC or Skip struct (info 0 or 10) that covers billions of clocks, at clock 0 or near 2^53.
    () =>
      update(
        one,
        one,
        client(),
        random.chance(0.7) ? zero : varUint(Number.MAX_SAFE_INTEGER - random.int(100)),
        Uint8Array.of(random.pick([0, 10])),
        huge(),
        zero,
      ),
    // An item of deleted content (info 1) with a huge length, under a root the client names.
    () =>
      update(
        one,
        one,
        client(),
        zero,
        one,
        one,
        varString(random.pick(['default', 'people', 'workflow', `root-${'r'.repeat(300)}`])),
        huge(),
        zero,
      ),
    // A string item (info 4) claiming more characters than the frame holds.
    () => update(one, one, client(), zero, Uint8Array.of(4), one, varString('default'), huge()),
    // Delete sets: clients, ranges of one client, one range of huge length.
    () => update(zero, huge(), tail()),
    () => update(zero, one, client(), huge(), tail()),
    () => update(zero, one, client(), one, varUint(random.int(10)), huge()),
    // State vectors: many clients, or one client at a huge clock.
    () => clientFrames.sync(SyncStep.stateVector, concatBytes(huge(), tail())),
    () => clientFrames.sync(SyncStep.stateVector, concatBytes(one, client(), huge())),
    // Awareness: entries, then the length of one state.
    () => awareness(concatBytes(huge(), tail())),
    () => awareness(concatBytes(one, client(), one, huge(), tail())),
  ]
  return random.pick(variants)()
}

/**
 * Items whose left neighbour (origin) is themselves or each other: one flipped bit makes such a
 * cycle, and whoever follows neighbours to place an item never gets out of it.
 */
function selfReference(random: Random, valid: ValidFrames): Uint8Array {
  const client = random.pick(valid.clientIds)
  const item = (originClock: number) =>
    // Info 0x84: an origin follows, then string content; a parent is implied by the origin.
    concatBytes(Uint8Array.of(0x84), varUint(client), varUint(originClock), varString('x'))
  const items = random.chance(0.5) ? [item(0)] : [item(1), item(0)]
  return clientFrames.sync(
    SyncStep.update,
    concatBytes(
      Uint8Array.of(1),
      varUint(items.length),
      varUint(client),
      Uint8Array.of(0),
      ...items,
      Uint8Array.of(0),
    ),
  )
}

function unknownType(random: Random): Uint8Array {
  const tail = random.bytes(random.size(32))
  return random.weighted([
    [
      () =>
        concatBytes(
          varUint(random.pick([MessageType.auth, 4, 5, 17, 127, 128, 255, ...hugeNumbers])),
          tail,
        ),
      3,
    ],
    [
      () =>
        concatBytes(
          Uint8Array.of(MessageType.sync),
          varUint(random.pick([3, 4, 127, 128, ...hugeNumbers])),
          varUint(tail.length),
          tail,
        ),
      2,
    ],
    // y-protocols' permission-denied message, which only a server sends.
    [() => concatBytes(Uint8Array.of(MessageType.auth, 0), varString('x'.repeat(200))), 1],
  ] as const)()
}

function awareness(update: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(MessageType.awareness), varUint(update.length), update)
}
