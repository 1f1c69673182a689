import path from "node:path";
import { entryPath, lintCatalog, loadCatalog, saveCatalog, withCatalogLock } from "../catalog/index.js";
import { CatalogError, countErrors, emptyCatalog, uniqueId } from "../core/index.js";
import {
  candidatePath,
  readCandidate,
  readRejections,
  removeCandidate,
  writeRejections,
} from "./candidate-store.js";

/**
 * `llm-radar accept <id>`: moves a candidate into the catalogue as `models/<id>.yaml` plus its news item,
 * after the same validation and lints as `check` (unknown section or licence is refused, naming the
 * candidate's field). Written through `saveCatalog` (atomic, locked); the draft is removed afterwards.
 */
export async function acceptCandidate(
  catalogDir: string,
  id: string,
): Promise<{ model: string; news: string }> {
  const candidate = await readCandidate(catalogDir, id);
  const { catalog } = await loadCatalog(catalogDir);
  if (catalog.models.some((m) => m.id === id)) {
    throw new CatalogError(`models/${id}.yaml already exists; rename the candidate file or reject it`);
  }
  const newsId = uniqueId(`${candidate.news.date}-${id}`, new Set(catalog.news.map((n) => n.id)));
  const model = { id, ...candidate.model };
  const news = { id: newsId, ...candidate.news, models: [id] };
  const shown = path.relative(process.cwd(), candidatePath(catalogDir, id));
  const draft = { ...catalog, models: [...catalog.models, model], news: [...catalog.news, news] };
  const problems = lintCatalog(draft, new Map([[`models/${id}`, shown]])).filter((d) => d.file === shown);
  if (countErrors(problems) > 0) {
    throw new CatalogError(
      `candidate ${id} does not fit the catalogue yet; edit ${shown} and accept again`,
      problems.map((d) => ({ ...d, path: `model.${d.path}` })),
    );
  }
  const subset = emptyCatalog();
  subset.models.push(model);
  subset.news.push(news);
  await saveCatalog(catalogDir, subset);
  await withCatalogLock(catalogDir, () => removeCandidate(catalogDir, id));
  return { model: entryPath(catalogDir, "models", id), news: entryPath(catalogDir, "news", newsId) };
}

/**
 * `llm-radar reject <id>`: removes a candidate and remembers its id and repos in `<catalog>/.hub/rejected.yaml`
 * so `discover` never proposes them again.
 */
export async function rejectCandidate(
  catalogDir: string,
  id: string,
  reason?: string,
  date?: string,
): Promise<void> {
  const candidate = await readCandidate(catalogDir, id);
  await withCatalogLock(catalogDir, async () => {
    const file = await readRejections(catalogDir);
    file.rejected.push({
      id,
      repos: candidate.repos.map((r) => r.repo),
      date: date ?? new Date().toISOString().slice(0, 10),
      ...(reason ? { reason } : {}),
    });
    await writeRejections(catalogDir, file);
    await removeCandidate(catalogDir, id);
  });
}
