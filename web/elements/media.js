/**
 * Media: images, audio, video, PDFs and the logo. A source is bytes (shown
 * through an object URL, revoked when the element is replaced or removed) or
 * a URL string.
 */
import { h, equal, mediaUrl } from '../dom.js';

/** Object URLs for one view's bytes; `reset()` revokes them. */
class Sources {
  constructor() {
    /** @type {string[]} */
    this._urls = [];
  }

  /** @param {Uint8Array|string} src @param {string|null} [mime] */
  url(src, mime) {
    if (!(src instanceof Uint8Array)) return mediaUrl(src); // null: h() leaves the attribute out
    const url = URL.createObjectURL(new Blob([src], { type: mime ?? '' }));
    this._urls.push(url);
    return url;
  }

  reset() {
    for (const url of this._urls) URL.revokeObjectURL(url);
    this._urls = [];
  }
}

function _width(el, width) {
  el.style.width = typeof width === 'number' ? `${width}px` : '';
  el.dataset.width = typeof width === 'number' ? 'fixed' : width ?? 'stretch';
}

/** st.image: one or more images, each with its caption. */
export class Image {
  constructor(id, props) {
    this._sources = new Sources();
    this.el = h('div', { class: 'hw-images' });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._sources.reset();
    this.el.dataset.width = typeof props.width === 'number' ? 'fixed' : props.width ?? 'content';
    this.el.replaceChildren(
      ...(props.images ?? []).map((image) => {
        const img = h('img', { class: 'hw-image', src: this._sources.url(image.src, image.mime), alt: image.alt ?? image.caption ?? '' });
        if (typeof props.width === 'number') img.style.width = `${props.width}px`;
        const picture = props.link ? h('a', { href: props.link, target: '_blank', rel: 'noopener noreferrer' }, [img]) : img;
        return h('figure', { class: 'hw-figure', 'data-testid': 'stImage' }, [
          picture,
          ...(image.caption ? [h('figcaption', { class: 'hw-caption', 'data-testid': 'stImageCaption', text: image.caption })] : []),
        ]);
      }),
    );
  }

  destroy() {
    this._sources.reset();
  }
}

/** st.audio and st.video: a native player, starting at `start_time`, stopping at `end_time`. */
class Player {
  constructor(tag, props) {
    this._tag = tag;
    this._sources = new Sources();
    this.el = h('div', { class: `hw-media hw-${tag}` });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._sources.reset();
    _width(this.el, props.width);
    const src = props.src;
    if (this._tag === 'video' && typeof src === 'string' && src.startsWith('https://www.youtube.com/embed/')) {
      const url = new URL(src);
      if (props.start_time) url.searchParams.set('start', String(props.start_time));
      if (props.end_time) url.searchParams.set('end', String(props.end_time));
      if (props.autoplay) url.searchParams.set('autoplay', '1');
      if (props.muted) url.searchParams.set('mute', '1');
      if (props.loop) url.searchParams.set('loop', '1');
      this.el.replaceChildren(h('iframe', { class: 'hw-video-frame', src: url.href, title: props.alt ?? 'Video', allow: 'autoplay; encrypted-media; picture-in-picture', allowfullscreen: true }));
      return;
    }
    const player = h(this._tag, {
      controls: true,
      src: this._sources.url(src, props.mime),
      loop: props.loop,
      autoplay: props.autoplay,
      'aria-label': props.alt,
      'data-testid': this._tag === 'audio' ? 'stAudio' : 'stVideo',
    });
    // `muted` as an attribute only sets the default; autoplay needs the property.
    if (props.muted) player.muted = true;
    for (const track of props.subtitles ?? []) {
      player.append(h('track', { kind: 'subtitles', label: track.label, src: this._sources.url(track.src, 'text/vtt') }));
    }
    const start = props.start_time ?? 0;
    if (start) player.addEventListener('loadedmetadata', () => (player.currentTime = start), { once: true });
    if (props.end_time != null) {
      player.addEventListener('timeupdate', () => {
        if (player.currentTime < props.end_time) return;
        if (props.loop) player.currentTime = start;
        else player.pause();
      });
    }
    this.el.replaceChildren(player);
  }

  destroy() {
    this._sources.reset();
  }
}

export class Audio extends Player {
  constructor(id, props) {
    super('audio', props);
  }
}

export class Video extends Player {
  constructor(id, props) {
    super('video', props);
  }
}

/** st.pdf: the browser's PDF viewer in a frame, with a download link where there is none. */
export class Pdf {
  constructor(id, props) {
    this._sources = new Sources();
    this.el = h('div', { class: 'hw-pdf' });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._sources.reset();
    const url = this._sources.url(props.src, 'application/pdf');
    const frame = h('iframe', { class: 'hw-pdf-frame', src: url, title: props.alt ?? 'PDF document' });
    frame.style.height = typeof props.height === 'number' ? `${props.height}px` : '100%';
    this.el.replaceChildren(frame, h('a', { class: 'hw-pdf-link', href: url, download: 'document.pdf', text: 'Download PDF' }));
  }

  destroy() {
    this._sources.reset();
  }
}

/** st.logo: pinned to the top-left corner of the app; the icon image shows when space is short. */
export class Logo {
  constructor(id, props) {
    this._sources = new Sources();
    this.el = h('div', { class: 'hw-logo', 'data-testid': 'stLogo' });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._sources.reset();
    this.el.dataset.size = props.size ?? 'medium';
    const image = h('img', { class: 'hw-logo-image', src: this._sources.url(props.image.src, props.image.mime), alt: 'Logo' });
    const icon = props.icon_image
      ? h('img', { class: 'hw-logo-icon', src: this._sources.url(props.icon_image.src, props.icon_image.mime), alt: 'Logo' })
      : null;
    const content = [image, ...(icon ? [icon] : [])];
    this.el.replaceChildren(
      props.link ? h('a', { href: props.link, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'stLogoLink' }, content) : h('span', {}, content),
    );
  }

  destroy() {
    this._sources.reset();
  }
}
