import type { ImportReport } from './agreements-import.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The import's report as the command line prints it: what was done (or would be), then the review list. */
export function formatImportReport(report: ImportReport, reviewLines = 20): string {
  const verb = report.dryRun ? 'would be' : 'were';
  const lines = [
    `${report.rows} rows${report.incompleteRows ? ` (${report.incompleteRows} without a name or a country, skipped)` : ''}.`,
    `Names: ${report.names.distinct} distinct, ${report.names.resolved} resolved (${percent(report.names.resolvedShare)}: ` +
      `${report.resolvedBy.only} the only place of the name, ${report.resolvedBy.seat} an administrative seat, ` +
      `${report.resolvedBy.most_populous} by far the largest, ${report.resolvedBy.reviewed} chosen in review), ` +
      `${report.names.review} left for review.`,
    `Pairs: ${report.pairs} distinct (${report.mergedRows} rows listing a pair again or the other way merged, ` +
      `${report.selfPairs} pairing a place with itself skipped), ${report.heldPairs} held back by a name under review.`,
    `Local authorities: ${report.organizations.matched} found, ${report.organizations.created} ${verb} created.`,
    `Agreements: ${report.agreements.matched} already recorded, ${report.agreements.created} ${verb} created.`,
    `Review list: ${report.review.length} names.`,
  ];
  const shown = [...report.review].sort((a, b) => b.heldPairs - a.heldPairs).slice(0, reviewLines);
  if (shown.length) {
    lines.push('', 'name\tcountry\treason\tpairs\tcandidates');
    for (const item of shown) {
      const candidates = item.candidates
        .slice(0, 3)
        .map((candidate) => `${candidate.name} (${candidate.countryCode}, ${candidate.population})`)
        .join('; ');
      lines.push(`${item.name}\t${item.country}\t${item.reason}\t${item.heldPairs}\t${candidates}`);
    }
    if (report.review.length > shown.length) lines.push(`… and ${report.review.length - shown.length} more.`);
  }
  lines.push('', `${report.seconds.toFixed(1)} s.`);
  return lines.join('\n');
}
