// What an app that bundles net-widgets writes to hydrate server-rendered widgets: Lit's hydration support first,
// then the widgets (static imports run in order).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '/dist/index.js';
