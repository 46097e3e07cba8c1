import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import Link from "next/link";
import { DeviceProfileTable } from "@/components/docs/device-profile-table";
import { Prose } from "@/components/docs/prose";
import { renderMarkdown } from "@/components/docs/render-markdown";
import { Alert } from "@/components/ui/alert";
import { DEVICE_PROFILES } from "@/lib/fpga";
import { peakTflops } from "@/lib/queries/fpga";

// Read on each request: the document is edited alongside the simulator, and the table
// below it comes from the running code either way.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "FPGA simulator" };

const DOC_PATH = "docs/fpga-simulator.md";

async function readDoc(): Promise<string | null> {
  try {
    return await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), DOC_PATH), "utf8");
  } catch {
    return null;
  }
}

export default async function FpgaDocsPage() {
  const markdown = await readDoc();
  const doc = markdown ? renderMarkdown(markdown) : null;
  const profiles = Object.values(DEVICE_PROFILES);
  const toc = doc?.headings.filter((h) => h.depth === 2 || h.depth === 3) ?? [];

  return (
    <div className="flex gap-8">
      <article className="max-w-[56rem] min-w-0 flex-1" aria-label="FPGA simulator documentation">
        <p className="mb-2 text-xs text-neutral-500">
          Docs · <span className="font-mono">{DOC_PATH}</span> · back to <Link href="/score" className="text-brand-700 hover:underline">Score</Link>
        </p>
        {doc ? (
          <Prose html={doc.html} />
        ) : (
          <Alert tone="warning" title="The document is missing">
            {DOC_PATH} was not found next to the studio. The live profile table below still comes from the code.
          </Alert>
        )}

        <section aria-labelledby="live-profiles" className="mt-10">
          <h2 id="live-profiles" className="mb-1 scroll-mt-14 border-b border-neutral-200 pb-1 text-lg font-semibold text-neutral-900">
            Device profiles, live
          </h2>
          <p className="mb-3 text-sm text-neutral-700">
            Read from <code className="rounded-sm bg-neutral-100 px-1 font-mono text-[12.5px]">DEVICE_PROFILES</code> in{" "}
            <code className="rounded-sm bg-neutral-100 px-1 font-mono text-[12.5px]">lib/fpga</code> when this page rendered: the figures the Score page&apos;s
            simulation runs on. Values marked <em>assumption</em> have no public source.
          </p>
          <dl className="mb-3 grid grid-cols-1 gap-2 md:grid-cols-2">
            {profiles.map((p) => (
              <div key={p.id} className="rounded-sm border border-neutral-200 bg-white px-3 py-2" data-testid={`profile-${p.id}`}>
                <dt className="flex items-baseline justify-between gap-2">
                  <span className="font-mono text-sm font-semibold text-neutral-900">{p.id}</span>
                  <span className="text-xs whitespace-nowrap text-neutral-600 tabular-nums">{peakTflops(p).toFixed(1)} TFLOPS peak</span>
                </dt>
                <dd className="mt-0.5 text-xs text-neutral-700">
                  <span className="font-medium text-neutral-800">{p.name}.</span> {p.description}
                </dd>
              </div>
            ))}
          </dl>
          <DeviceProfileTable profiles={profiles} />
        </section>
      </article>

      <nav aria-label="On this page" className="sticky top-16 hidden max-h-[calc(100vh-5rem)] w-56 shrink-0 self-start overflow-y-auto xl:block">
        <p className="mb-1.5 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">On this page</p>
        <ul className="space-y-0.5 border-l border-neutral-200 text-[13px]">
          {toc.map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`} className={`block py-0.5 text-neutral-700 hover:text-brand-700 ${h.depth === 3 ? "pl-6 text-xs" : "pl-3"}`}>
                {h.text}
              </a>
            </li>
          ))}
          <li>
            <a href="#live-profiles" className="block py-0.5 pl-3 font-medium text-brand-700 hover:underline">
              Device profiles, live
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
