// Reads a Lighthouse JSON report. `--scores` prints "performance accessibility" (0-100); otherwise a markdown section
// with the scores, the main metrics and every accessibility audit that did not pass.
const fs = require("fs");
const [file, mode] = process.argv.slice(2);
const lhr = JSON.parse(fs.readFileSync(file, "utf8"));
const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

if (mode === "--scores") {
  console.log(`${score("performance")} ${score("accessibility")}`);
  process.exit(0);
}

const metric = (id) => lhr.audits[id]?.displayValue ?? "n/a";
const failed = lhr.categories.accessibility.auditRefs
  .map((ref) => lhr.audits[ref.id])
  .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "manual");
console.log(`**${mode}** (\`${lhr.finalDisplayedUrl}\`): performance **${score("performance")}**, accessibility **${score("accessibility")}**; ` +
  `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, ` +
  `CLS ${metric("cumulative-layout-shift")}, Speed Index ${metric("speed-index")}.`);
console.log(failed.length === 0
  ? "Accessibility: every automated audit passed.\n"
  : `Accessibility audits that did not pass: ${failed.map((a) => `\`${a.id}\` (${a.title})`).join("; ")}.\n`);
