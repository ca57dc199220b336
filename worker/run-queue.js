// Reruns asked for while the script runs are coalesced into as few runs as possible.
// Widget values merge (the last one wins); a trigger already waiting in the pending
// run starts a new one, so every button press reaches the script exactly once.
// Reruns of one fragment merge; a full rerun absorbs fragment reruns (it reruns them
// too); reruns of two different fragments stay two runs.

export class RunQueue {
  /** @param {(request: {seq: number, widgets: object, triggers: object, fragment: string|null}) => void} run */
  constructor(run) {
    this._run = run;
    /** @type {{seq: number, widgets: object, triggers: object}[]} */
    this._pending = [];
    this._scheduled = false;
  }

  /** @param {{seq?: number, widgets?: object, triggers?: object, fragment?: string|null}} request */
  push({ seq = 0, widgets = {}, triggers = {}, fragment = null }) {
    const last = this._pending[this._pending.length - 1];
    const sameScope = last && (last.fragment === fragment || last.fragment === null || fragment === null);
    if (sameScope && !Object.keys(triggers).some((id) => id in last.triggers)) {
      last.seq = Math.max(last.seq, seq);
      Object.assign(last.widgets, widgets);
      Object.assign(last.triggers, triggers);
      if (last.fragment !== fragment) last.fragment = null;
    } else {
      this._pending.push({ seq, widgets: { ...widgets }, triggers: { ...triggers }, fragment });
    }
    this._schedule();
  }

  get size() {
    return this._pending.length;
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    // A macrotask, so that messages which arrived during the previous (synchronous)
    // run are merged before the next one starts.
    setTimeout(() => {
      this._scheduled = false;
      const next = this._pending.shift();
      if (next) this._run(next);
      if (this._pending.length) this._schedule();
    }, 0);
  }
}
