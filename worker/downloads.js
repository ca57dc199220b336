// The runtime's big files (the wasm, the standard library, the shim, package wheels),
// all requested the moment the worker starts, in parallel with the interpreter's own
// boot. Pyodide asks for the same URLs later through `fetch`; `fetch` below answers
// from these downloads, so each file crosses the network once, whatever the server's
// cache headers say, and the bytes can be counted for the progress bar.

const realFetch = globalThis.fetch.bind(globalThis);

export class Downloads {
  /**
   * @param {(loaded: number, total: number) => void} onBytes called as bytes arrive
   *   (at most every 50 ms), with totals over every download started
   */
  constructor(onBytes) {
    this._onBytes = onBytes;
    /** @type {Map<string, Promise<Response>>} absolute URL → its response, until Pyodide takes it */
    this._responses = new Map();
    /** @type {Map<string, Promise<Response>>} small files read more than once, kept whole */
    this._kept = new Map();
    /** URLs whose size is in the total already. */
    this._sized = new Set();
    this._started = new Set();
    this._loaded = 0;
    this._total = 0;
    this._reported = 0;
    this._timer = null;
    /** `fetch` for Pyodide: a started download once, the network otherwise. */
    this.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const kept = this._kept.get(url);
      if (kept) return kept.then((r) => r.clone());
      const response = this._responses.get(url);
      if (!response) return realFetch(input, init);
      this._responses.delete(url); // a body can be read once
      return response;
    };
  }

  /**
   * Start downloading `url`, expecting `size` bytes (decoded) when known. Starting a
   * URL again only tells its size, for the progress bar.
   * @param {string} url absolute
   * @param {number} [size]
   */
  start(url, size) {
    if (size && !this._sized.has(url)) {
      this._sized.add(url);
      this._total += size;
    }
    if (this._started.has(url)) return;
    this._started.add(url);
    const response = realFetch(url).then((r) => this._count(r, url));
    response.catch(() => {}); // reported when Pyodide (or boot) reads it
    this._responses.set(url, response);
  }

  /**
   * Download a small file that more than one reader asks for (pyodide-lock.json:
   * boot reads it, and so does Pyodide); every fetch gets a copy.
   * @param {string} url absolute
   */
  keep(url) {
    if (this._kept.has(url)) return;
    const response = realFetch(url);
    response.catch(() => {});
    this._kept.set(url, response);
  }

  /** The body of a download (or a fresh fetch), as bytes. */
  async bytes(url) {
    const response = await this.fetch(url);
    if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  get loaded() {
    return this._loaded;
  }

  get total() {
    return this._total;
  }

  /** Count the bytes of a copy as they arrive; the reader gets the response itself, URL and all. */
  _count(response, url) {
    if (!response.ok || !response.body) return response;
    // A compressed body's Content-Length counts compressed bytes, not what the stream yields.
    const length = Number(response.headers.get('Content-Length'));
    if (length && !response.headers.get('Content-Encoding') && !this._sized.has(url)) {
      this._sized.add(url);
      this._total += length;
    }
    this._drain(response.clone().body.getReader());
    return response;
  }

  async _drain(reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this._loaded += value.byteLength;
        this._report();
      }
    } catch {
      // The kept branch fails the same way, and its reader reports it.
    }
    this._report(true);
  }

  _report(now = false) {
    if (this._timer !== null && !now) return;
    const send = () => {
      this._timer = null;
      if (this._loaded === this._reported) return;
      this._reported = this._loaded;
      this._onBytes(this._loaded, Math.max(this._total, this._loaded));
    };
    if (now) {
      clearTimeout(this._timer);
      send();
    } else {
      this._timer = setTimeout(send, 50);
    }
  }
}
