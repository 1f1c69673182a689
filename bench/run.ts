// `npm run bench [name…]`: runs every bench/*.bench.ts (or the named ones) one after another, each in
// its own Node process so one benchmark's memory and JIT state do not colour the next.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("-"));
const flags = args.filter((a) => a.startsWith("-"));
const chosen = names.length === 0 ? all : names.map((n) => (n.endsWith(".bench.ts") ? n : `${n}.bench.ts`));
for (const file of chosen) {
  if (!all.includes(file)) {
    process.stderr.write(`unknown benchmark "${file}" (have: ${all.join(", ")})\n`);
    process.exit(2);
  }
}
let failed = 0;
for (const file of chosen) {
  process.stderr.write(`\n=== ${file} ===\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(here, file), ...flags], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
