// Bytes on the wire: each CDN file, beside the floors any implementation pays (Lit alone, the content alone, both).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { CDN_BUNDLE, CDN_LOCALE_BUNDLES, CDN_TERSER_OPTIONS, WIDGETS } from '../../scripts/widgets.mjs';
import { withoutLocaleLoaders } from '../../scripts/without-locale-loaders.mjs';
import { runtimeJson, withoutEditorNotes } from '../../scripts/runtime-json.mjs';

/** Raw, gzip (level 9, as the byte-budget test) and brotli (quality 11) sizes of some bytes. */
export function sizesOf(bytes) {
  const buf = Buffer.from(bytes);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The plugins rollup.config.mjs uses for the CDN files. */
const cdnPlugins = () => [
  withoutLocaleLoaders(),
  nodeResolve({ browser: true }),
  runtimeJson(),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', legalComments: 'none' }),
  terser(CDN_TERSER_OPTIONS),
];

/** Bundles a one-file entry exactly as rollup.config.mjs bundles the CDN files: node-resolve, JSON, terser. */
async function bundleLikeCdn(entryCode, workDir) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, entryCode);
  try {
    const build = await rollup({ input: entry, onwarn: () => {}, plugins: cdnPlugins() });
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    await build.close();
    return output[0].code;
  } finally {
    rmSync(entry, { force: true });
  }
}

/** Which part of the project or which package a bundled module comes from. */
function groupOf(id, root) {
  const path = relative(root, id.replace(/^\0/, '').split('?')[0]).replaceAll('\\', '/');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg) ? 'lit' : pkg;
  // English content files by name (drugs.json), other languages' with their folder (fr/drugs.json).
  if (path.startsWith('data/')) return `content: ${path.replace('data/en/', '').replace('data/', '')}`;
  const src = path.match(/^src\/([^/]+)\//)?.[1];
  return src ? `src/${src}` : path;
}

/**
 * What a CDN file is made of: bundles its entry as rollup.config.mjs does and groups the modules (Lit, each other
 * package, each content file, each src/ folder). Sizes are each group's code minified and gzipped on its own: they
 * do not add up exactly to the file's size (gzip shares a dictionary across the file) but rank what is big.
 */
export async function composition(entry, root) {
  const build = await rollup({ input: join(root, entry), onwarn: () => {}, plugins: cdnPlugins() });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const groups = new Map();
  for (const [id, mod] of Object.entries(output[0].modules)) {
    if (!mod.code) continue;
    const g = groupOf(id, root);
    groups.set(g, `${groups.get(g) ?? ''}\n${mod.code}`);
  }
  const parts = [];
  for (const [group, code] of groups) {
    const min = (await transform(code, { minify: true, target: 'es2021', loader: 'js' })).code;
    parts.push({ group, min: Buffer.byteLength(min), gzip: gzipSync(min, { level: 9 }).length });
  }
  return parts.sort((a, b) => b.gzip - a.gzip);
}

/** Every JSON file in data/en, minified and concatenated as the bundles carry it: the content with no code around it. */
function contentAlone(dataDir) {
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
  const text = files.map((f) => JSON.stringify(withoutEditorNotes(JSON.parse(readFileSync(join(dataDir, f), 'utf8')))));
  return { files, text: text.join('\n') };
}

/**
 * Sizes of the CDN files and of three floors: Lit alone (`export * from 'lit'`), the English content alone, and Lit
 * with the content bundled the same way (what a page needs before a single line of our own code).
 */
export async function measureSizes({ root, workDir }) {
  const dataDir = join(root, 'data/en');
  const content = contentAlone(dataDir);
  const litCode = await bundleLikeCdn(`export * from 'lit';\n`, workDir);
  /** Lit and some content files, bundled like a CDN file: what that file needs before any code of ours. */
  const litWith = async (files) => {
    const imports = files.map((f, i) => `export { default as c${i} } from ${JSON.stringify(relative(workDir, f.includes('/') ? join(root, 'data', f) : join(dataDir, f)).replaceAll('\\', '/'))};`);
    return sizesOf(await bundleLikeCdn([`export * from 'lit';`, ...imports].join('\n'), workDir));
  };

  const floors = {
    lit: sizesOf(litCode),
    content: { ...sizesOf(content.text), files: content.files },
    litPlusContent: await litWith(content.files),
  };
  const entries = [
    { file: CDN_BUNDLE, entry: 'src/index.ts' },
    ...CDN_LOCALE_BUNDLES.map((b) => ({ file: b.file, entry: b.input })),
    ...WIDGETS.map((w) => ({ file: `dist/cdn/${w.tag}.js`, entry: w.entry })),
  ];
  const files = [];
  for (const { file, entry } of entries) {
    const s = sizesOf(readFileSync(join(root, file)));
    const parts = await composition(entry, root);
    const contentFiles = parts.filter((p) => p.group.startsWith('content: ')).map((p) => p.group.slice('content: '.length));
    const floor = { ...(await litWith(contentFiles)), contentFiles };
    files.push({
      file,
      ...s,
      gzipOverLit: +(s.gzip / floors.lit.gzip).toFixed(2),
      // The file's own floor: Lit and the content files it carries.
      floor,
      gzipOverFloor: +(s.gzip / floor.gzip).toFixed(2),
      composition: parts,
    });
  }
  return { floors, files };
}
