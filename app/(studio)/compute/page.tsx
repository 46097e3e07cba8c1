import type { Metadata } from "next";
import { ComingSoon } from "@/components/studio/coming-soon";

export const metadata: Metadata = { title: "Compute" };

export default function ComputePage() {
  return <ComingSoon href="/compute" />;
}
