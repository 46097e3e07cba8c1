import { Marked, type Tokens } from "marked";

export type DocHeading = { id: string; text: string; depth: number };

/**
 * Markdown to HTML with an id on every heading (for the table of contents and deep
 * links). The input is a file of this repository, so the HTML is trusted as is.
 */
export function renderMarkdown(markdown: string): { html: string; headings: DocHeading[] } {
  const headings: DocHeading[] = [];
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline: (tokens: Tokens.Generic[]) => string } }, { tokens, depth, text }: Tokens.Heading) {
        const plain = text.replace(/[`*_]/g, "");
        const base = slugify(plain) || "section";
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        const id = count ? `${base}-${count}` : base;
        headings.push({ id, text: plain, depth });
        return `<h${depth} id="${id}"><a href="#${id}">${this.parser.parseInline(tokens)}</a></h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, headings };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}
