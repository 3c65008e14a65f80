import { MemorySearchIndex } from './MemorySearchIndex'
import { describeSearchIndex } from './searchIndexContract'

describeSearchIndex('MemorySearchIndex', async () => new MemorySearchIndex())
