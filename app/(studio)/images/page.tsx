import type { Metadata } from "next";
import { ComingSoon } from "@/components/studio/coming-soon";

export const metadata: Metadata = { title: "Images" };

export default function ImagesPage() {
  return <ComingSoon href="/images" />;
}
