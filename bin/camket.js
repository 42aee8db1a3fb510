#!/usr/bin/env node
// Runs the compiled command (npm ci builds it through the "prepare" script).
require('../lib/scripts/camket.js');
