/** Page numbers to show around the current page: first, last, neighbours; undefined marks a gap. */
export function pageNumbers(page: number, total: number): Array<number | undefined> {
  const wanted = new Set([1, total, page - 1, page, page + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | undefined> = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push(undefined);
    out.push(n);
    previous = n;
  }
  return out;
}
