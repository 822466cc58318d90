import type { AssetView, UnknownTagView } from "../contracts";
import { h } from "../dom";
import { formatAgo, formatDateTime } from "../format";
import type { Names } from "./renderAssets";

/** How long "… assigned to …" stays where the tag's row was. */
export const ConfirmationMs = 6000;

export interface AssignActions {
  /** Assets matching what was typed (search as you type; an aborted search is a superseded one). */
  search(text: string, signal: AbortSignal): Promise<AssetView[]>;
  /** Rejects with an Error whose message is the hub's problem details. */
  assign(tagKey: string, assetId: string): Promise<unknown>;
  /** The tag now belongs to the asset: the page drops it from its list. */
  assigned(tagKey: string, asset: AssetView): void;
}

export function renderUnknownRows(body: HTMLElement, tags: readonly UnknownTagView[], names: Names, nowMs: number, actions: AssignActions): void {
  if (tags.length === 0) {
    body.replaceChildren(h("tr", {}, h("td", { colspan: 7, class: "empty" }, "No unknown tags")));
    return;
  }
  body.replaceChildren(...[...tags].sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen)).map(tag => {
    const timeZone = names.sites.get(tag.site ?? "")?.timeZone ?? "UTC";
    const open = h("button", { type: "button", class: "assign-open" }, "Assign to…");
    const row = h("tr", { class: "unknown-row", "data-tag-key": tag.key },
      h("td", {}, h("code", { class: "tag-key" }, tag.key)),
      h("td", {}, tag.kind),
      h("td", { title: formatDateTime(tag.firstSeen, timeZone) }, formatAgo(tag.firstSeen, nowMs)),
      h("td", { title: formatDateTime(tag.lastSeen, timeZone) }, formatAgo(tag.lastSeen, nowMs)),
      h("td", {}, whereText(tag, names)),
      h("td", { class: "num" }, String(tag.count)),
      h("td", {}, open));
    open.addEventListener("click", () => {
      const next = row.nextElementSibling;
      if (next?.classList.contains("assign-row")) {
        next.querySelector<HTMLInputElement>("input")?.focus();
        return;
      }
      row.after(pickerRow(tag, row, actions));
    });
    return row;
  }));
}

function whereText(tag: UnknownTagView, names: Names): string {
  const site = tag.site ? names.sites.get(tag.site) : undefined;
  const zone = tag.zone ? site?.zones.find(z => z.id === tag.zone)?.name ?? tag.zone : null;
  const place = [zone, site?.name ?? tag.site].filter(Boolean).join(", ");
  const position = tag.lat !== null && tag.lon !== null ? `${tag.lat.toFixed(5)}, ${tag.lon.toFixed(5)}` : null;
  const by = tag.seenBy ? `by ${tag.seenBy}` : tag.gateway ? `via ${tag.gateway}` : null;
  return [place || position, by].filter(Boolean).join(" · ") || "—";
}

/** The "Assign to…" picker: search as you type, pick an asset, POST, and show the hub's reason if it refuses. */
function pickerRow(tag: UnknownTagView, tagRow: HTMLElement, actions: AssignActions): HTMLElement {
  const input = h("input", { type: "search", class: "assign-search", placeholder: "Type an asset name, id or tag…", autocomplete: "off", "aria-label": `Asset for ${tag.key}` });
  const results = h("ul", { class: "assign-results", role: "listbox" });
  const error = h("div", { class: "assign-error error", role: "alert", hidden: true });
  const cancel = h("button", { type: "button", class: "assign-cancel" }, "Cancel");
  const row = h("tr", { class: "assign-row", "data-tag-key": tag.key },
    h("td", { colspan: 7 }, h("div", { class: "picker" }, h("div", { class: "picker-bar" }, input, cancel), results, error)));

  let searching: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => {
    searching?.abort();
    const controller = new AbortController();
    searching = controller;
    actions.search(input.value.trim(), controller.signal).then(found => {
      if (controller.signal.aborted) {
        return;
      }
      results.replaceChildren(...(found.length === 0
        ? [h("li", { class: "empty" }, "No matching assets")]
        : found.map(asset => {
          const choice = h("button", { type: "button", class: "assign-choice", "data-asset-id": asset.id },
            h("strong", {}, asset.name), ` · ${asset.id}`);
          choice.addEventListener("click", () => void choose(asset));
          return h("li", {}, choice);
        })));
    }, (failure: unknown) => {
      if (!controller.signal.aborted) {
        showError(failure);
      }
    });
  };
  const showError = (failure: unknown) => {
    error.hidden = false;
    error.textContent = failure instanceof Error ? failure.message : String(failure);
  };
  const choose = async (asset: AssetView) => {
    row.querySelectorAll("button").forEach(b => (b.disabled = true));
    error.hidden = true;
    try {
      await actions.assign(tag.key, asset.id);
      // Say it worked before the tag leaves the list, so the click is not met with a row that just vanishes.
      const done = h("tr", { class: "assigned-row", "data-tag-key": tag.key },
        h("td", { colspan: 7, role: "status" }, "✓ ", h("code", {}, tag.key), ` assigned to ${asset.name}`));
      tagRow.replaceWith(done);
      row.remove();
      setTimeout(() => done.remove(), ConfirmationMs);
      actions.assigned(tag.key, asset);
    } catch (failure) {
      showError(failure);
      row.querySelectorAll("button").forEach(b => (b.disabled = false));
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  cancel.addEventListener("click", () => {
    searching?.abort();
    row.remove();
  });
  queueMicrotask(() => input.focus());
  search();
  return row;
}
