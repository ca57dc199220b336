/**
 * The apps on one page share Pyodide's compiled code. The first worker compiles
 * pyodide.asm.wasm and posts the `WebAssembly.Module` here; every later worker of
 * the same runtime (another app, or the replacement a Stop starts) instantiates that
 * module instead of compiling its own. Each instance has its own memory, so no
 * Python state passes between apps: one interpreter for several scripts would share
 * `sys.modules`, monkeypatches, the working directory and `cache_resource`.
 *
 * A worker asks with `wasmFor(worker)` as it starts. While the first worker is still
 * compiling, later ones wait for it; if it ends without a module (it failed, or the
 * app was destroyed), they compile their own.
 */

/** @typedef {{module: WebAssembly.Module|null, compiler: Worker|null, waiting: ((m: WebAssembly.Module|null) => void)[], users: number}} Share */

/** @type {Map<string, Share>} worker URL → what its workers share */
const shares = new Map();

export class WasmShare {
  /** @param {URL|string} workerUrl the runtime: workers from one URL run the same wasm */
  constructor(workerUrl) {
    this._url = String(workerUrl);
    let share = shares.get(this._url);
    if (!share) {
      share = { module: null, compiler: null, waiting: [], users: 0 };
      shares.set(this._url, share);
    }
    share.users++;
    this._share = share;
  }

  /**
   * The compiled module for a new worker; null means it compiles its own (and then
   * `offer`s it): the first worker, or every worker once the compiling one failed.
   * @param {Worker} worker
   * @returns {Promise<WebAssembly.Module|null>}
   */
  wasmFor(worker) {
    const share = this._share;
    if (share.module) return Promise.resolve(share.module);
    if (share.compiler) return new Promise((resolve) => share.waiting.push(resolve));
    share.compiler = worker;
    return Promise.resolve(null);
  }

  /** @param {WebAssembly.Module} module what a worker compiled */
  offer(module) {
    const share = this._share;
    share.module ??= module;
    share.compiler = null;
    for (const resolve of share.waiting.splice(0)) resolve(share.module);
  }

  /**
   * `worker` is done booting, or gone: if it was compiling and offered nothing, the
   * workers waiting for it compile their own.
   * @param {Worker} worker
   */
  release(worker) {
    const share = this._share;
    if (share.compiler !== worker) return;
    share.compiler = null;
    for (const resolve of share.waiting.splice(0)) resolve(null);
  }

  /** This app is gone: the module is dropped with the last app that used it. */
  leave() {
    if (--this._share.users === 0 && shares.get(this._url) === this._share) shares.delete(this._url);
  }
}
