// The Consume tab's samples. The request is the one the Test tab sends: the image's bytes
// as the body with their content type, and the key as a bearer token (Azure ML's
// "Authorization: Bearer <key>" convention for key-authenticated web services).

type SampleOptions = { uri: string; authEnabled: boolean };

export function curlSample({ uri, authEnabled }: SampleOptions): string {
  return [
    ...(authEnabled ? ['KEY="<primary or secondary key>"', ""] : []),
    `curl -X POST "${uri}" \\`,
    '  -H "content-type: image/jpeg" \\',
    ...(authEnabled ? ['  -H "authorization: Bearer $KEY" \\'] : []),
    "  --data-binary @image.jpg",
  ].join("\n");
}

export function typescriptSample({ uri, authEnabled }: SampleOptions): string {
  return `import { readFile } from "node:fs/promises";

const scoringUri = "${uri}";
${authEnabled ? 'const key = process.env.SERVICE_KEY; // primary or secondary key\n' : ""}
const response = await fetch(scoringUri, {
  method: "POST",
  headers: {
    "content-type": "image/jpeg",${authEnabled ? "\n    authorization: `Bearer ${key}`," : ""}
  },
  body: await readFile("image.jpg"),
});
if (!response.ok) throw new Error(\`\${response.status}: \${await response.text()}\`);

// { model, top: [{ index, label, probability }], timings, simulated, … }
const result = await response.json();
for (const { label, probability } of result.top) console.log(label, probability.toFixed(3));`;
}
