"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TagList } from "@/components/ui/tag-list";
import { isApiError } from "@/lib/client/api-error";
import { modelNameProblem, toModelName } from "@/lib/client/model-name";
import { parseTags } from "@/lib/client/tags";
import { uploadModel, UploadAbortedError } from "@/lib/client/upload-model";
import { catalogKeys } from "@/lib/queries/catalog";
import { modelKeys, modelListOptions } from "@/lib/queries/models";
import { modelHref } from "../models-table";
import { DropZone } from "./drop-zone";
import { modelFolderProblem, packModelFolder, type ModelFolder } from "./pack-model-folder";
import { UploadProgress, type UploadPhase } from "./upload-progress";

// ONNX, a frozen TensorFlow GraphDef, or a TF.js graph model folder archived (lib/tensorflow).
const MODEL_FILE = /\.(onnx|pb|zip|tgz|tar\.gz)$/i;
const MODEL_FILE_ACCEPT = ".onnx,.pb,.zip,.tgz,.gz";

type TaskChoice = "" | "classification" | "detection";

export function ModelUploadForm({ initialName = "" }: { initialName?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [isPacking, setIsPacking] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [task, setTask] = useState<TaskChoice>("");
  const [name, setName] = useState(initialName);
  const [isNameEdited, setIsNameEdited] = useState(Boolean(initialName));
  const [description, setDescription] = useState("");
  const [tagsText, setTagsText] = useState("");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [progress, setProgress] = useState<UploadPhase | null>(null);
  const abort = useRef<AbortController | null>(null);

  const parsedTags = parseTags(tagsText);
  const nameError = !name ? (isSubmitted ? "Enter a name for the model." : null) : modelNameProblem(name);
  const existing = useExistingModel(name);

  const upload = useMutation({
    mutationFn: (input: { file: File; name: string; tags: Record<string, string> }) => {
      abort.current = new AbortController();
      setProgress({ phase: "sending", loaded: 0, total: input.file.size });
      return uploadModel({
        ...input,
        description,
        // "" leaves it to the server: the catalog's recipe for a file it knows, else classification.
        task: task || undefined,
        signal: abort.current.signal,
        onProgress: ({ loaded, total }) => setProgress({ phase: "sending", loaded, total }),
        onUploaded: () => setProgress({ phase: "inspecting" }),
      });
    },
    onSettled: () => setProgress(null),
    onSuccess: async (model) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelKeys.all }),
        queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
      ]);
      router.push(modelHref(model));
    },
  });
  const isBusy = upload.isPending || upload.isSuccess || isPacking;

  const chooseFile = (picked: File) => {
    upload.reset();
    setFileNote(null);
    if (!MODEL_FILE.test(picked.name)) {
      setFile(null);
      setFileError(`"${picked.name}" is not a model file. Choose an .onnx file, a frozen TensorFlow .pb, or a TensorFlow.js model folder (or its .zip or .tar.gz).`);
      return;
    }
    setFileError(null);
    setFile(picked);
    if (!isNameEdited) setName(toModelName(picked.name));
  };

  // A TF.js model folder becomes one .zip here; from then on it uploads as any file does.
  const chooseFolder = async (folder: ModelFolder) => {
    upload.reset();
    const problem = modelFolderProblem(folder);
    if (problem) {
      setFile(null);
      setFileNote(null);
      setFileError(problem);
      return;
    }
    setIsPacking(true);
    try {
      const packed = await packModelFolder(folder);
      setFileError(null);
      setFile(packed);
      setFileNote(`packed from the folder ${folder.name} (${folder.files.length} file${folder.files.length === 1 ? "" : "s"})`);
      if (!isNameEdited) setName(toModelName(folder.name));
    } catch (error) {
      setFile(null);
      setFileNote(null);
      setFileError(`The folder "${folder.name}" could not be packed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setIsPacking(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!file) return setFileError("Choose a model file to upload.");
    if (!name || modelNameProblem(name) || !parsedTags.tags) return;
    upload.mutate({ file, name, tags: parsedTags.tags });
  };

  const failure = upload.error && !(upload.error instanceof UploadAbortedError) ? upload.error : null;

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-4" aria-label="Upload a model">
      <div className="space-y-1">
        <span className="block text-sm font-medium text-neutral-800">
          Model file<span className="text-red-700"> *</span>
        </span>
        <DropZone
          file={file}
          fileNote={isPacking ? "packing the folder…" : fileNote}
          onFile={chooseFile}
          onFolder={(folder) => void chooseFolder(folder)}
          onFolderError={(message) => {
            setFile(null);
            setFileNote(null);
            setFileError(message);
          }}
          accept={MODEL_FILE_ACCEPT}
          disabled={isBusy}
          describedBy={fileError ? "file-error" : undefined}
        />
        {isPacking && (
          <p className="text-xs text-neutral-600" aria-live="polite">
            Packing the folder into a .zip…
          </p>
        )}
        {fileError && (
          <p id="file-error" className="text-xs text-red-700">
            {fileError}
          </p>
        )}
      </div>

      <Field id="model-name" label="Name" isRequired error={nameError} hint={existing}>
        <input
          id="model-name"
          className={`${INPUT_CLASSES} font-mono`}
          value={name}
          disabled={isBusy}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(nameError)}
          aria-describedby={describedBy("model-name", nameError, existing)}
          onChange={(event) => {
            setName(event.target.value);
            setIsNameEdited(true);
          }}
        />
      </Field>

      <Field
        id="model-task"
        label="Task"
        hint="A classifier's scores are its top classes; a detector's are boxes with labels. Automatic: what the catalog records for a file it knows, else classification."
      >
        <Select id="model-task" className="w-full" value={task} disabled={isBusy} aria-describedby="model-task-hint" onChange={(event) => setTask(event.target.value as TaskChoice)}>
          <option value="">Automatic</option>
          <option value="classification">Classification</option>
          <option value="detection">Detection</option>
        </Select>
      </Field>

      <Field id="model-description" label="Description">
        <textarea
          id="model-description"
          className={INPUT_CLASSES}
          rows={3}
          value={description}
          disabled={isBusy}
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>

      <Field
        id="model-tags"
        label="Tags"
        error={parsedTags.error}
        hint={tagsText.trim() ? <TagList tags={parsedTags.tags ?? {}} /> : "key=value pairs separated by commas, e.g. team=vision, stage=dev"}
      >
        <input
          id="model-tags"
          className={INPUT_CLASSES}
          value={tagsText}
          disabled={isBusy}
          placeholder="team=vision, stage=dev"
          autoComplete="off"
          aria-invalid={Boolean(parsedTags.error)}
          aria-describedby={describedBy("model-tags", parsedTags.error, true)}
          onChange={(event) => setTagsText(event.target.value)}
        />
      </Field>

      {progress && <UploadProgress state={progress} onCancel={() => abort.current?.abort()} />}
      {failure && (
        <Alert tone="error" title={isApiError(failure) ? (failure.problem.title ?? "Upload failed") : "Upload failed"}>
          <p data-testid="upload-error">{failure.message}</p>
        </Alert>
      )}
      {upload.error instanceof UploadAbortedError && <Alert tone="warning">The upload was cancelled; nothing was registered.</Alert>}

      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {upload.isPending ? "Uploading…" : upload.isSuccess ? "Opening…" : "Upload"}
        </Button>
        <Link href="/models" className={buttonClasses("secondary")}>
          Back to models
        </Link>
      </div>
    </form>
  );
}

/** "Registers version N+1 of an existing model", once the typed name settles on a valid one. */
function useExistingModel(name: string): string | null {
  const deferred = useDeferredValue(name);
  const isValid = modelNameProblem(deferred) === null;
  const { data } = useQuery({ ...modelListOptions({ name: deferred, pageSize: 1 }), enabled: isValid });
  const latest = isValid ? data?.items[0] : undefined;
  return latest ? `${latest.name} exists; this upload registers version ${latest.version + 1}.` : null;
}
