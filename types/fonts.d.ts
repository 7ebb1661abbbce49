// subset-font 2.9 ships no types; this is the one call scripts/fonts.ts makes.
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' }): Promise<Buffer>
}

// fontverter 2.0 ships no types either; scripts/fonts.ts converts a woff2 file to sfnt to read its cmap.
declare module 'fontverter' {
  import type { Buffer } from 'node:buffer'

  export function convert(font: Buffer, format: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer>
}
