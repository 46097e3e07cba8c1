import { redirect } from "next/navigation";

// The studio has one reference page so far.
export default function DocsPage() {
  redirect("/docs/fpga");
}
