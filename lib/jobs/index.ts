export * from "./schemas";
export { addJob } from "./add-job";
