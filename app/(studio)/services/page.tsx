import type { Metadata } from "next";
import { ComingSoon } from "@/components/studio/coming-soon";

export const metadata: Metadata = { title: "Services" };

export default function ServicesPage() {
  return <ComingSoon href="/services" />;
}
