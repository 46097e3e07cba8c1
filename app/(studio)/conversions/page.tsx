import type { Metadata } from "next";
import { ComingSoon } from "@/components/studio/coming-soon";

export const metadata: Metadata = { title: "Conversions" };

export default function ConversionsPage() {
  return <ComingSoon href="/conversions" />;
}
