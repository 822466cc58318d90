import type { AssetStatus, AssetView, Page, ProblemDetails, SiteView, UnknownTagView } from "./contracts";

/** A failed API call, carrying the hub's problem details when it sent them. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDetails | null, fallback: string) {
    super(describeProblem(problem) ?? fallback);
  }
}

/** "title: detail" plus each field error, as a person should read it. */
export function describeProblem(problem: ProblemDetails | null): string | null {
  if (!problem) {
    return null;
  }
  const head = [problem.title, problem.detail].filter(Boolean).join(": ");
  const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  const text = [head, ...fields].filter(Boolean).join(" — ");
  return text || null;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}) }, ...init });
  if (!response.ok) {
    let problem: ProblemDetails | null = null;
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // Not JSON (a proxy's error page, say): the status line says enough.
    }
    throw new ApiError(response.status, problem, `${init?.method ?? "GET"} ${path} failed: ${response.status} ${response.statusText}`);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export function getSites(): Promise<SiteView[]> {
  return request("/api/sites");
}

export interface AssetQuery {
  q?: string;
  tag?: string;
  status?: AssetStatus | "";
  site?: string;
  zone?: string;
  page?: number;
  pageSize?: number;
}

export function assetQueryString(query: AssetQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function getAssets(query: AssetQuery, signal?: AbortSignal): Promise<Page<AssetView>> {
  return request(`/api/assets${assetQueryString(query)}`, signal ? { signal } : undefined);
}

export function getUnknownTags(): Promise<UnknownTagView[]> {
  return request("/api/tags/unknown");
}

export function assignTag(key: string, assetId: string): Promise<unknown> {
  return request(`/api/tags/${encodeURIComponent(key)}/assign`, { method: "POST", body: JSON.stringify({ assetId }) });
}
