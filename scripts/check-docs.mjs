#!/usr/bin/env node
// The docs compile and work as written: every code example a reader can paste (the TypeScript
// blocks of README.md and the example files the docs pages show, stories/docs/examples/) is
// type-checked against the BUILT package's declarations, under the strictest settings a host may
// use (`strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`):
//   - browser code with the DOM lib;
//   - server code (anything importing invite-kit/server or node:*) WITHOUT the DOM lib, as in a
//     Node-only tsconfig, so the server-side types must not lean on DOM-only names.
// It also holds the rule of where things can be imported: the package root is client-only, so a
// module importing from 'invite-kit' must start with 'use client' (a Server Component pasting it
// would fail at request time otherwise), and server code never imports the root.
// Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './host-apps.mjs';

const work = join(root, 'node_modules/.cache/invite-kit-docs');
const examples = join(root, 'stories/docs/examples');
const problems = [];

if (!existsSync(join(root, 'dist/types/index.d.ts'))) {
  console.error('check-docs: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// ─── The snippets ───
/** @type {Array<{ name: string; code: string; from: string }>} */
const snippets = [];
const readme = readFileSync(join(root, 'README.md'), 'utf8');
let block = 0;
for (const match of readme.matchAll(/```(tsx?|ts)\n([\s\S]*?)```/g)) {
  block++;
  // A fragment (`batch.addText(pasted)` …) says what a call does; it is not a file to paste.
  if (/^\s*\/\/ fragment/m.test(match[2])) continue;
  snippets.push({ name: `readme-${block}.${match[1]}`, code: match[2], from: `README.md, code block ${block}` });
}
for (const file of readdirSync(examples)) {
  if (!/\.tsx?$/.test(file) || file.endsWith('.d.ts')) continue;
  snippets.push({ name: `example-${file}`, code: readFileSync(join(examples, file), 'utf8'), from: `stories/docs/examples/${file}` });
}

const isServer = (code) => /from ['"](invite-kit\/server|node:[^'"]+)['"]/.test(code);
for (const { code, from } of snippets) {
  const client = /from ['"]invite-kit['"]/.test(code);
  if (client && !/^\s*(\/\/[^\n]*\n\s*)*['"]use client['"]/.test(code)) {
    problems.push(`${from}: imports the client-only package root without 'use client' at the top`);
  }
  if (client && isServer(code)) problems.push(`${from}: server code imports the client-only package root`);
}

// ─── Type-check, in two programs ───
const paths = {
  'invite-kit': [join(root, 'dist/types/index.d.ts')],
  'invite-kit/core': [join(root, 'dist/types/core/index.d.ts')],
  'invite-kit/transports': [join(root, 'dist/types/transports/index.d.ts')],
  'invite-kit/server': [join(root, 'dist/types/server/index.d.ts')],
  'invite-kit/styles.css': [join(root, 'dist/styles.d.css.ts')],
  'invite-kit/messages/*': [join(root, 'dist/types/messages/*.d.ts')],
};
const strictest = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  jsx: 'react-jsx',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
  allowArbitraryExtensions: true,
  typeRoots: [join(root, 'node_modules/@types')],
  paths,
};
const programs = [
  { label: 'browser code (DOM lib)', lib: ['ES2023', 'DOM', 'DOM.Iterable'], server: false },
  { label: 'server code (Node types only, no DOM lib)', lib: ['ES2023'], server: true },
];
for (const program of programs) {
  const dir = join(work, program.server ? 'server' : 'browser');
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const snippet of snippets) {
    if (isServer(snippet.code) !== program.server) continue;
    writeFileSync(join(dir, snippet.name), snippet.code);
    files.push(snippet.name);
  }
  // Examples that import each other (a page and its client component) find their neighbours.
  for (const file of readdirSync(examples)) {
    if (/\.tsx?$/.test(file) && !files.includes(`example-${file}`)) writeFileSync(join(dir, file), readFileSync(join(examples, file)));
  }
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/from '\.\/([\w-]+)'/g, (whole, name) =>
      existsSync(join(dir, `example-${name}.ts`)) || existsSync(join(dir, `example-${name}.tsx`)) ? `from './example-${name}'` : whole,
    );
    writeFileSync(join(dir, file), text);
  }
  // The host's own stylesheet, which the layout example imports.
  writeFileSync(join(dir, 'globals.d.css.ts'), 'export {};\n');
  // What README snippets import from './your-app': the host's own session, audit log and logger.
  writeFileSync(
    join(dir, 'your-app.ts'),
    [
      'export declare function getSession(request: Request): Promise<{ email: string; roleSlugs: string[]; userId: string; orgId: string } | null>;',
      'export declare const audit: { record(event: unknown): Promise<void> };',
      'export declare const logger: { error(details: object): void };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...strictest, lib: program.lib, types: ['node'] }, files }, null, 2),
  );
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  console.log(`  ▸ ${program.label}: ${files.length} snippets${result.status === 0 ? ', no type errors' : ''}`);
  if (result.status !== 0) {
    // Name each error by the README block or example it came from.
    const names = new Map(snippets.map((s) => [s.name, s.from]));
    problems.push(
      `${program.label}:\n${output.replace(/^(\S+?)\((\d+),(\d+)\)/gm, (whole, file, line) => {
        const name = basename(file);
        return names.has(name) ? `${names.get(name)}, line ${line}` : whole;
      })}`,
    );
  }
}

if (problems.length) {
  console.error(`\ncheck-docs:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`check-docs: ${snippets.length} snippets (README and stories/docs/examples) type-check as a strict host writes them`);
