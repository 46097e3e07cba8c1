"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ListState } from "@/components/pipeline/list-state";
import { ConversionsIcon } from "@/components/ui/icons";
import { Select } from "@/components/ui/select";
import type { ConversionDto, ConversionState } from "@/lib/conversions/types";
import { conversionListOptions } from "@/lib/queries/conversions";
import { ConversionTable } from "./conversion-table";

const STATES: ConversionState[] = ["Queued", "Running", "Succeeded", "Failed", "Cancelled", "TimedOut"];

const EMPTY = {
  icon: <ConversionsIcon size={40} />,
  title: "No conversions yet",
  text: "Convert a registered ONNX model to run on the FPGA: choose “New conversion”, or “Deploy” on a model’s page to convert, build and deploy in one go.",
};

/** Every conversion, newest first as the API lists them, live while any is running. */
export function ConversionList({ initialItems }: { initialItems?: ConversionDto[] }) {
  const stateId = useId();
  const [state, setState] = useState<ConversionState | "">("");
  // The server read the unfiltered list; a filtered one is fetched.
  const list = useQuery({ ...conversionListOptions(state ? { state } : {}), initialData: state || !initialItems ? undefined : { items: initialItems } });
  const items = list.data?.items ?? [];
  return (
    <div className="space-y-3">
      <div className="flex items-end gap-2">
        <div>
          <label htmlFor={stateId} className="mb-1 block text-xs font-medium text-neutral-700">
            State
          </label>
          <Select id={stateId} value={state} onChange={(event) => setState(event.target.value as ConversionState | "")}>
            <option value="">All states</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ListState query={list} isEmpty={!items.length} what="conversions" empty={{ ...EMPTY, title: state ? `No ${state} conversions` : EMPTY.title }}>
        <ConversionTable conversions={items} />
      </ListState>
    </div>
  );
}
