#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through `prepare`).
import { setFlagsFromString } from 'node:v8';

// A run of the CLI is one short process over a large body of code (hundreds of rules and patterns): most
// of the optimizing compiler's work in it goes to inlining, which pays back only once the code is long warm.
// Without it `koryu extract` of a 5.6 MB text takes about a fifth less CPU (an eighth at 16 MB), while a warm
// pipeline runs 5–10% slower — so the long-running server keeps V8's default. Set before any code of ours is
// compiled; nothing else about V8 changes.
if (process.argv[2] !== 'serve') setFlagsFromString('--no-turbo-inlining');

import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
