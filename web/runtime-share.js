/**
 * The apps on one page share what is safe to share of Pyodide. The first worker
 * boots Python, then posts its compiled wasm module and a snapshot of its memory
 * taken before any package, shim or app code ran (worker/runtime-share.js); every
 * later worker of the same runtime (another app, or the replacement a Stop starts)
 * instantiates that module and restores the snapshot: no compile, no Python
 * start-up, and a memory of its own. One interpreter for several apps is not safe:
 * their scripts would share `sys.modules`, monkeypatches, the working directory and
 * `cache_resource`.
 *
 * A worker asks with `runtimeFor(worker)` as it starts. While the first worker is
 * still booting, later ones wait for it; if it ends without sharing (it failed, or
 * its app was removed), they boot their own.
 */

/** @typedef {{module: WebAssembly.Module, snapshot: Blob|null}} SharedRuntime the snapshot as a Blob:
 *   passed between the workers by reference, never copied on the page's thread */
/** @typedef {{runtime: SharedRuntime|null, booting: Worker|null, waiting: Map<Worker, (r: SharedRuntime|null) => void>, users: number}} Share */

/** @type {Map<string, Share>} worker URL → what its workers share */
const shares = new Map();

export class RuntimeShare {
  /** @param {URL|string} workerUrl the runtime: workers from one URL run the same wasm */
  constructor(workerUrl) {
    this._url = String(workerUrl);
    let share = shares.get(this._url);
    if (!share) {
      share = { runtime: null, booting: null, waiting: new Map(), users: 0 };
      shares.set(this._url, share);
    }
    share.users++;
    this._share = share;
  }

  /**
   * What a new worker starts from; null means it boots Python itself (and then
   * `offer`s what it has): the first worker, or every worker once that one failed.
   * @param {Worker} worker
   * @returns {Promise<SharedRuntime|null>}
   */
  runtimeFor(worker) {
    const share = this._share;
    if (share.runtime) return Promise.resolve(share.runtime);
    if (share.booting) return new Promise((resolve) => share.waiting.set(worker, resolve));
    share.booting = worker;
    return Promise.resolve(null);
  }

  /** @param {SharedRuntime} runtime what a worker that booted Python itself has to share */
  offer(runtime) {
    const share = this._share;
    if (!share.runtime?.snapshot) share.runtime = runtime;
    share.booting = null;
    settle(share, share.runtime);
  }

  /**
   * `worker` is done booting, or gone: if it was the one booting and offered
   * nothing, the workers waiting for it boot their own; if it was waiting, it no
   * longer is.
   * @param {Worker} worker
   */
  release(worker) {
    const share = this._share;
    share.waiting.delete(worker);
    if (share.booting !== worker) return;
    share.booting = null;
    settle(share, null);
  }

  /** This app is gone: what it shared is dropped with the last app that used it. */
  leave() {
    if (--this._share.users === 0 && shares.get(this._url) === this._share) shares.delete(this._url);
  }
}

/** @param {Share} share @param {SharedRuntime|null} runtime */
function settle(share, runtime) {
  const waiting = [...share.waiting.values()];
  share.waiting.clear();
  for (const resolve of waiting) resolve(runtime);
}
