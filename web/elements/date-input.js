/**
 * `st.date_input`, `st.time_input` and `st.datetime_input`.
 *
 * Each field is a combobox you can type into (Enter or leaving it applies):
 * a date field pops up a calendar dialog (calendar.js), a time field a list
 * of times `step` apart (listbox.js). Values travel as in the Python module:
 * dates "YYYY-MM-DD" (a list: none, one, or two for a range), times "HH:MM"
 * ("HH:MM:SS" when the step has seconds), datetimes ["YYYY-MM-DDTHH:MM"].
 */
import { h, equal, setAttr, uid } from '../dom.js';
import { Calendar, parseIso, toIso } from './calendar.js';
import { Label } from './label.js';
import { Listbox } from './listbox.js';
import { Widget, applyWidth, formOf } from './widget.js';

const RANGE_SEPARATOR = ' – ';

/** "2024-01-05" in `format` ("YYYY/MM/DD", "DD.MM.YYYY", ...). */
function formatIso(iso, format) {
  const [year, month, day] = iso.split('-');
  return format.replace('YYYY', year).replace('MM', month).replace('DD', day);
}

/** The ISO date typed as `format` (one-digit days and months allowed), or null. */
function parseTyped(text, format) {
  const pattern = format
    .replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
    .replace('YYYY', '(?<y>\\d{4})')
    .replace('MM', '(?<m>\\d{1,2})')
    .replace('DD', '(?<d>\\d{1,2})');
  const match = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!match) return null;
  const { y, m, d } = /** @type {Record<string, string>} */ (match.groups);
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = parseIso(iso);
  return Number.isNaN(date.getTime()) || toIso(date) !== iso ? null : iso;
}

/** A date field with its calendar; used alone (date input) or beside a time field. */
class DateField {
  /**
   * @param {HTMLElement} host  where the field and its popup go
   * @param {(dates: string[]) => void} onCommit
   */
  constructor(host, onCommit) {
    this._onCommit = onCommit;
    this.props = { format: 'YYYY/MM/DD', min: '0001-01-01', max: '9999-12-31', is_range: false };
    /** @type {string[]} the dates shown (committed, or being picked) */
    this.dates = [];
    this._committed = [];
    this._picking = null;
    this.input = h('input', { class: 'hw-input hw-date-field', autocomplete: 'off', spellcheck: 'false' });
    setAttr(this.input, 'role', 'combobox');
    setAttr(this.input, 'aria-haspopup', 'dialog');
    setAttr(this.input, 'aria-expanded', 'false');
    this.calendar = new Calendar((iso) => this._choose(iso), () => this._closeCalendar(false));
    setAttr(this.input, 'aria-controls', (this.calendar.el.id = uid('calendar')));
    host.append(h('div', { class: 'hw-input-box hw-date-box' }, [this.input]), this.calendar.el);
    this.input.addEventListener('click', () => this._openCalendar());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this._openCalendar();
        this.calendar.focusGrid();
      } else if (event.key === 'Escape' && this.calendar.open) {
        this._closeCalendar(false);
      } else if (event.key === 'Enter' && !event.isComposing) {
        this._commitTyped();
        if (this.calendar.open) this._closeCalendar(false);
        formOf(host)?.submitFromKeyboard();
      }
    });
    this.input.addEventListener('blur', (event) => {
      if (!this.calendar.el.contains(/** @type {Node} */ (event.relatedTarget))) this._commitTyped();
    });
  }

  /** Shows `dates` (when the script's value is news). */
  show(dates) {
    this.dates = [...dates];
    this._committed = [...dates];
    this._picking = null;
    this._render();
  }

  setDisabled(disabled) {
    this.input.disabled = disabled;
    if (disabled) this.calendar.hide();
  }

  _text(dates) {
    return dates.map((iso) => formatIso(iso, this.props.format)).join(RANGE_SEPARATOR);
  }

  _render() {
    this.input.value = this._text(this.dates);
    this.input.placeholder = this.props.is_range
      ? `${this.props.format}${RANGE_SEPARATOR}${this.props.format}`
      : this.props.format;
  }

  _openCalendar() {
    if (this.input.disabled || this.calendar.open) return;
    this.calendar.show({ min: this.props.min, max: this.props.max, chosen: this.dates });
    setAttr(this.input, 'aria-expanded', 'true');
  }

  _closeCalendar(refocus) {
    if (!this.calendar.open) return;
    this.calendar.hide();
    setAttr(this.input, 'aria-expanded', 'false');
    // Closing halfway through a range keeps its first day, as Streamlit does.
    if (this._picking) {
      this._picking = null;
      this._commit(this.dates);
    }
    if (refocus) this.input.focus();
  }

  _choose(iso) {
    if (!this.props.is_range) {
      this._commit([iso]);
      this._closeCalendar(true);
    } else if (!this._picking) {
      this._picking = iso;
      this.dates = [iso];
      this._render();
      this.calendar.setChosen([iso]);
    } else {
      const range = [this._picking, iso].sort();
      this._picking = null;
      this._commit(range);
      this._closeCalendar(true);
    }
  }

  _commitTyped() {
    const text = this.input.value.trim();
    if (text === this._text(this._committed)) return;
    const parts = text ? text.split(/\s*[–—]\s*|\s+-\s+/) : [];
    const dates = parts.map((part) => parseTyped(part, this.props.format));
    const ok =
      dates.every((d) => d && d >= this.props.min && d <= this.props.max) &&
      dates.length <= (this.props.is_range ? 2 : 1) &&
      (dates.length > 0 || this.props.clearable);
    if (ok) this._commit(/** @type {string[]} */ (dates).sort());
    else this.show(this._committed);
  }

  _commit(dates) {
    this.dates = [...dates];
    this._render();
    if (equal(dates, this._committed)) return;
    this._committed = [...dates];
    this._onCommit([...dates]);
  }
}

/** Times of day as seconds since midnight, in 24-hour, 12-hour or the browser's own writing. */
function timeText(seconds, { format, step }) {
  if (format === 'localized') {
    const options = { hour: 'numeric', minute: '2-digit', second: step % 60 ? '2-digit' : undefined, timeZone: 'UTC' };
    return new Intl.DateTimeFormat(undefined, options).format(seconds * 1000);
  }
  const h24 = Math.floor(seconds / 3600);
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = step % 60 ? `:${String(seconds % 60).padStart(2, '0')}` : '';
  if (format === '12h') return `${h24 % 12 || 12}:${mm}${ss} ${h24 < 12 ? 'AM' : 'PM'}`;
  return `${String(h24).padStart(2, '0')}:${mm}${ss}`;
}

/** Seconds since midnight from "8:45", "08:45:30", "8:45 pm"; null if it is not a time. */
function parseTime(text) {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const seconds = Number(match[3] ?? 0);
  if (match[4]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (/^p/i.test(match[4]) ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

const wireTime = (seconds, step) => timeText(seconds, { format: '24h', step });
const wireSeconds = (wire) => (wire ? parseTime(wire) : null);

/** A time field with its list of times; used alone (time input) or beside a date field. */
class TimeField {
  /**
   * @param {HTMLElement} host
   * @param {(wire: string|null) => void} onCommit  "HH:MM[:SS]", or null when cleared
   */
  constructor(host, onCommit) {
    this._onCommit = onCommit;
    this.props = { step: 900, format: '24h', clearable: false };
    /** @type {number|null} seconds since midnight */
    this._committed = null;
    this.input = h('input', { class: 'hw-input hw-time-field', autocomplete: 'off', spellcheck: 'false' });
    this._list = new Listbox(this.input, (item) => {
      this._commit(item.value);
      this._list.close();
    });
    host.append(h('div', { class: 'hw-input-box hw-time-box' }, [this.input]), this._list.el);
    this.input.addEventListener('click', () => this._openList(false));
    this.input.addEventListener('input', () => this._openList(true));
    this.input.addEventListener('keydown', (event) => {
      if (this._list.handleKey(event)) {
        event.preventDefault();
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this._openList(false);
      } else if (event.key === 'Enter' && !event.isComposing) {
        this._commitTyped();
        formOf(host)?.submitFromKeyboard();
      }
    });
    this.input.addEventListener('blur', () => {
      this._list.close();
      this._commitTyped();
    });
  }

  show(seconds) {
    this._committed = seconds;
    this.input.value = seconds === null ? '' : timeText(seconds, this.props);
    this.input.placeholder = this.props.format === '12h' ? 'h:mm AM' : 'HH:MM';
  }

  setDisabled(disabled) {
    this.input.disabled = disabled;
  }

  _openList(filtered) {
    if (this.input.disabled) return;
    const { step } = this.props;
    // A list of every second would be 86,400 entries: past a minute-by-minute day, type instead.
    if (86_400 / step > 1440) return;
    const query = filtered ? this.input.value.trim().toLowerCase() : '';
    const items = [];
    for (let s = 0; s < 86_400; s += step) {
      const label = timeText(s, this.props);
      if (!query || label.toLowerCase().startsWith(query) || label.replace(/^0/, '').toLowerCase().startsWith(query)) {
        items.push({ label, value: s, selected: s === this._committed });
      }
    }
    this._list.show(items);
  }

  _commitTyped() {
    const text = this.input.value.trim();
    if (this._committed !== null && text === timeText(this._committed, this.props)) return;
    if (!text && this.props.clearable) return this._commit(null);
    const seconds = parseTime(text);
    if (seconds === null) this.show(this._committed);
    else this._commit(this.props.step % 60 ? seconds : seconds - (seconds % 60));
  }

  _commit(seconds) {
    this.show(seconds);
    this._onCommit(seconds === null ? null : wireTime(seconds, this.props.step));
  }

  get seconds() {
    return this._committed;
  }
}

export class DateInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-date-input');
    this._label = new Label(props);
    this.el.append(this._label.el);
    this._field = new DateField(this.el, (dates) => this._send(dates));
    setAttr(this._field.input, 'aria-labelledby', this._label.id);
    this._field.props = { ...props, clearable: (props.default ?? []).length === 0 };
    this._field.show(props.value ?? []);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this._field.props = { ...props, clearable: props.is_range || (props.default ?? []).length === 0 };
    this._field.setDisabled(Boolean(props.disabled));
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev) || props.format !== prev.format) this._field.show(props.value ?? []);
  }
}

export class TimeInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-time-input');
    this._label = new Label(props);
    this.el.append(this._label.el);
    this._field = new TimeField(this.el, (wire) => this._send(wire ?? ''));
    setAttr(this._field.input, 'aria-labelledby', this._label.id);
    this.update(props, { ...props, value: undefined });
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this._field.props = { step: props.step ?? 900, format: props.format, clearable: props.default == null };
    this._field.setDisabled(Boolean(props.disabled));
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) this._field.show(wireSeconds(props.value));
  }
}

export class DateTimeInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-datetime-input');
    this._label = new Label(props);
    const row = h('div', { class: 'hw-datetime-row', role: 'group', 'aria-labelledby': this._label.id });
    const datePart = h('div', { class: 'hw-datetime-date' });
    const timePart = h('div', { class: 'hw-datetime-time' });
    row.append(datePart, timePart);
    this.el.append(this._label.el, row);
    this._date = new DateField(datePart, () => this._commit());
    this._time = new TimeField(timePart, () => this._commit());
    this._timeName = h('span', { id: uid('time-name'), class: 'hw-visually-hidden', text: 'time' });
    row.append(this._timeName);
    setAttr(this._date.input, 'aria-labelledby', this._label.id);
    setAttr(this._time.input, 'aria-labelledby', `${this._label.id} ${this._timeName.id}`);
    this.update(props, { ...props, value: undefined });
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const clearable = (props.default ?? []).length === 0;
    this._date.props = { format: props.format, min: props.min.slice(0, 10), max: props.max.slice(0, 10), is_range: false, clearable };
    this._time.props = { step: props.step ?? 900, format: '24h', clearable };
    this._date.setDisabled(Boolean(props.disabled));
    this._time.setDisabled(Boolean(props.disabled));
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) this._show(props.value ?? []);
  }

  _show([value]) {
    this._date.show(value ? [value.slice(0, 10)] : []);
    this._time.show(value ? wireSeconds(value.slice(11)) : null);
  }

  /** Either part changed: send both, filling a missing part (today, midnight) and keeping within min..max. */
  _commit() {
    const { min, max } = this._props;
    const [day] = this._date.dates;
    const seconds = this._time.seconds;
    if (!day && seconds === null) return this._send([]);
    const today = toIso(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000));
    let value = `${day ?? today}T${wireTime(seconds ?? 0, 60)}`;
    if (value < min) value = min;
    if (value > max) value = max;
    this._show([value]);
    this._send([value]);
  }
}

