import { describeDocumentStore } from './documentStoreContract'
import { MemoryDocumentStore } from './MemoryDocumentStore'

describeDocumentStore('MemoryDocumentStore', async () => new MemoryDocumentStore())
