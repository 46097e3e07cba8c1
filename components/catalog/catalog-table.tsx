"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBytes } from "@/lib/client/format";
import { catalogOptions, type CatalogItem } from "@/lib/queries/catalog";
import { PullCell } from "./pull-cell";

export function CatalogTable({ initialItems }: { initialItems: CatalogItem[] }) {
  const { data } = useQuery({ ...catalogOptions(), initialData: { items: initialItems } });
  return (
    <Table label="Model catalog">
      <thead>
        <tr>
          <Th>Model</Th>
          <Th>Task</Th>
          <Th>Description</Th>
          <Th className="text-right">Size</Th>
          <Th>License</Th>
          <Th>Registered</Th>
          <Th>Pull</Th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((item) => (
          <tr key={item.id} className="hover:bg-neutral-50" data-testid={`catalog-row-${item.id}`}>
            <Td>
              <div className="font-medium whitespace-nowrap">{item.name}</div>
              <div className="text-xs whitespace-nowrap text-neutral-500">
                {item.azureName ? `Azure ML: ${item.azureName}` : "No Azure ML counterpart"}
              </div>
            </Td>
            <Td className="capitalize">{item.task}</Td>
            <Td className="min-w-80 text-neutral-700">{item.description}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatBytes(item.bytes)}</Td>
            <Td className="whitespace-nowrap">{item.license}</Td>
            <Td>
              {item.registered.length ? (
                <ul className="flex flex-wrap gap-x-2 text-xs">
                  {item.registered.map((m) => (
                    <li key={`${m.name}:${m.version}`}>
                      <Link href={`/models/${m.name}/versions/${m.version}`} className="text-brand-700 hover:underline">
                        v{m.version}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-neutral-400">—</span>
              )}
            </Td>
            <Td>
              <PullCell item={item} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
