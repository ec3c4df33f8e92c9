// The PDF embeds Tinos, a Times New Roman–compatible face (same metrics) with every Vietnamese letter, from the
// @expo-google-fonts/tinos package: installed with the app, so a PDF prints correctly on a machine without
// internet and without Times New Roman. Read once per process; each PDF parses its own copy (pdfkit keeps state
// on a parsed font, so sharing one between documents garbles the second document's text).
import { readFileSync } from "node:fs";
import path from "node:path";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

const FILES: Record<FontStyle, string> = {
  regular: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

let cache: Record<FontStyle, Buffer> | null = null;

/**
 * The package folder is found from the working directory (the project root under `next start`, vitest and
 * scripts): the server bundle rewrites module resolution, so a path from require.resolve would not survive it.
 */
export function reportFonts(): Record<FontStyle, Buffer> {
  if (!cache) {
    const folder = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
    cache = Object.fromEntries(
      Object.entries(FILES).map(([style, file]) => [style, readFileSync(path.join(folder, file))]),
    ) as Record<FontStyle, Buffer>;
  }
  return cache;
}
