#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through `prepare`).
import { setFlagsFromString } from 'node:v8';

// A run of the CLI is one short process over a large body of code (hundreds of rules and patterns): much of
// its CPU goes to the optimizing compiler — to inlining, which pays back only once the code is long warm, and
// to lukewarm functions optimized early. With inlining off and functions optimized only once they have run
// about twice as long as V8's default asks, `koryu extract` of a 5.6 MB text takes about 28% less CPU (and
// 20 MB less memory), the sample and a 16 MB text less as well; a pipeline kept warm for long runs 5–10%
// slower without inlining, so the long-running server keeps V8's defaults. Set before any code of ours is
// compiled; nothing else about V8 changes.
if (process.argv[2] !== 'serve') setFlagsFromString('--no-turbo-inlining --interrupt-budget=300000');

import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
