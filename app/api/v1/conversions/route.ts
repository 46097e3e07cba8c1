// GET  /api/v1/conversions — conversions, newest first (?model=, ?state=)
// POST /api/v1/conversions — convert a model for the NPU (202: the job runs in the worker)
import { json, readJson, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listConversions, requestConversion } from "@/lib/conversions";

export const GET = withApi(async (request) => json(await listConversions(searchParamsObject(request))));

export const POST = withApi(async (request) => {
  const conversion = await requestConversion(await readJson(request));
  return json(conversion, { status: 202, headers: { location: conversion.links.self } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
