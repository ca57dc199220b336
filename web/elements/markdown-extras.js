/**
 * Streamlit's additions to markdown, as `marked` extensions:
 *
 * - `:red[text]`, `:blue-background[text]`, `:green-badge[text]`, `:rainbow[text]`,
 *   `:small[text]`: coloured text, backgrounds and badges;
 * - `:smile:`: emoji shortcodes (a table of common ones; unknown codes stay text);
 * - `:material/icon_name:`: Material icons, in their font (loaded on first use, see `icon.js`);
 * - `$inline$` and `$$display$$` math, typeset later by KaTeX (see `math.js`).
 *
 * Colour names come from a fixed list, so a directive can only ever add one of
 * our own class names; everything else goes through the usual escaping.
 */

import { materialIconHtml } from './icon.js';

const COLORS = new Set(['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary', 'rainbow']);

/** Shortcode → emoji: the ones apps use most (Streamlit accepts the full GitHub list). */
export const EMOJI = {
  smile: '😄', smiley: '😃', grin: '😁', grinning: '😀', laughing: '😆', joy: '😂', rofl: '🤣',
  blush: '😊', wink: '😉', heart_eyes: '😍', star_struck: '🤩', kissing_heart: '😘', yum: '😋',
  sunglasses: '😎', nerd_face: '🤓', thinking: '🤔', thinking_face: '🤔', neutral_face: '😐',
  expressionless: '😑', unamused: '😒', roll_eyes: '🙄', smirk: '😏', relieved: '😌',
  pensive: '😔', confused: '😕', worried: '😟', slightly_smiling_face: '🙂', upside_down_face: '🙃',
  cry: '😢', sob: '😭', angry: '😠', rage: '😡', scream: '😱', sweat_smile: '😅', sweat: '😓',
  sleeping: '😴', sleepy: '😪', mask: '😷', innocent: '😇', cowboy_hat_face: '🤠', partying_face: '🥳',
  hugs: '🤗', shushing_face: '🤫', zipper_mouth_face: '🤐', exploding_head: '🤯', skull: '💀',
  ghost: '👻', alien: '👽', robot: '🤖', poop: '💩', clown_face: '🤡', see_no_evil: '🙈',
  wave: '👋', raised_hand: '✋', ok_hand: '👌', '+1': '👍', thumbsup: '👍', '-1': '👎', thumbsdown: '👎',
  clap: '👏', pray: '🙏', muscle: '💪', point_right: '👉', point_left: '👈', point_up: '☝️',
  point_down: '👇', raised_hands: '🙌', handshake: '🤝', v: '✌️', crossed_fingers: '🤞', eyes: '👀',
  brain: '🧠', heart: '❤️', orange_heart: '🧡', yellow_heart: '💛', green_heart: '💚',
  blue_heart: '💙', purple_heart: '💜', black_heart: '🖤', broken_heart: '💔', sparkling_heart: '💖',
  fire: '🔥', sparkles: '✨', star: '⭐', star2: '🌟', dizzy: '💫', boom: '💥', zap: '⚡',
  sunny: '☀️', cloud: '☁️', umbrella: '☔', snowflake: '❄️', rainbow: '🌈', ocean: '🌊',
  earth_americas: '🌎', earth_africa: '🌍', earth_asia: '🌏', globe_with_meridians: '🌐',
  moon: '🌙', new_moon: '🌑', full_moon: '🌕', droplet: '💧', seedling: '🌱', evergreen_tree: '🌲',
  deciduous_tree: '🌳', palm_tree: '🌴', cactus: '🌵', herb: '🌿', four_leaf_clover: '🍀',
  fallen_leaf: '🍂', maple_leaf: '🍁', rose: '🌹', sunflower: '🌻', tulip: '🌷', cherry_blossom: '🌸',
  dog: '🐶', cat: '🐱', mouse: '🐭', rabbit: '🐰', fox_face: '🦊', bear: '🐻', panda_face: '🐼',
  tiger: '🐯', lion: '🦁', cow: '🐮', pig: '🐷', frog: '🐸', monkey: '🐒', chicken: '🐔',
  penguin: '🐧', bird: '🐦', owl: '🦉', snake: '🐍', turtle: '🐢', fish: '🐟', whale: '🐳',
  dolphin: '🐬', octopus: '🐙', crab: '🦀', bug: '🐛', bee: '🐝', honeybee: '🐝', butterfly: '🦋',
  unicorn: '🦄', dragon: '🐉', apple: '🍎', green_apple: '🍏', banana: '🍌', cherries: '🍒',
  strawberry: '🍓', grapes: '🍇', watermelon: '🍉', lemon: '🍋', peach: '🍑', pineapple: '🍍',
  avocado: '🥑', tomato: '🍅', corn: '🌽', carrot: '🥕', bread: '🍞', cheese: '🧀', pizza: '🍕',
  hamburger: '🍔', fries: '🍟', taco: '🌮', sushi: '🍣', ramen: '🍜', cake: '🍰', birthday: '🎂',
  cookie: '🍪', chocolate_bar: '🍫', candy: '🍬', doughnut: '🍩', icecream: '🍦', coffee: '☕',
  tea: '🍵', beer: '🍺', beers: '🍻', wine_glass: '🍷', cocktail: '🍸', champagne: '🍾',
  tada: '🎉', confetti_ball: '🎊', balloon: '🎈', gift: '🎁', trophy: '🏆', medal: '🏅',
  first_place_medal: '🥇', second_place_medal: '🥈', third_place_medal: '🥉', soccer: '⚽',
  basketball: '🏀', football: '🏈', baseball: '⚾', tennis: '🎾', video_game: '🎮', dart: '🎯',
  game_die: '🎲', art: '🎨', musical_note: '🎵', notes: '🎶', microphone: '🎤', headphones: '🎧',
  guitar: '🎸', movie_camera: '🎥', camera: '📷', tv: '📺', computer: '💻', desktop_computer: '🖥️',
  keyboard: '⌨️', iphone: '📱', phone: '☎️', telephone: '☎️', battery: '🔋', bulb: '💡',
  flashlight: '🔦', wrench: '🔧', hammer: '🔨', hammer_and_wrench: '🛠️', gear: '⚙️', nut_and_bolt: '🔩',
  link: '🔗', lock: '🔒', unlock: '🔓', key: '🔑', mag: '🔍', mag_right: '🔎', bell: '🔔',
  bookmark: '🔖', book: '📖', books: '📚', notebook: '📓', memo: '📝', pencil: '📝', pencil2: '✏️',
  page_facing_up: '📄', clipboard: '📋', pushpin: '📌', round_pushpin: '📍', paperclip: '📎',
  scissors: '✂️', file_folder: '📁', open_file_folder: '📂', calendar: '📆', date: '📅',
  chart_with_upwards_trend: '📈', chart_with_downwards_trend: '📉', bar_chart: '📊', card_index: '📇',
  package: '📦', email: '📧', envelope: '✉️', inbox_tray: '📥', outbox_tray: '📤', mailbox: '📫',
  moneybag: '💰', dollar: '💵', euro: '💶', pound: '💷', yen: '💴', credit_card: '💳', gem: '💎',
  chart: '💹', hourglass: '⌛', hourglass_flowing_sand: '⏳', watch: '⌚', alarm_clock: '⏰',
  stopwatch: '⏱️', timer_clock: '⏲️', clock: '🕐', rocket: '🚀', airplane: '✈️', car: '🚗',
  red_car: '🚗', taxi: '🚕', bus: '🚌', train: '🚆', bike: '🚲', ship: '🚢', anchor: '⚓',
  construction: '🚧', rotating_light: '🚨', house: '🏠', office: '🏢', hospital: '🏥', school: '🏫',
  bank: '🏦', hotel: '🏨', tent: '⛺', mountain: '⛰️', volcano: '🌋', desert: '🏜️', beach_umbrella: '🏖️',
  world_map: '🗺️', japan: '🗾', statue_of_liberty: '🗽', flag_white: '🏳️', checkered_flag: '🏁',
  triangular_flag_on_post: '🚩', white_check_mark: '✅', heavy_check_mark: '✔️', ballot_box_with_check: '☑️',
  x: '❌', negative_squared_cross_mark: '❎', heavy_multiplication_x: '✖️', heavy_plus_sign: '➕',
  heavy_minus_sign: '➖', heavy_division_sign: '➗', question: '❓', grey_question: '❔',
  exclamation: '❗', grey_exclamation: '❕', bangbang: '‼️', warning: '⚠️', no_entry: '⛔',
  no_entry_sign: '🚫', stop_sign: '🛑', information_source: 'ℹ️', bulb_idea: '💡', recycle: '♻️',
  100: '💯', new: '🆕', free: '🆓', up: '🆙', cool: '🆒', ok: '🆗', sos: '🆘', top: '🔝',
  arrow_up: '⬆️', arrow_down: '⬇️', arrow_left: '⬅️', arrow_right: '➡️', arrow_forward: '▶️',
  arrow_backward: '◀️', arrows_counterclockwise: '🔄', repeat: '🔁', fast_forward: '⏩', rewind: '⏪',
  red_circle: '🔴', orange_circle: '🟠', yellow_circle: '🟡', green_circle: '🟢', large_blue_circle: '🔵',
  blue_circle: '🔵', purple_circle: '🟣', black_circle: '⚫', white_circle: '⚪', red_square: '🟥',
  green_square: '🟩', blue_square: '🟦', yellow_square: '🟨', large_orange_diamond: '🔶',
  large_blue_diamond: '🔷', small_red_triangle: '🔺', small_red_triangle_down: '🔻', speech_balloon: '💬',
  thought_balloon: '💭', zzz: '💤', wastebasket: '🗑️', shield: '🛡️', crown: '👑', tophat: '🎩',
  mortar_board: '🎓', eyeglasses: '👓', lipstick: '💄', ring: '💍', dna: '🧬', microscope: '🔬',
  telescope: '🔭', satellite: '📡', test_tube: '🧪', pill: '💊', syringe: '💉', thermometer: '🌡️',
  magnet: '🧲', compass: '🧭', puzzle_piece: '🧩', teddy_bear: '🧸', abacus: '🧮', snake_python: '🐍',
  balloon_red: '🎈', ribbon: '🎀', joystick: '🕹️', man_technologist: '👨‍💻', woman_technologist: '👩‍💻',
  technologist: '🧑‍💻', scientist: '🧑‍🔬', detective: '🕵️', ninja: '🥷', superhero: '🦸',
  baby: '👶', boy: '👦', girl: '👧', man: '👨', woman: '👩', older_man: '👴', older_woman: '👵',
  family: '👪', couple: '👫', busts_in_silhouette: '👥', bust_in_silhouette: '👤', runner: '🏃',
  running: '🏃', walking: '🚶', dancer: '💃', swimmer: '🏊', bicyclist: '🚴', weight_lifting: '🏋️',
  lotus_position: '🧘', sleeping_bed: '🛌', jack_o_lantern: '🎃', christmas_tree: '🎄', santa: '🎅',
  snowman: '☃️', fireworks: '🎆', sparkler: '🎇', flag_us: '🇺🇸', us: '🇺🇸', gb: '🇬🇧', uk: '🇬🇧',
  fr: '🇫🇷', de: '🇩🇪', jp: '🇯🇵', cn: '🇨🇳', it: '🇮🇹', es: '🇪🇸', kr: '🇰🇷', ru: '🇷🇺',
  balance_scale: '⚖️', label: '🏷️', mega: '📣', loudspeaker: '📢', speaker: '🔈', mute: '🔇',
  sound: '🔉', loud_sound: '🔊', hourglass_done: '⌛', infinity: '♾️', copyright: '©️',
  registered: '®️', tm: '™️', hash: '#️⃣', one: '1️⃣', two: '2️⃣', three: '3️⃣', four: '4️⃣',
  five: '5️⃣', six: '6️⃣', seven: '7️⃣', eight: '8️⃣', nine: '9️⃣', keycap_ten: '🔟', zero: '0️⃣',
};

/** @param {string} text */
function escapeText(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The index of the `]` closing the `[` at `open`, honouring nesting and backslash escapes; -1 if none. */
function closingBracket(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const char = src[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
    else if (char === '\n' && src[i + 1] === '\n') return -1;
  }
  return -1;
}

/** `:color[text]`, `:color-background[text]`, `:color-badge[text]`, `:small[text]`. */
const directive = {
  name: 'hwDirective',
  level: 'inline',
  start: (src) => src.match(/:[a-z]+(?:-background|-badge)?\[/)?.index,
  tokenizer(src) {
    const head = /^:([a-z]+)(?:-(background|badge))?\[/.exec(src);
    if (!head) return undefined;
    const [, name, variant] = head;
    if (name === 'small' ? variant : !COLORS.has(name)) return undefined;
    const close = closingBracket(src, head[0].length - 1);
    if (close < 0) return undefined;
    const text = src.slice(head[0].length, close);
    return { type: 'hwDirective', raw: src.slice(0, close + 1), name, variant: variant ?? null, tokens: this.lexer.inlineTokens(text) };
  },
  renderer(token) {
    const color = token.name === 'grey' ? 'gray' : token.name;
    const inner = this.parser.parseInline(token.tokens);
    if (token.name === 'small') return `<span class="hw-small">${inner}</span>`;
    const kind = token.variant === 'background' ? 'hw-bg' : token.variant === 'badge' ? 'hw-badge' : 'hw-color';
    return `<span class="${kind} ${kind}-${color}">${inner}</span>`;
  },
};

/** `:smile:` and `:material/icon_name:`. */
const shortcode = {
  name: 'hwShortcode',
  level: 'inline',
  start: (src) => src.match(/:(?:material\/)?[a-z0-9_+-]+:/)?.index,
  tokenizer(src) {
    const match = /^:(material\/)?([a-z0-9_+-]+):/.exec(src);
    if (!match) return undefined;
    const [raw, material, name] = match;
    if (!material && !Object.hasOwn(EMOJI, name)) return undefined;
    return { type: 'hwShortcode', raw, material: Boolean(material), name };
  },
  renderer({ material, name }) {
    return material ? materialIconHtml(name) : EMOJI[name];
  },
};

/** `$$…$$` as a block of its own. */
const blockMath = {
  name: 'hwBlockMath',
  level: 'block',
  start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
  tokenizer(src) {
    const match = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    if (match) return { type: 'hwBlockMath', raw: match[0], tex: match[1].trim(), display: true };
    return undefined;
  },
  renderer: ({ tex }) => `<div class="hw-math" data-display="true">${escapeText(tex)}</div>`,
};

/**
 * `$…$` inline (and `$$…$$` inside a paragraph). As in pandoc, the opening `$`
 * must not be followed by a space nor the closing one preceded by one, so
 * "from $5 to $10" stays text.
 */
const inlineMath = {
  name: 'hwInlineMath',
  level: 'inline',
  start: (src) => src.indexOf('$') >= 0 ? src.indexOf('$') : undefined,
  tokenizer(src) {
    const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
    if (display) return { type: 'hwInlineMath', raw: display[0], tex: display[1].trim(), display: true };
    const inline = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
    if (inline) return { type: 'hwInlineMath', raw: inline[0], tex: inline[1], display: false };
    return undefined;
  },
  renderer: ({ tex, display }) => `<span class="hw-math" data-display="${display}">${escapeText(tex)}</span>`,
};

/** The extensions, for `new Marked({extensions})`. */
export const streamlitExtensions = [blockMath, inlineMath, directive, shortcode];
