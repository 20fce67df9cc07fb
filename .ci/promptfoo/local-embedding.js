// A local, deterministic embedding provider for promptfoo's `similar` assertions in CI (no network):
// character trigrams hashed into 256 buckets. Good enough to tell the same text from a different one.
class LocalEmbedding {
  constructor(options) {
    this.providerId = (options && options.id) || 'concord-local-embedding';
  }

  id() {
    return this.providerId;
  }

  async callApi() {
    return { error: 'concord-local-embedding only embeds' };
  }

  async callEmbeddingApi(text) {
    const v = new Array(256).fill(0);
    const s = ` ${String(text).toLowerCase()} `;
    for (let i = 0; i + 3 <= s.length; i++) {
      let h = 2166136261;
      for (let j = i; j < i + 3; j++) {
        h = Math.imul(h ^ s.charCodeAt(j), 16777619) >>> 0;
      }
      v[h % 256] += 1;
    }
    return { embedding: v };
  }
}

module.exports = LocalEmbedding;
