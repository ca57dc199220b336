// A star rating as a Streamlit component: it speaks the component messages
// (what streamlit-component-lib sends) without depending on the library.
let stars = 0;

function send(type, data) {
  window.parent.postMessage({ isStreamlitMessage: true, type, ...data }, '*');
}

function draw() {
  const group = document.getElementById('stars');
  group.replaceChildren(
    ...[1, 2, 3, 4, 5].map((n) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '★';
      button.className = n <= stars ? 'on' : '';
      button.setAttribute('aria-label', `Rate ${n} star${n === 1 ? '' : 's'}`);
      button.setAttribute('aria-pressed', String(n === stars));
      button.addEventListener('click', () => {
        stars = n;
        draw();
        send('streamlit:setComponentValue', { value: n, dataType: 'json' });
      });
      return button;
    }),
  );
  send('streamlit:setFrameHeight', { height: document.documentElement.scrollHeight });
}

window.addEventListener('message', (event) => {
  if (event.data?.type !== 'streamlit:render') return;
  stars = event.data.args.stars ?? 0;
  draw();
});

window.addEventListener('DOMContentLoaded', () => {
  draw();
  send('streamlit:componentReady', { apiVersion: 1 });
});
