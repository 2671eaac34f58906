#!/usr/bin/env node
// Checks the built package against what package.json promises, after `npm run build`:
// - every exports target exists, and each subpath names its types first (TypeScript picks the
//   first matching condition, so `types` after `default` is never read);
// - `type: module`, `sideEffects: ["*.css"]` (JS tree-shakes, the stylesheet import stays) and
//   `files: ["dist"]`;
// - the React entry starts with the 'use client' directive, and the framework-free entries
//   (core, transports, server, and each language, messages/<tag>) neither carry it nor reach React,
//   Radix or the DOM-only parts through any import (a language may reach hooks/messages.js and
//   hooks/invitation-messages.js, the built-in English strings, which import no React: its imports are checked like any other);
// - every package a built file imports is a dependency or a peer dependency, so the host's install
//   brings it (a devDependency would resolve here and fail there).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const fail = (message) => problems.push(message);

// ─── package.json ───
if (pkg.type !== 'module') fail(`"type" is ${JSON.stringify(pkg.type)}, expected "module"`);
if (JSON.stringify(pkg.sideEffects) !== JSON.stringify(['*.css'])) fail(`"sideEffects" is ${JSON.stringify(pkg.sideEffects)}, expected ["*.css"]`);
if (JSON.stringify(pkg.files) !== JSON.stringify(['dist'])) fail(`"files" is ${JSON.stringify(pkg.files)}, expected ["dist"]`);

// The sixteen languages of issue #15, each its own import.
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl', 'sv', 'tr', 'ja', 'ko', 'zh-CN', 'zh-TW', 'ar', 'he'];
const REQUIRED_SUBPATHS = ['.', './core', './transports', './server', './styles.css', ...LANGUAGES.map((tag) => `./messages/${tag}`)];
for (const subpath of REQUIRED_SUBPATHS) if (!(subpath in pkg.exports)) fail(`exports has no "${subpath}"`);

const entries = {};
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') {
    if (!existsSync(join(root, target))) fail(`exports["${subpath}"] → ${target} does not exist`);
    continue;
  }
  const conditions = Object.keys(target);
  if (conditions[0] !== 'types') fail(`exports["${subpath}"] lists ${conditions.join(', ')}: "types" must come first`);
  for (const [condition, file] of Object.entries(target)) {
    if (!existsSync(join(root, file))) fail(`exports["${subpath}"].${condition} → ${file} does not exist`);
  }
  if (target.types && !/\.d\.([a-z]+\.)?ts$/.test(target.types)) fail(`exports["${subpath}"].types → ${target.types} is not a declaration file`);
  if (target.default?.endsWith('.js')) entries[subpath] = join(root, target.default);
}
for (const field of ['main', 'module', 'types']) {
  if (pkg[field] && !existsSync(join(root, pkg[field]))) fail(`"${field}" → ${pkg[field]} does not exist`);
}

// ─── The module graph of the built JS ───
const IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier);

/** Every built file reachable from `entry` by relative imports, with the bare specifiers it imports. */
function graph(entry) {
  const files = new Map();
  const visit = (file) => {
    if (files.has(file)) return;
    if (!existsSync(file)) {
      fail(`${relative(root, file)} is imported but was not built`);
      return;
    }
    const bare = new Set();
    files.set(file, bare);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(entry);
  return files;
}

const installed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const REACT_ONLY = /^(react|react-dom|@radix-ui\/.*)$/;

for (const [subpath, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const files = graph(entry);
  const first = readFileSync(entry, 'utf8').trimStart();
  const directive = /^(['"])use client\1/.test(first);
  const isReactEntry = subpath === '.';
  if (isReactEntry && !directive) fail(`${relative(root, entry)} (the React entry) does not start with 'use client'`);
  if (!isReactEntry && directive) fail(`${relative(root, entry)} (${subpath}) starts with 'use client', but it is framework-free`);

  for (const [file, bare] of files) {
    const where = `${relative(root, file)} (reached from "${subpath}")`;
    for (const specifier of bare) {
      const name = packageName(specifier);
      if (isBuiltin(specifier)) {
        // A Node built-in would break every browser bundle of these entries.
        if (subpath !== './server') fail(`${where} imports the Node built-in ${specifier}`);
      } else if (!installed.has(name)) {
        fail(`${where} imports ${specifier}, but ${name} is neither a dependency nor a peer dependency`);
      } else if (!isReactEntry && REACT_ONLY.test(name)) {
        fail(`${where} imports ${specifier}: "${subpath}" must not need React`);
      }
    }
    const strings = subpath.startsWith('./messages/') && /\/dist\/hooks\/(invitation-)?messages\.js$/.test(file);
    if (!isReactEntry && !strings && /\/dist\/(components|hooks)\//.test(file)) fail(`${where} is React code in a framework-free entry`);
  }
}

if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: exports map, 'use client', sideEffects, files and the import graphs of ${Object.keys(entries).length} entries are as promised`);
