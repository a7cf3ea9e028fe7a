// The edtf package ships no type declarations; this declares the part of its API Parley uses.
declare module 'edtf' {
  export interface EdtfValue {
    readonly type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    /** Earliest instant covered, in ms since the epoch (UTC). */
    readonly min: number;
    /** Latest instant covered, in ms since the epoch (UTC). */
    readonly max: number;
    readonly lower?: EdtfValue | null;
    readonly upper?: EdtfValue | null;
    readonly precision?: number;
    readonly approximate?: { readonly value: number } | boolean;
    readonly uncertain?: { readonly value: number } | boolean;
    readonly unspecified?: { readonly value: number } | boolean;
    /** Season code (21 spring … 24 winter, 25–41 other divisions of a year), on Season values only. */
    readonly season?: number;
    /** Calendar year, on Date, Year and Season values. */
    readonly year?: number;
    edtf: string;
  }
  export interface ParseResult {
    readonly type: string;
    readonly level: number;
    readonly approximate?: boolean;
    readonly uncertain?: boolean;
  }
  export function parse(input: string): ParseResult;
  /** Builds a value from text or from a parse result (which skips parsing a second time). */
  export default function edtf(input: string | ParseResult): EdtfValue;
}
