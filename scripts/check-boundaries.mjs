/**
 * `npm run lint`'s second half (issue 12; docs/architecture.md): runs dependency-cruiser once with
 * .dependency-cruiser.cjs, prints every broken rule, and checks what dependency-cruiser cannot state
 * as a rule: no cycle between server modules — a folder under apps/server/src/modules or
 * apps/server/src/programmes — counting every import of a module's non-test files. Exits 1 on any.
 */
import { execFileSync } from 'node:child_process';

const MODULE = /^apps\/server\/src\/(?:modules|programmes)\/([^/]+)\//;
const TEST_FILE = /\.test\.ts$|\.test-support\.ts$/;

const json = execFileSync('npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'apps', 'packages'], {
  encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
});
const { modules, summary } = JSON.parse(json);

for (const v of summary.violations) {
  const via = v.cycle ? ` (${v.cycle.map((c) => c.name ?? c).join(' → ')})` : '';
  console.error(`${v.rule.severity} ${v.rule.name}: ${v.from} → ${v.to}${via}`);
}

/** module → module → the file arrows that make the edge */
const graph = new Map();
for (const file of modules) {
  const from = file.source.match(MODULE)?.[1];
  if (!from || TEST_FILE.test(file.source)) continue;
  for (const dep of file.dependencies) {
    const to = dep.resolved.match(MODULE)?.[1];
    if (!to || to === from) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    const edges = graph.get(from);
    edges.set(to, [...(edges.get(to) ?? []), `${file.source} → ${dep.resolved}`]);
  }
}

/** Tarjan's strongly connected components: each with more than one module is a circle. */
const circles = [];
const index = new Map(), low = new Map(), stack = [], onStack = new Set();
const visit = (m) => {
  index.set(m, index.size); low.set(m, index.get(m)); stack.push(m); onStack.add(m);
  for (const to of graph.get(m)?.keys() ?? []) {
    if (!index.has(to)) { visit(to); low.set(m, Math.min(low.get(m), low.get(to))); }
    else if (onStack.has(to)) low.set(m, Math.min(low.get(m), index.get(to)));
  }
  if (low.get(m) !== index.get(m)) return;
  const circle = [];
  let top;
  do { top = stack.pop(); onStack.delete(top); circle.push(top); } while (top !== m);
  if (circle.length > 1) circles.push(circle);
};
for (const m of graph.keys()) if (!index.has(m)) visit(m);

for (const circle of circles) {
  console.error(`error no-module-cycles: server modules ${circle.sort().join(', ')} import each other in a circle:`);
  for (const from of circle) {
    for (const [to, arrows] of graph.get(from) ?? []) if (circle.includes(to)) console.error(`  ${from} → ${to}: ${arrows.join('; ')}`);
  }
}

const problems = summary.violations.length + circles.length;
console.log(problems === 0
  ? `boundaries: no violations (${summary.totalCruised} files, ${graph.size} server modules with imports, no circles)`
  : `boundaries: ${summary.violations.length} rule violation(s), ${circles.length} circle(s) of server modules`);
process.exit(problems === 0 ? 0 : 1);
