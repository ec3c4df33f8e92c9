// The "use cache" handler (next.config.ts, cacheHandlers.default): entries in this process's memory, their
// freshness judged against the expiries in PostgreSQL (expiry.ts, shared by every process and instance on the
// database). Plain JavaScript: Next.js loads it at run time, unbundled; it reaches the database through the store
// instrumentation.ts registers. Interface: node_modules/next/dist/server/lib/cache-handlers/types.d.ts.
//
// Why freshness is exact, with no clock and no timing: before a miss is filled, get() takes a snapshot of which
// transactions have committed; the render reads after it, so it sees at least those. An entry is stale once a
// write that its snapshot did not include has committed an expiry of one of its tags. The writer's next request,
// in any process, checks after the write's commit (which came before its answer), so it sees the write.
// Why a small handler of ours: the maintained handler packages keep entries and tags in Redis, a server this
// project does not otherwise run; entries are cheap to render again, so each process keeps its own (2 × 64 MB).

const MAX_BYTES = 64 * 1024 * 1024;
const TRIM_EVERY_MS = 10 * 60 * 1000;
const store = () => globalThis[Symbol.for("chitieu.cache.expiry")];

/** key → { entry without value, chunks, bytes, snapshot }; least recently used first. */
const entries = new Map();
/** key → snapshot taken at a miss, for the entry its render is filling. */
const fills = new Map();
/** key → promise of an entry being stored (get waits for it, as the interface requires). */
const pending = new Map();
let bytes = 0;
let trimmedAt = 0;

function drop(key) {
  const kept = entries.get(key);
  if (!kept) return;
  entries.delete(key);
  bytes -= kept.bytes;
}

function streamOf(chunks) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function missed(key, now) {
  // The oldest snapshot wins: a render that started earlier may have read older data.
  if (!fills.has(key)) fills.set(key, now ?? (await store().snapshot().catch(() => undefined)));
  if (fills.size > 10_000) fills.clear(); // fills that never ended (a failed render); theirs are simply not kept
  return undefined;
}

const handler = {
  async get(cacheKey, softTags) {
    if (!store()) return undefined;
    await pending.get(cacheKey);
    const kept = entries.get(cacheKey);
    if (!kept) return missed(cacheKey);
    // The database out of reach: render (the page needs it anyway), keep nothing.
    const checked = await store().check([...kept.entry.tags, ...softTags], kept.snapshot).catch(() => null);
    if (!checked) return undefined;
    const { stale, now } = checked;
    if (stale || !entries.has(cacheKey)) {
      drop(cacheKey);
      return missed(cacheKey, now);
    }
    entries.delete(cacheKey);
    entries.set(cacheKey, kept);
    return { ...kept.entry, value: streamOf(kept.chunks) };
  },

  async set(cacheKey, pendingEntry) {
    const snapshot = fills.get(cacheKey);
    fills.delete(cacheKey);
    const stored = (async () => {
      const entry = await pendingEntry;
      const chunks = [];
      let size = 0;
      const reader = entry.value.getReader();
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          chunks.push(r.value);
          size += r.value.byteLength;
        }
      } catch {
        return; // a partial entry is not kept
      }
      // Without the snapshot of its miss (a background refresh) its freshness cannot be judged: not kept.
      if (!snapshot || size > MAX_BYTES / 8) return;
      const { value: _value, ...rest } = entry;
      drop(cacheKey);
      entries.set(cacheKey, { entry: rest, chunks, bytes: size + 512, snapshot });
      bytes += size + 512;
      for (const oldest of entries.keys()) {
        if (bytes <= MAX_BYTES) break;
        drop(oldest);
      }
    })();
    pending.set(cacheKey, stored);
    try {
      await stored;
    } finally {
      if (pending.get(cacheKey) === stored) pending.delete(cacheKey);
    }
    if (Date.now() - trimmedAt > TRIM_EVERY_MS) {
      trimmedAt = Date.now();
      store()?.trim().catch(() => undefined);
    }
  },

  // Freshness is judged in get() against the shared expiries, soft tags included: nothing to refresh or compare here.
  async refreshTags() {},
  async getExpiration() {
    return 0;
  },

  async updateTags(tags) {
    await store()?.expire(tags);
  },
};

export default handler;
