// The shim (the `streamlit` package) travels as one JSON file, {path: source}: static
// hosts compress JSON (not zips), and compressed as a whole it is a fifth smaller than a
// zip of separately compressed files. Shared by the worker and the exporter's compile
// step (build.py, under Node), so both install the very same sources.

/**
 * Write the shim's files into `site` (site-packages).
 * @param {any} pyodide
 * @param {Uint8Array} bytes streamlit.json
 * @param {string} site
 */
export function installShim(pyodide, bytes, site) {
  const files = JSON.parse(new TextDecoder().decode(bytes));
  for (const [path, source] of Object.entries(files)) {
    const full = `${site}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    pyodide.FS.writeFile(full, source);
  }
}
