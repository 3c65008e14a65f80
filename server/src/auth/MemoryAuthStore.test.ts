import { describeAuthStore } from './authStoreContract'
import { MemoryAuthStore } from './MemoryAuthStore'

describeAuthStore('MemoryAuthStore', async () => ({
  store: new MemoryAuthStore(),
  async close() {},
}))
