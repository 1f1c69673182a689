#!/usr/bin/env node
import { main } from "../lib/cli-bundle/main.js";

process.exitCode = await main(process.argv.slice(2));
// Once stdout and stderr have taken everything written (pipes are asynchronous on POSIX), exit without
// waiting for Node to tear the heap down: 10–15 ms of every command.
process.stdout.write("", () => process.stderr.write("", () => process.exit()));
