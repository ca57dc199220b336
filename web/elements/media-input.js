/**
 * `st.camera_input` and `st.audio_input`: record in the browser with
 * getUserMedia and send the result as one file (a JPEG photo; a 16-bit mono
 * WAV at `sample_rate`), as file-uploader.js sends files.
 *
 * Where there is no camera or microphone, or the visitor refuses access, the
 * widget says so and the script keeps getting None.
 */
import { h, setText } from '../dom.js';
import { Label } from './label.js';
import { newFileId } from './file-uploader.js';
import { Widget, applyWidth } from './widget.js';

function mediaError(error, device) {
  if (!navigator.mediaDevices?.getUserMedia) {
    return `This browser cannot use a ${device} here (it needs a secure page: https or localhost).`;
  }
  if (error?.name === 'NotAllowedError') {
    return `This app would like to use your ${device}. Allow access in the browser's site settings, then try again.`;
  }
  if (error?.name === 'NotFoundError' || error?.name === 'OverconstrainedError') return `No ${device} was found.`;
  return `The ${device} could not be started: ${error?.message ?? error}`;
}

/** Shared: label, message line, the file held, clear button. */
class MediaInput extends Widget {
  constructor(id, props, ctx, className) {
    super(id, ctx, className);
    this._label = new Label(props);
    this._message = h('div', { class: 'hw-media-message', role: 'status' });
    this._stage = h('div', { class: 'hw-media-stage' });
    this._controls = h('div', { class: 'hw-media-controls' });
    this.el.append(this._label.el, this._stage, this._controls, this._message);
    /** @type {MediaStream|null} */
    this._stream = null;
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) this._showValue(props.value ?? []);
    this._refresh();
  }

  destroy() {
    this._stopStream();
  }

  _say(text) {
    setText(this._message, text);
  }

  _stopStream() {
    for (const track of this._stream?.getTracks() ?? []) track.stop();
    this._stream = null;
  }

  _sendFile(name, type, data) {
    this._send([{ file_id: newFileId(), name, type, size: data.length, data }]);
  }

  _takesValue(props, prev) {
    if (this._pending) {
      if (this._ctx.runSeq() < this._pending.seq) return false;
      const sent = this._pending.value.map(({ data, ...info }) => info);
      this._pending = null;
      return JSON.stringify(props.value) !== JSON.stringify(sent);
    }
    return JSON.stringify(props.value) !== JSON.stringify(prev.value);
  }
}

export class CameraInput extends MediaInput {
  constructor(id, props, ctx) {
    super(id, props, ctx, 'hw-camera-input');
    this._video = h('video', { class: 'hw-camera-video', muted: true, playsinline: true, 'aria-label': 'Camera preview' });
    this._photo = h('img', { class: 'hw-camera-photo', alt: 'Photo taken' });
    this._enable = h('button', { type: 'button', class: 'hw-button', 'data-type': 'secondary', text: 'Enable camera' });
    this._take = h('button', { type: 'button', class: 'hw-button hw-full-width', 'data-type': 'secondary', text: 'Take Photo' });
    this._clear = h('button', { type: 'button', class: 'hw-button hw-full-width', 'data-type': 'secondary', text: 'Clear photo' });
    this._stage.append(this._video, this._photo);
    this._controls.append(this._enable, this._take, this._clear);
    this._hasPhoto = false;
    this._enable.addEventListener('click', () => this._start());
    this._take.addEventListener('click', () => this._capture());
    this._clear.addEventListener('click', () => {
      this._setPhoto(null);
      this._send([]);
      this._start();
    });
    this.update(props, { ...props, value: undefined });
    if (!props.disabled && !this._hasPhoto) this._start();
  }

  _refresh() {
    const disabled = Boolean(this._props.disabled);
    this._enable.hidden = Boolean(this._stream) || this._hasPhoto;
    this._take.hidden = !this._stream || this._hasPhoto;
    this._clear.hidden = !this._hasPhoto;
    for (const button of [this._enable, this._take, this._clear]) button.disabled = disabled;
    this._video.hidden = this._hasPhoto || !this._stream;
    this._photo.hidden = !this._hasPhoto;
    if (disabled) this._stopStream();
  }

  _showValue(files) {
    // The script holds a photo the page did not take (a rerun after Stop): keep the preview area.
    this._hasPhoto = files.length > 0;
    if (!this._hasPhoto) this._photo.removeAttribute('src');
  }

  async _start() {
    if (this._stream || this._props.disabled) return;
    this._say('');
    try {
      const height = this._props.resolution_height;
      this._stream = await navigator.mediaDevices.getUserMedia({ video: height ? { height: { ideal: height } } : true });
      this._video.srcObject = this._stream;
      await this._video.play().catch(() => {});
    } catch (error) {
      this._stopStream();
      this._say(mediaError(error, 'camera'));
    }
    this._refresh();
  }

  async _capture() {
    const video = this._video;
    const canvas = h('canvas', { width: video.videoWidth || 640, height: video.videoHeight || 480 });
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    if (!blob) return this._say('The photo could not be taken.');
    this._stopStream();
    this._setPhoto(blob);
    this._sendFile('camera.jpg', 'image/jpeg', new Uint8Array(await blob.arrayBuffer()));
  }

  _setPhoto(blob) {
    if (this._photo.src) URL.revokeObjectURL(this._photo.src);
    this._hasPhoto = Boolean(blob);
    if (blob) this._photo.src = URL.createObjectURL(blob);
    else this._photo.removeAttribute('src');
    this._refresh();
  }
}

/** 16-bit PCM mono WAV bytes of `samples` (floats in -1..1) at `rate`. */
export function encodeWav(samples, rate) {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at, s) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => {
    const s = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  });
  return bytes;
}

/** A recording (in whatever format the browser records) as WAV bytes, at `rate` if given (else the device's). */
export async function recordingToWav(recorded, rate) {
  const context = new AudioContext(rate ? { sampleRate: rate } : {});
  const decoded = await context.decodeAudioData(await recorded.arrayBuffer());
  await context.close();
  return encodeWav(decoded.getChannelData(0), decoded.sampleRate);
}

export class AudioInput extends MediaInput {
  constructor(id, props, ctx) {
    super(id, props, ctx, 'hw-audio-input');
    this._record = h('button', { type: 'button', class: 'hw-button hw-record', 'data-type': 'secondary', text: 'Record' });
    this._stop = h('button', { type: 'button', class: 'hw-button hw-record', 'data-type': 'primary', text: 'Stop recording' });
    this._clear = h('button', { type: 'button', class: 'hw-button', 'data-type': 'secondary', text: 'Clear recording' });
    this._player = h('audio', { controls: true, class: 'hw-audio-player' });
    this._stage.append(this._player);
    this._controls.append(this._record, this._stop, this._clear);
    /** @type {MediaRecorder|null} */
    this._recorder = null;
    this._hasRecording = false;
    this._record.addEventListener('click', () => this._start());
    this._stop.addEventListener('click', () => this._recorder?.stop());
    this._clear.addEventListener('click', () => {
      this._setRecording(null);
      this._send([]);
    });
    this.update(props, { ...props, value: undefined });
  }

  _refresh() {
    const recording = Boolean(this._recorder);
    const disabled = Boolean(this._props.disabled);
    this._record.hidden = recording;
    this._stop.hidden = !recording;
    this._clear.hidden = recording || !this._hasRecording;
    this._player.hidden = !this._player.src;
    for (const button of [this._record, this._stop, this._clear]) button.disabled = disabled;
  }

  _showValue(files) {
    this._hasRecording = files.length > 0;
    if (!this._hasRecording) this._setRecording(null);
  }

  async _start() {
    this._say('');
    try {
      this._stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this._stopStream();
      this._say(mediaError(error, 'microphone'));
      return this._refresh();
    }
    const chunks = [];
    const recorder = new MediaRecorder(this._stream);
    recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
    recorder.addEventListener('stop', () => this._finish(new Blob(chunks, { type: recorder.mimeType })));
    this._recorder = recorder;
    recorder.start();
    this._say('Recording…');
    this._refresh();
  }

  async _finish(recorded) {
    this._recorder = null;
    this._stopStream();
    this._say('');
    try {
      const wav = await recordingToWav(recorded, this._props.sample_rate);
      this._setRecording(new Blob([wav], { type: 'audio/wav' }));
      this._sendFile('audio.wav', 'audio/wav', wav);
    } catch (error) {
      this._say(`The recording could not be read: ${error?.message ?? error}`);
      this._refresh();
    }
  }

  _setRecording(blob) {
    if (this._player.src) URL.revokeObjectURL(this._player.src);
    this._hasRecording = Boolean(blob);
    if (blob) this._player.src = URL.createObjectURL(blob);
    else this._player.removeAttribute('src');
    this._refresh();
  }
}
