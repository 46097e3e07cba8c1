import { notFound } from "next/navigation";

// Unknown studio URLs get the 404 page inside the studio shell (not-found.tsx beside it).
export default function MissingPage() {
  notFound();
}
