#!/usr/bin/env node
// Builds every target from one source tree:
//   dist/chrome/  dist/firefox/  unpacked MV3 extensions, each with its own manifest.json
//   dist/node/    the library (exports ".") and the CLI
// Flags: --dev (source maps, no minification), --watch (rebuild on change; implies --dev),
//        --package (also writes dist/unwall-<browser>-<version>.zip).
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = import.meta.dirname;
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const baseManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

const GECKO_ID = 'unwall@unwall.app';

/** The only differences between the browsers' manifests. */
function manifestFor(target) {
  const manifest = structuredClone(baseManifest);
  manifest.version = pkg.version;
  if (target === 'firefox') {
    // Firefox MV3 runs the background as an event page and wants these keys (see browser-testing.md).
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  brief: 'src/content/brief.ts',
  autoconsent: 'src/content/autoconsent.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
  // The popup's worker: the brief (Readability, the core, linkedom) off every page's main thread.
  'brief-worker': 'src/popup/brief-worker.ts',
};

/**
 * esbuild rewrites a regexp literal with a `\p{…}` escape outside a character class into
 * `new RegExp("…")` for every target but esnext, although Chrome 64, Firefox 78 and Node 10 read
 * them. Inside a function that call builds a RegExp object on every call (fold() and isInitial()
 * run for nearly every word of an article). Every target here reads them natively: keep literals.
 */
const UNICODE_REGEXPS = { 'regexp-unicode-property-escapes': true };

function extensionOptions(target) {
  return {
    absWorkingDir: root,
    entryPoints: extensionEntries,
    outdir: join('dist', target),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    supported: UNICODE_REGEXPS,
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __FIREFOX__: String(target === 'firefox'), __DEV__: String(dev) },
    plugins: [readabilityWithoutInnerHtml, linkedomWithoutInnerHtml, staticFiles(target)],
  };
}

const nodeOptions = {
  absWorkingDir: root,
  entryPoints: { index: 'src/node/index.ts', cli: 'src/cli/unwall.ts', 'cli-worker': 'src/cli/worker.ts' },
  outdir: 'dist/node',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: UNICODE_REGEXPS,
  packages: 'external',
  sourcemap: dev ? 'linked' : false,
  logLevel: 'warning',
  define: { __FIREFOX__: 'false', __DEV__: String(dev) },
};

/**
 * Readability assigns innerHTML twice: to restore its working copy between attempts, and to
 * re-parse <noscript> images. Both run on our detached clone, never the live page, but Firefox's
 * add-on linter (web-ext lint, AMO review) rejects any dynamic innerHTML. This rewrites the two
 * statements to DOM-node equivalents in the extension bundles only (Node keeps the original),
 * and fails the build if Readability's source no longer has them, so the patch cannot rot silently.
 */
const READABILITY_PATCHES = [
  [
    'var pageCacheHtml = page.innerHTML;',
    'var pageCacheHtml = Array.from(page.childNodes, (n) => n.cloneNode(true));',
  ],
  [
    'page.innerHTML = pageCacheHtml;',
    'page.replaceChildren(...pageCacheHtml.map((n) => n.cloneNode(true)));',
  ],
  [
    'tmp.innerHTML = noscript.innerHTML;',
    'tmp.replaceChildren(...Array.from(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes, (n) => doc.importNode(n, true)));',
  ],
];
const readabilityWithoutInnerHtml = {
  name: 'readability-without-innerhtml',
  setup(build) {
    build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, ({ path }) => {
      let contents = readFileSync(path, 'utf8');
      for (const [from, to] of READABILITY_PATCHES) {
        if (!contents.includes(from))
          throw new Error(`Readability changed: "${from}" not found; review READABILITY_PATCHES`);
        contents = contents.split(from).join(to);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The same for linkedom, in the popup's brief worker: two innerHTML assignments on its own parsed
 * elements become the setter's own function (setInnerHtml), which is all the assignment calls.
 */
const LINKEDOM_PATCHES = {
  'interface/element.js': [['template.innerHTML = html;', 'setInnerHtml(template, html);']],
  'shared/utils.js': [
    ['elem.innerHTML = html;', 'setInnerHtml(elem, html);'],
    [
      "import {ELEMENT_NODE} from './constants.js';",
      "import {ELEMENT_NODE} from './constants.js';\nimport {setInnerHtml} from '../mixin/inner-html.js';",
    ],
  ],
};
const linkedomWithoutInnerHtml = {
  name: 'linkedom-without-innerhtml',
  setup(build) {
    build.onLoad(
      { filter: /linkedom[\\/]esm[\\/](interface[\\/]element|shared[\\/]utils)\.js$/ },
      ({ path }) => {
        const key = Object.keys(LINKEDOM_PATCHES).find((k) => path.replaceAll('\\', '/').endsWith(k));
        let contents = readFileSync(path, 'utf8');
        for (const [from, to] of LINKEDOM_PATCHES[key]) {
          if (!contents.includes(from))
            throw new Error(`linkedom changed: "${from}" not found in ${key}; review LINKEDOM_PATCHES`);
          contents = contents.split(from).join(to);
        }
        return { contents, loader: 'js' };
      },
    );
  },
};

/** Copies the manifest, popup and options pages, styles, icons and locales after each build of a target. */
function staticFiles(target) {
  return {
    name: 'static-files',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length) return;
        const out = join(root, 'dist', target);
        writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
        cpSync(join(root, 'src/popup/popup.html'), join(out, 'popup.html'));
        cpSync(join(root, 'src/popup/popup.css'), join(out, 'popup.css'));
        cpSync(join(root, 'src/options/options.html'), join(out, 'options.html'));
        cpSync(join(root, 'src/options/options.css'), join(out, 'options.css'));
        // The cleanup's hiding rules as the content script's static CSS (manifest content_scripts[0].css):
        // it applies where a page's CSP blocks the owned inline <style>. Same rules as CLEANUP_CSS.
        cpSync(join(root, 'src/content/cleanup/cleanup.css'), join(out, 'cleanup.css'));
        mkdirSync(join(out, 'icons'), { recursive: true });
        for (const size of [16, 32, 48, 128]) {
          cpSync(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
        }
        cpSync(join(root, 'src/_locales'), join(out, '_locales'), { recursive: true });
      });
    },
  };
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function zip(target) {
  const dir = join(root, 'dist', target);
  const files = Object.fromEntries(
    listFiles(dir)
      .filter((f) => !f.endsWith('.map'))
      .map((f) => [relative(dir, f), new Uint8Array(readFileSync(f))]),
  );
  const name = join(root, 'dist', `unwall-${target}-${pkg.version}.zip`);
  writeFileSync(name, zipSync(files, { level: 9 }));
  return relative(root, name);
}

if (watch) {
  for (const target of ['chrome', 'firefox']) {
    const ctx = await esbuild.context(extensionOptions(target));
    await ctx.watch();
  }
  const nodeCtx = await esbuild.context(nodeOptions);
  await nodeCtx.watch();
  console.log('Watching src/ — dist/chrome, dist/firefox and dist/node rebuild on change.');
} else {
  for (const target of ['chrome', 'firefox', 'node'])
    rmSync(join(root, 'dist', target), { recursive: true, force: true });
  await Promise.all([
    esbuild.build(extensionOptions('chrome')),
    esbuild.build(extensionOptions('firefox')),
    esbuild.build(nodeOptions),
  ]);
  // Type declarations of the library, so `import { briefFromHtml } from 'unwall'` is typed.
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (args.has('--package')) {
    for (const target of ['chrome', 'firefox']) console.log(`wrote ${zip(target)}`);
  }
  console.log(`built dist/chrome, dist/firefox, dist/node (${dev ? 'dev' : 'production'}) v${pkg.version}`);
}
