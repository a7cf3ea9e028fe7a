/** A count as English writes it, its thousands grouped: "12,345". */
export const enNumber = (n: number): string => n.toLocaleString('en');
