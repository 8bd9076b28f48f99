import type { SourceReader } from '../source.js'

// Placeholder until the Thunderbird-family reader lands (issue 2).
export const thunderbirdReader: SourceReader = {
  client: 'thunderbird',
  async read() {
    return { accounts: [], sources: [] }
  },
}
