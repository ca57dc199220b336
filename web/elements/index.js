/**
 * Element kinds (see docs/protocol.md) mapped to their views. A view is a
 * class: `new View(id, props, ctx)` builds `el`; `update(props, prev)`
 * patches it in place; an optional `destroy()` releases what it holds.
 *
 * @typedef {object} View
 * @property {HTMLElement} el
 * @property {(props: object, prev: object) => void} update
 * @property {() => void} [destroy]
 */
import { h } from '../dom.js';
import { Markdown, Heading, Text, Code, Divider, Alert, Spinner } from './text.js';
import { Json } from './json.js';
import { Exception } from './exception.js';
import { Dataframe, Table } from './data.js';
import { VegaLite } from './chart.js';
import { DataEditor } from './data-editor.js';
import { Help } from './help.js';
import { Html } from './html.js';
import { MapChart } from './map.js';
import { Metric } from './metric.js';
import { PlotlyChart } from './plotly-chart.js';
import { lazyView } from './lazy-view.js';
import { Pyplot } from './pyplot.js';
import { Block, Empty, Space } from './layout.js';
import { Progress, Toast, Balloons, Snow } from './status.js';
import { ChatInput } from './chat.js';
import { Image, Audio, Video, Pdf, Logo } from './media.js';
import { Slider } from './slider.js';
import { Button, DownloadButton, FormSubmitButton, LinkButton } from './button.js';
import { ButtonGroup, Feedback } from './button-group.js';
import { ColorPicker } from './color-picker.js';
import { DateInput, DateTimeInput, TimeInput } from './date-input.js';
import { FileUploader } from './file-uploader.js';
import { Form } from './form.js';
import { AudioInput, CameraInput } from './media-input.js';
import { Multiselect } from './multiselect.js';
import { Radio } from './radio.js';
import { TextArea } from './text-area.js';
import { Toggle } from './toggle.js';
import { Checkbox } from './checkbox.js';
import { Selectbox } from './selectbox.js';
import { TextInput } from './text-input.js';
import { NumberInput } from './number-input.js';
import { PageLink } from './page-link.js';
import { Iframe, Component } from './frame.js';
import { Grid, GridCell } from './grid-container.js';
import { MenuButton } from './menu-button.js';
import { Pagination } from './pagination.js';
import { Skeleton } from './skeleton.js';

// Big libraries, rarely used: their views come with them, on first use.
const GraphvizChart = lazyView(() => import('./graphviz-chart.js').then((m) => m.GraphvizChart));
const EChartsChart = lazyView(() => import('./echarts-chart.js').then((m) => m.EChartsChart));

/** kind → [view, Streamlit's data-testid (so tests written for Streamlit find things; a block sets its own)] */
const _views = {
  markdown: [Markdown, 'stMarkdown'],
  heading: [Heading, 'stHeading'],
  text: [Text, 'stText'],
  code: [Code, 'stCode'],
  json: [Json, 'stJson'],
  divider: [Divider, 'stDivider'],
  alert: [Alert, 'stAlert'],
  exception: [Exception, 'stException'],
  spinner: [Spinner, 'stSpinner'],
  dataframe: [Dataframe, 'stDataFrame'],
  table: [Table, 'stTable'],
  vega_lite: [VegaLite, 'stVegaLiteChart'],
  data_editor: [DataEditor, 'stDataFrame'],
  metric: [Metric, 'stMetric'],
  pyplot: [Pyplot, 'stImage'],
  plotly_chart: [PlotlyChart, 'stPlotlyChart'],
  graphviz_chart: [GraphvizChart, 'stGraphVizChart'],
  echarts_chart: [EChartsChart, 'stEChartsChart'],
  map: [MapChart, 'stDeckGlJsonChart'],
  help: [Help, 'stHelp'],
  html: [Html, 'stHtml'],
  block: [Block, null],
  empty: [Empty, 'stEmpty'],
  space: [Space, 'stSpace'],
  progress: [Progress, 'stProgress'],
  toast: [Toast, 'stToast'],
  balloons: [Balloons, 'stBalloons'],
  snow: [Snow, 'stSnow'],
  chat_input: [ChatInput, 'stChatInput'],
  image: [Image, 'stImageContainer'],
  audio: [Audio, 'stAudioContainer'],
  video: [Video, 'stVideoContainer'],
  pdf: [Pdf, 'stPdf'],
  logo: [Logo, 'stLogo'],
  slider: [Slider, 'stSlider'],
  button: [Button, 'stButton'],
  checkbox: [Checkbox, 'stCheckbox'],
  selectbox: [Selectbox, 'stSelectbox'],
  text_input: [TextInput, 'stTextInput'],
  number_input: [NumberInput, 'stNumberInput'],
  toggle: [Toggle, 'stCheckbox'],
  radio: [Radio, 'stRadio'],
  multiselect: [Multiselect, 'stMultiSelect'],
  button_group: [ButtonGroup, 'stButtonGroup'],
  feedback: [Feedback, 'stFeedback'],
  select_slider: [Slider, 'stSlider'],
  text_area: [TextArea, 'stTextArea'],
  date_input: [DateInput, 'stDateInput'],
  time_input: [TimeInput, 'stTimeInput'],
  datetime_input: [DateTimeInput, 'stDateTimeInput'],
  color_picker: [ColorPicker, 'stColorPicker'],
  file_uploader: [FileUploader, 'stFileUploader'],
  camera_input: [CameraInput, 'stCameraInput'],
  audio_input: [AudioInput, 'stAudioInput'],
  download_button: [DownloadButton, 'stDownloadButton'],
  link_button: [LinkButton, 'stLinkButton'],
  form_submit_button: [FormSubmitButton, 'stFormSubmitButton'],
  page_link: [PageLink, 'stPageLink'],
  iframe: [Iframe, 'stIFrame'],
  component: [Component, 'stCustomComponentV1'],
  skeleton: [Skeleton, 'stSkeleton'],
  pagination: [Pagination, 'stPagination'],
  menu_button: [MenuButton, 'stMenuButton'],
};

/** Blocks whose `layout` has a view of its own, outside layout.js. */
const _blocks = { form: [Form, 'stForm'], grid: [Grid, 'stGrid'], grid_cell: [GridCell, 'stGridCell'] };

/**
 * @param {string} kind
 * @param {string|null} id
 * @param {object} props
 * @param {import('./widget.js').RenderContext} ctx
 * @returns {View}
 */
export function createView(kind, id, props, ctx) {
  // A form or a grid is a block (its children arrive as their own deltas) with a view of its own.
  const entry = (kind === 'block' && _blocks[props.layout]) || _views[kind];
  if (!entry) return new _Unknown(kind);
  const [View, testId] = entry;
  const view = new View(id, props, ctx);
  if (testId) view.el.dataset.testid = testId;
  return view;
}

/** A kind this page does not know: a newer shim talking to an older page. */
class _Unknown {
  constructor(kind) {
    this.el = h('div', { class: 'hw-alert', 'data-level': 'warning', text: `Headwater cannot draw "${kind}" elements yet.` });
  }

  update() {}
}
