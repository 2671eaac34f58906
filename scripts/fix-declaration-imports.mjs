#!/usr/bin/env node
// Adds file extensions to the relative imports in the emitted declarations (dist/types/**/*.d.ts).
//
// The sources import each other without extensions (`moduleResolution: bundler`), and tsc copies
// those specifiers into the .d.ts files as written. A consumer whose tsconfig says
// `moduleResolution: node16`/`nodenext` resolves .d.ts imports the way Node resolves ESM: no
// extension guessing, no directory index. There `import('./types')` finds nothing and every type
// behind it silently becomes `any` (attw: "internal resolution error"). Rewriting `./types` to
// `./types.js` and `./hooks/index` to `./hooks/index.js` works under every resolution mode.
//
// TypeScript 7 has no JS API and no emit option for this, hence a small pass after `tsc`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

// `from '…'`, `import '…'` and `import('…')` with a relative specifier that has no extension yet.
const RELATIVE = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

let files = 0;
let rewritten = 0;
const unresolved = [];
for (const file of declarations(root)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(RELATIVE, (whole, lead, quote, specifier) => {
    if (/\.(?:[cm]?js|json|css)$/.test(specifier)) return whole;
    const base = resolve(dirname(file), specifier);
    let target;
    if (existsSync(`${base}.d.ts`)) target = `${specifier}.js`;
    else if (existsSync(join(base, 'index.d.ts'))) target = `${specifier.replace(/\/$/, '')}/index.js`;
    if (!target) {
      unresolved.push(`${file}: ${specifier}`);
      return whole;
    }
    rewritten++;
    return `${lead}${quote}${target}${quote}`;
  });
  files++;
  if (output !== source) writeFileSync(file, output);
}

if (unresolved.length) {
  console.error(`fix-declaration-imports: cannot resolve\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-declaration-imports: ${rewritten} relative imports in ${files} declaration files now name their .js file`);
