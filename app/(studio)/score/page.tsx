import type { Metadata } from "next";
import { ComingSoon } from "@/components/studio/coming-soon";

export const metadata: Metadata = { title: "Score" };

export default function ScorePage() {
  return <ComingSoon href="/score" />;
}
