// Readable long-form text without a typography plugin: element styles set from the wrapper.
const PROSE = [
  "max-w-none text-[14px] leading-6 text-neutral-800",
  "[&_h1]:mb-3 [&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:text-neutral-900",
  "[&_h2]:mt-8 [&_h2]:mb-2 [&_h2]:border-b [&_h2]:border-neutral-200 [&_h2]:pb-1 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-neutral-900",
  "[&_h3]:mt-6 [&_h3]:mb-1.5 [&_h3]:text-base [&_h3]:font-semibold [&_h3]:text-neutral-900",
  "[&_h4]:mt-4 [&_h4]:mb-1 [&_h4]:font-semibold",
  "[&_:is(h1,h2,h3,h4)]:scroll-mt-14 [&_:is(h1,h2,h3,h4)_a]:text-inherit [&_:is(h1,h2,h3,h4)_a]:no-underline [&_:is(h1,h2,h3,h4)_a:hover]:underline",
  "[&_p]:my-2.5 [&_ul]:my-2.5 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-1 [&_li>ul]:my-1 [&_li>ol]:my-1",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:decoration-brand-200 [&_a]:underline-offset-2 [&_a:hover]:decoration-brand-700",
  "[&_strong]:font-semibold [&_strong]:text-neutral-900",
  "[&_:not(pre)>code]:rounded-sm [&_:not(pre)>code]:bg-neutral-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-px [&_:not(pre)>code]:font-mono [&_:not(pre)>code]:text-[12.5px] [&_:not(pre)>code]:text-neutral-900",
  "[&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-sm [&_pre]:border [&_pre]:border-neutral-200 [&_pre]:bg-neutral-900 [&_pre]:px-3 [&_pre]:py-2.5 [&_pre]:font-mono [&_pre]:text-[12.5px] [&_pre]:leading-5 [&_pre]:text-neutral-100",
  "[&_table]:my-3 [&_table]:w-full [&_table]:border-collapse [&_table]:border [&_table]:border-neutral-200 [&_table]:bg-white [&_table]:text-[13px]",
  "[&_th]:border-b [&_th]:border-neutral-200 [&_th]:bg-neutral-50 [&_th]:px-2.5 [&_th]:py-1.5 [&_th]:text-left [&_th]:text-xs [&_th]:font-semibold [&_th]:text-neutral-600",
  "[&_td]:border-b [&_td]:border-neutral-100 [&_td]:px-2.5 [&_td]:py-1 [&_td]:align-top [&_td]:tabular-nums [&_tr:hover_td]:bg-neutral-50",
  "[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-200 [&_blockquote]:pl-3 [&_blockquote]:text-neutral-700",
  "[&_hr]:my-6 [&_hr]:border-neutral-200",
].join(" ");

export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
