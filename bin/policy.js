#!/usr/bin/env node
import { main } from "../dist/runtime/cli/policy/main.js";
process.exitCode = await main(process.argv.slice(2));
