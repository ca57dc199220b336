/**
 * Headwater's page API: `mount()` and the `<headwater-app>` element.
 * @example
 *   import { mount } from './headwater.js';
 *   const app = mount(document.querySelector('#app'), {files, entrypoint: 'app.py'});
 */
export { mount } from './mount.js';
export { HeadwaterApp } from './app-element.js';
export { keepOffline } from './offline.js';
