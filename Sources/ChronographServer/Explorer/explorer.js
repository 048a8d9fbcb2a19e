// Chronograph explorer: a timeline on a real time axis, the actor graph drawn by Graphviz on
// the server, and the evidence of an event. Plain script, no build step, nothing fetched from
// elsewhere than this server.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const state = { actor: "", from: "", to: "", quad: "", between: null };
const $ = (id) => document.getElementById(id);

function params(extra) {
  const p = new URLSearchParams();
  if (state.actor) p.set("actor", state.actor);
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.quad) p.set("quad", state.quad);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p.toString().replace(/\+/g, "%20");
}

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }
function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
function el(name, attrs, parent) {
  const e = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

// Ticks for a span of days: years, quarters, months or days, about eight of them.
function ticks(lo, hi) {
  const span = hi - lo, out = [];
  const start = new Date(lo * 86400000);
  let step;
  if (span > 365 * 6) step = { months: 12 * Math.ceil(span / 365 / 8) };
  else if (span > 365 * 2) step = { months: 6 };
  else if (span > 240) step = { months: 3 };
  else if (span > 60) step = { months: 1 };
  else step = { days: Math.max(1, Math.ceil(span / 8)) };
  let d;
  if (step.months) {
    d = new Date(Date.UTC(start.getUTCFullYear(), step.months >= 12 ? 0 : start.getUTCMonth(), 1));
    while (d.getTime() / 86400000 <= hi) {
      const n = d.getTime() / 86400000;
      if (n >= lo) out.push([n, step.months >= 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7)]);
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.months, 1));
    }
  } else {
    for (let n = Math.ceil(lo); n <= hi; n += step.days) out.push([n, isoDay(n)]);
  }
  return out;
}

function drawTimeline(list) {
  const svg = $("timeline");
  svg.replaceChildren();
  const width = svg.clientWidth || 800, height = svg.clientHeight || 300;
  const left = 120, right = 10, top = 10, axisY = height - 24;
  const dated = list.events.filter((e) => e.first);
  let lo = state.from ? dayNumber(state.from.length === 4 ? state.from + "-01-01" : state.from.length === 7 ? state.from + "-01" : state.from) : Infinity;
  let hi = state.to ? dayNumber(state.to.length === 4 ? state.to + "-12-31" : state.to.length === 7 ? state.to + "-28" : state.to) : -Infinity;
  if (!state.from) for (const e of dated) lo = Math.min(lo, dayNumber(e.first));
  if (!state.to) for (const e of dated) hi = Math.max(hi, dayNumber(e.last));
  if (!isFinite(lo) || !isFinite(hi)) { lo = dayNumber("2000-01-01"); hi = dayNumber("2030-01-01"); }
  if (hi - lo < 2) { lo -= 3; hi += 3; }
  const pad = (hi - lo) * 0.02; lo -= pad; hi += pad;
  const x = (n) => left + (n - lo) / (hi - lo) * (width - left - right);
  svg.dataset.lo = lo; svg.dataset.hi = hi; svg.dataset.left = left; svg.dataset.right = right;

  const lanes = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  const laneH = (axisY - top) / 4;
  const lanesG = el("g", { class: "lane" }, svg);
  lanes.forEach((name, i) => {
    el("line", { x1: left, x2: width - right, y1: top + laneH * (i + 1), y2: top + laneH * (i + 1), stroke: "#eceff1" }, lanesG);
    el("text", { x: 4, y: top + laneH * i + laneH / 2 + 3 }, lanesG).textContent = name;
  });
  const axis = el("g", { class: "axis" }, svg);
  el("line", { x1: left, x2: width - right, y1: axisY, y2: axisY }, axis);
  for (const [n, label] of ticks(lo, hi)) {
    el("line", { x1: x(n), x2: x(n), y1: top, y2: axisY + 4 }, axis);
    el("text", { x: x(n) + 2, y: axisY + 16 }, axis).textContent = label;
  }
  // Events: a dot at the middle of their interval, a bar under it when it is longer than a day;
  // dots that would overlap in a lane stack upwards.
  const used = new Map();
  const g = el("g", { class: "events" }, svg);
  for (const e of dated) {
    const a = dayNumber(e.first), b = dayNumber(e.last), cx = x((a + b) / 2), lane = e.quad - 1;
    const slot = Math.round(cx / 6) + ":" + lane, k = used.get(slot) || 0;
    used.set(slot, k + 1);
    const cy = top + laneH * (lane + 1) - 6 - (k * 7) % (laneH - 10);
    if (b - a >= 1 && x(b) - x(a) > 3) el("rect", { x: x(a), y: cy + 4, width: x(b) - x(a), height: 2, class: "q" + e.quad }, g);
    const c = el("circle", { cx, cy, r: 4, class: "event q" + e.quad, "data-id": e.id,
      "data-actors": e.source.concat(e.target).map((s) => s.id).join(" ") }, g);
    el("title", {}, c).textContent = `${e.date} ${e.code} ${e.label}: ${e.source.map((s) => s.name).join(", ")} → ${e.target.map((s) => s.name).join(", ")}`;
    c.addEventListener("click", (ev) => { ev.stopPropagation(); showEvidence(e.id, c); });
  }
  svg.dataset.count = String(dated.length);
}

// Drag across the timeline to zoom to that date range.
function enableBrush() {
  const svg = $("timeline");
  let startX = null, rect = null;
  const day = (px) => {
    const lo = +svg.dataset.lo, hi = +svg.dataset.hi, left = +svg.dataset.left, right = +svg.dataset.right;
    return lo + (px - left) / (svg.clientWidth - left - right) * (hi - lo);
  };
  svg.addEventListener("mousedown", (ev) => {
    if (ev.target.classList.contains("event")) return;
    startX = ev.offsetX;
    rect = el("rect", { class: "brush", x: startX, y: 0, width: 0, height: svg.clientHeight }, svg);
  });
  svg.addEventListener("mousemove", (ev) => {
    if (startX === null) return;
    rect.setAttribute("x", Math.min(startX, ev.offsetX));
    rect.setAttribute("width", Math.abs(ev.offsetX - startX));
  });
  svg.addEventListener("mouseup", (ev) => {
    if (startX === null) return;
    const a = day(Math.min(startX, ev.offsetX)), b = day(Math.max(startX, ev.offsetX));
    startX = null;
    if (b - a < 1) { rect.remove(); return; }
    state.from = isoDay(Math.floor(a)); state.to = isoDay(Math.ceil(b));
    syncForm(); load();
  });
}

async function showEvidence(id, circle) {
  document.querySelectorAll("#timeline .event.selected").forEach((c) => c.classList.remove("selected"));
  if (circle) circle.classList.add("selected");
  const box = $("evidence");
  try {
    const d = await getJSON("/api/events/" + encodeURIComponent(id));
    box.replaceChildren();
    const head = document.createElement("p");
    head.className = "event-head";
    const e = d.event;
    head.textContent = `${e.date || "undated"} · ${e.code} ${e.label} · ${e.source.map((s) => s.name).join(", ")} → ${e.target.map((s) => s.name).join(", ")}` +
      (e.modality !== "asserted" ? ` (${e.modality})` : "") + ` · ${d.evidence.length} sentence(s)`;
    box.appendChild(head);
    for (const v of d.evidence) {
      const q = document.createElement("blockquote");
      q.dir = v.lang === "ar" ? "rtl" : "auto";
      if (v.lang) q.lang = v.lang;
      q.textContent = v.sentence;
      const c = document.createElement("cite");
      c.dir = "ltr";
      c.textContent = `${v.title || v.document}${v.published ? " · " + v.published : ""}`;
      q.appendChild(c);
      box.appendChild(q);
    }
  } catch (err) { status(err.message, true); }
}

async function drawGraph() {
  const box = $("graph");
  const r = await fetch("/graph.svg?" + params());
  if (!r.ok) { const b = await r.json(); throw new Error(b.error); }
  const text = await r.text();
  box.innerHTML = text.slice(text.indexOf("<svg"));
  for (const node of box.querySelectorAll("g.node")) {
    const id = node.querySelector("title").textContent;
    node.dataset.actor = id;
    if (id === state.actor || (state.between && state.between.includes(id))) node.classList.add("selected");
    node.addEventListener("click", () => { state.actor = id; state.between = null; syncForm(); load(); });
  }
  for (const edge of box.querySelectorAll("g.edge")) {
    const [a, b] = edge.querySelector("title").textContent.split("->");
    edge.addEventListener("click", () => { state.between = [a, b]; state.actor = ""; syncForm(); load(); });
  }
  box.dataset.nodes = String(box.querySelectorAll("g.node").length);
}

function syncForm() {
  $("actor").value = state.actor; $("from").value = state.from; $("to").value = state.to; $("quad").value = state.quad;
}

async function load() {
  status("Loading…");
  try {
    const url = state.between ? "/api/between?" + params({ a: state.between[0], b: state.between[1] }) : "/api/timeline?" + params();
    const [list] = await Promise.all([getJSON(url), drawGraph()]);
    drawTimeline(list);
    const undated = list.events.length - list.events.filter((e) => e.first).length;
    const what = state.between ? `between ${state.between[0]} and ${state.between[1]}` : state.actor ? `involving ${state.actor}` : "all actors";
    const window = state.from || state.to ? `, ${state.from || "…"} – ${state.to || "…"}` : "";
    status(`${list.events.length} events (${what}${window})` + (undated ? `, ${undated} undated not drawn` : "") +
      (list.events.length >= list.limit ? ` — the first ${list.limit}; narrow the filters` : ""));
    document.body.dataset.ready = "1";
  } catch (err) { status(err.message, true); document.body.dataset.ready = "error"; }
}

async function fillActors() {
  try {
    const actors = await getJSON("/api/actors?limit=300");
    $("actor-names").replaceChildren(...actors.map((a) => { const o = document.createElement("option"); o.value = a.id; o.label = `${a.name} (${a.events})`; return o; }));
  } catch (err) { /* the list only helps typing */ }
}

$("filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  state.actor = $("actor").value.trim(); state.from = $("from").value.trim(); state.to = $("to").value.trim(); state.quad = $("quad").value;
  state.between = null;
  load();
});
$("reset").addEventListener("click", () => { Object.assign(state, { actor: "", from: "", to: "", quad: "", between: null }); syncForm(); load(); });
$("zoom-out").addEventListener("click", () => { state.from = ""; state.to = ""; syncForm(); load(); });
enableBrush();
fillActors();
load();
