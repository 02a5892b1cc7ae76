/**
 * The storage.local keys of WXT items named `names` (without `local:`): each value and its version
 * (`<name>$`, WXT's metadata). Without WXT or zod, for panel.html's first script too
 * (lib/panel/early-stored.ts), which reads what `getItemsFrom` reads (lib/storage/validated.ts).
 */
export const storedKeys = (names: readonly string[]): string[] => names.flatMap((name) => [name, `${name}$`]);
