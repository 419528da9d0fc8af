/* parley report: plain JS + SVG, no dependencies, no network. */
(function () {
  "use strict";
  var began = performance.now();
  var DATA = JSON.parse(document.getElementById("parley-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var ROW = 56;
  var COLORS = {
    talks: "#2f6db5", mediation: "#5fa8d3", proposal: "#8e5bb5", agreement: "#2e8b57",
    ceasefire: "#12a39a", rejection: "#e07b24", suspension: "#c0392b", obstruction: "#7f1d1d",
    willingness: "#b59a1f", demand: "#d6557a", concession: "#6f7f22"
  };
  var STANCE = { seeks: "#2e8b57", willing_to_forgo: "#2f6db5", demands: "#e07b24",
    rejects: "#c0392b", opposes: "#7f1d1d" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function sv(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    return n;
  }
  function color(t) { return COLORS[t] || "#667085"; }
  function toT(iso) {
    if (!iso) return null;
    var p = iso.split("-");
    return Date.UTC(+p[0], (+p[1] || 1) - 1, +p[2] || 1);
  }
  function fmt(t, step) {
    var d = new Date(t);
    if (step === "y") return String(d.getUTCFullYear());
    if (step === "m") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function dateLabel(e) {
    if (!e.d0) return "undated";
    if (e.g === "year") return e.d0.slice(0, 4);
    if (e.g === "month") return fmt(e.t0, "m");
    if (e.d1 && e.d1 !== e.d0) return fmt(e.t0) + " – " + fmt(e.t1 - DAY);
    return fmt(e.t0);
  }
  function actorName(code) { var a = DATA.actors[code]; return a ? a.name : code; }
  function groupOf(code) { var a = DATA.actors[code]; return a ? a.g : code; }
  function groupName(g) { return DATA.groups[g] || g; }

  /* ---------- prepare ---------- */
  var entries = DATA.entries;
  var byId = {};
  entries.forEach(function (e, i) {
    e.i = i;
    e.t0 = toT(e.d0);
    e.t1 = e.d1 ? toT(e.d1) + DAY : (e.t0 == null ? null : e.t0 + DAY);
    var g = {};
    e.p.concat(e.m, e.a ? [e.a] : []).forEach(function (c) { g[groupOf(c)] = 1; });
    e.groups = Object.keys(g);
    var docs = {};
    e.ev.forEach(function (v) { docs[v.d] = 1; });
    e.docs = docs;
    e.hay = e.ev.map(function (v) { return v.x; }).join(" ").toLowerCase();
    byId[e.id] = e;
  });

  var state = { lane: "type", actor: "", doc: "", from: null, to: null, disputed: false,
    q: "", off: {}, sel: null };
  var filtered = entries;
  var view = { t0: 0, t1: 1 };

  /* ---------- controls ---------- */
  function fillSelects() {
    var counts = {};
    entries.forEach(function (e) { e.groups.forEach(function (g) { counts[g] = (counts[g] || 0) + 1; }); });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); })
      .forEach(function (g) {
        var o = el("option", null, groupName(g) + " (" + counts[g] + ")"); o.value = g; $("f-actor").appendChild(o);
      });
    DATA.docs.map(function (d, i) { return [d, i]; })
      .sort(function (a, b) { return (a[0].published || "") < (b[0].published || "") ? -1 : 1; })
      .forEach(function (di) {
        var d = di[0];
        var o = el("option", null, (d.published ? d.published + " · " : "") + d.title);
        o.value = String(di[1]); $("f-doc").appendChild(o);
      });
    DATA.types.forEach(function (t) {
      var c = el("span", "chip"); c.setAttribute("role", "checkbox"); c.setAttribute("aria-checked", "true");
      c.dataset.type = t;
      var i = el("i"); i.style.background = color(t); c.appendChild(i); c.appendChild(document.createTextNode(t));
      c.addEventListener("click", function () {
        state.off[t] = !state.off[t]; c.classList.toggle("off", !!state.off[t]);
        c.setAttribute("aria-checked", state.off[t] ? "false" : "true"); apply();
      });
      $("types").appendChild(c);
    });
    Object.keys(STANCE).forEach(function (s) {
      var sq = el("span", "sq"); sq.style.background = STANCE[s];
      $("stance-legend").appendChild(sq); $("stance-legend").appendChild(document.createTextNode(" " + s.replace(/_/g, " ") + "  "));
    });
  }
  function bind() {
    $("lane").addEventListener("change", function () { state.lane = this.value; drawTimeline(); });
    $("f-actor").addEventListener("change", function () { state.actor = this.value; apply(); });
    $("f-doc").addEventListener("change", function () { state.doc = this.value; apply(); });
    $("f-from").addEventListener("change", function () { state.from = toT(this.value); apply(); });
    $("f-to").addEventListener("change", function () { state.to = this.value ? toT(this.value) + DAY : null; apply(); });
    $("f-disputed").addEventListener("change", function () { state.disputed = this.checked; apply(); });
    var qTimer = 0;
    $("f-q").addEventListener("input", function () {
      var v = this.value; clearTimeout(qTimer);
      qTimer = setTimeout(function () { state.q = v.trim().toLowerCase(); apply(); }, 150);
    });
    $("reset").addEventListener("click", function () {
      state.actor = state.doc = state.q = ""; state.from = state.to = null; state.disputed = false; state.off = {};
      ["f-actor", "f-doc", "f-from", "f-to", "f-q"].forEach(function (id) { $(id).value = ""; });
      $("f-disputed").checked = false;
      Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (c) { c.classList.remove("off"); });
      apply(); fit();
    });
    $("z-in").addEventListener("click", function () { zoom(0.6, 0.5); });
    $("z-out").addEventListener("click", function () { zoom(1 / 0.6, 0.5); });
    $("z-fit").addEventListener("click", fit);
    $("list").addEventListener("scroll", drawList);
    window.addEventListener("resize", function () { drawTimeline(); drawList(); });
  }

  function keep(e) {
    if (state.off[e.t]) return false;
    if (state.actor && e.groups.indexOf(state.actor) < 0) return false;
    if (state.doc && !e.docs[state.doc]) return false;
    if (state.disputed && !e.dis) return false;
    if (state.from != null && (e.t1 == null || e.t1 <= state.from)) return false;
    if (state.to != null && (e.t0 == null || e.t0 >= state.to)) return false;
    if (state.q && e.hay.indexOf(state.q) < 0) return false;
    return true;
  }

  function apply() {
    filtered = entries.filter(keep);
    $("count").textContent = filtered.length + " of " + entries.length + " entries";
    $("list-inner").style.height = filtered.length * ROW + "px";
    drawTimeline(); drawList(); drawNetwork(); drawPositions();
  }

  /* ---------- timeline ---------- */
  var LABEL_W = 150;
  function extent() {
    var lo = Infinity, hi = -Infinity;
    (filtered.length ? filtered : entries).forEach(function (e) {
      if (e.t0 != null) { lo = Math.min(lo, e.t0); hi = Math.max(hi, e.t1); }
    });
    if (lo === Infinity) { lo = Date.UTC(2022, 0, 1); hi = lo + 365 * DAY; }
    var pad = Math.max(2 * DAY, (hi - lo) * 0.04);
    return [lo - pad, hi + pad];
  }
  function fit() { var x = extent(); view.t0 = x[0]; view.t1 = x[1]; drawTimeline(); }
  function zoom(f, at) {
    var span = view.t1 - view.t0, c = view.t0 + span * at, ns = Math.max(2 * DAY, Math.min(span * f, 200 * 365 * DAY));
    view.t0 = c - ns * at; view.t1 = view.t0 + ns; schedule();
  }
  var pending = false;
  function schedule() { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; drawTimeline(); }); } }

  function lanes() {
    if (state.lane === "type") {
      return DATA.types.filter(function (t) { return !state.off[t]; }).map(function (t) {
        return { key: t, label: t, pick: function (e) { return e.t === t; } };
      });
    }
    var counts = {};
    filtered.forEach(function (e) { e.groups.forEach(function (g) { counts[g] = (counts[g] || 0) + 1; }); });
    var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).slice(0, 18);
    var out = top.map(function (g) {
      return { key: g, label: groupName(g), pick: function (e) { return e.groups.indexOf(g) >= 0; } };
    });
    out.push({ key: "", label: "other / none", pick: function (e) {
      return !e.groups.some(function (g) { return top.indexOf(g) >= 0; });
    } });
    return out;
  }

  function ticks(w) {
    /* One label per ~110px, on calendar boundaries: days, weeks, months or years. */
    var per = (view.t1 - view.t0) / Math.max(1, w / 110), out = [], d, step;
    if (per > 170 * DAY) { step = "y"; var ys = Math.ceil(per / (365 * DAY));
      for (d = new Date(view.t0).getUTCFullYear(); Date.UTC(d, 0, 1) < view.t1; d += ys) out.push(Date.UTC(d, 0, 1));
    } else if (per > 14 * DAY) { step = "m"; var ms = per > 90 * DAY ? 6 : per > 60 * DAY ? 3 : per > 31 * DAY ? 2 : 1;
      var s = new Date(view.t0), y = s.getUTCFullYear(), m = s.getUTCMonth() - (s.getUTCMonth() % ms);
      for (; Date.UTC(y, m, 1) < view.t1; m += ms) out.push(Date.UTC(y, m, 1));
    } else { step = "d"; var ds = per > 7 * DAY ? 14 : per > 2 * DAY ? 7 : per > DAY ? 2 : 1;
      for (d = Math.floor(view.t0 / DAY / ds) * ds * DAY; d < view.t1; d += ds * DAY) out.push(d);
    }
    return { step: step, at: out.filter(function (t) { return t >= view.t0; }) };
  }

  function drawTimeline() {
    var svg = $("timeline");
    var W = svg.clientWidth || 900, L = lanes(), LH = 30, TOP = 26;
    var H = TOP + Math.max(1, L.length) * LH + 6;
    svg.setAttribute("height", H); svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var plotW = W - LABEL_W - 10, span = view.t1 - view.t0;
    function x(t) { return LABEL_W + (t - view.t0) / span * plotW; }
    L.forEach(function (l, i) {
      svg.appendChild(sv("rect", { x: 0, y: TOP + i * LH, width: W, height: LH, "class": "lane-bg" + (i % 2 ? " alt" : "") }));
      var t = sv("text", { x: 8, y: TOP + i * LH + LH / 2 + 4, "class": "lane-label" });
      t.textContent = l.label.length > 22 ? l.label.slice(0, 21) + "…" : l.label; svg.appendChild(t);
    });
    var tk = ticks(plotW);
    tk.at.forEach(function (t) {
      var g = sv("g", { "class": "tick" }), X = x(t);
      g.appendChild(sv("line", { x1: X, x2: X, y1: TOP - 4, y2: H }));
      var tx = sv("text", { x: X + 3, y: 14 }); tx.textContent = fmt(t, tk.step); g.appendChild(tx);
      svg.appendChild(g);
    });
    var marks = sv("g", {}), undated = 0;
    filtered.forEach(function (e) {
      if (e.t0 == null) { undated++; return; }
      if (e.t1 < view.t0 || e.t0 > view.t1) return;
      var x0 = x(e.t0), x1 = x(e.t1);
      for (var li = 0; li < L.length; li++) {
        if (!L[li].pick(e)) continue;
        var jitter = ((e.i * 7) % 3 - 1) * 6, cy = TOP + li * LH + LH / 2 + jitter, m;
        var cls = "mark" + (e.dis ? " disputed" : "") + (state.sel === e.id ? " sel" : "") +
          (e.mod === "negated" || e.mod === "hypothetical" ? " neg" : "");
        if (x1 - x0 > 10 && e.g !== "day") {
          m = sv("rect", { x: x0, y: cy - 5, width: x1 - x0, height: 10, rx: 4, fill: color(e.t), "class": cls, "fill-opacity": 0.55 });
        } else {
          m = sv("circle", { cx: (x0 + x1) / 2, cy: cy, r: 4 + Math.min(4, e.n - 1), fill: color(e.t), "class": cls });
        }
        m.dataset.id = e.id;
        var tt = sv("title", {}); tt.textContent = dateLabel(e) + " · " + e.t + " · " + partiesText(e) +
          " · " + e.n + " source" + (e.n === 1 ? "" : "s") + (e.dis ? " · disputed" : "");
        m.appendChild(tt); marks.appendChild(m);
      }
    });
    svg.appendChild(marks);
    $("undated").textContent = undated ? undated + " undated entr" + (undated === 1 ? "y is" : "ies are") + " listed below but not placed on the timeline." : "";
  }

  function bindTimeline() {
    var svg = $("timeline"), drag = null;
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect(), at = (ev.clientX - r.left - LABEL_W) / (r.width - LABEL_W - 10);
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, Math.max(0, Math.min(1, at)));
    }, { passive: false });
    svg.addEventListener("mousedown", function (ev) {
      drag = { x: ev.clientX, t0: view.t0, t1: view.t1, moved: false }; svg.classList.add("drag");
    });
    window.addEventListener("mousemove", function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x; if (Math.abs(dx) > 3) drag.moved = true;
      var per = (drag.t1 - drag.t0) / (svg.clientWidth - LABEL_W - 10);
      view.t0 = drag.t0 - dx * per; view.t1 = drag.t1 - dx * per; schedule();
    });
    window.addEventListener("mouseup", function (ev) {
      if (!drag) return;
      var moved = drag.moved; drag = null; svg.classList.remove("drag");
      if (!moved && ev.target && ev.target.dataset && ev.target.dataset.id) select(ev.target.dataset.id, true);
    });
  }

  /* ---------- list (virtualised) ---------- */
  function partiesText(e) {
    var names = e.p.map(actorName);
    var s = names.slice(0, 4).join(", ") + (names.length > 4 ? " +" + (names.length - 4) : "");
    return s || "parties unknown";
  }
  function drawList() {
    var box = $("list"), inner = $("list-inner");
    var first = Math.max(0, Math.floor(box.scrollTop / ROW) - 3);
    var last = Math.min(filtered.length, first + Math.ceil(box.clientHeight / ROW) + 6);
    while (inner.firstChild) inner.removeChild(inner.firstChild);
    for (var k = first; k < last; k++) inner.appendChild(row(filtered[k], k));
    if (!filtered.length) inner.appendChild(el("p", "muted", "No entries match the filters."));
  }
  function row(e, k) {
    var r = el("div", "row" + (state.sel === e.id ? " sel" : ""));
    r.style.top = k * ROW + "px"; r.dataset.id = e.id;
    var l1 = el("div", "l1");
    l1.appendChild(el("span", "date", dateLabel(e)));
    var b = el("span", "badge", e.t); b.style.background = color(e.t); l1.appendChild(b);
    if (e.s) l1.appendChild(el("span", "muted small", e.s));
    if (e.mod !== "asserted") l1.appendChild(el("span", "muted small", e.mod));
    if (e.dis) l1.appendChild(el("span", "flag", "⚑ disputed: " + e.dis.map(function (d) { return d.f; }).join(", ")));
    l1.appendChild(el("span", "srcs", e.n + " source" + (e.n === 1 ? "" : "s")));
    r.appendChild(l1);
    var extra = (e.m.length ? " · mediated by " + e.m.map(actorName).join(", ") : "") + (e.loc ? " · " + e.loc : "");
    r.appendChild(el("div", "l2", partiesText(e) + extra + " — " + (e.ev[0] ? e.ev[0].x : "")));
    r.addEventListener("click", function () { select(e.id, false); });
    return r;
  }

  /* ---------- detail ---------- */
  function highlight(text, e) {
    var frag = document.createDocumentFragment(), forms = [];
    var men = e.men || {};
    Object.keys(men).forEach(function (c) { men[c].forEach(function (f) { if (f && f.length > 1) forms.push([f, c]); }); });
    forms.sort(function (a, b) { return b[0].length - a[0].length; });
    var spans = [];
    forms.forEach(function (fc) {
      var from = 0, at;
      while ((at = text.indexOf(fc[0], from)) >= 0) {
        var end = at + fc[0].length;
        if (!spans.some(function (s) { return at < s[1] && end > s[0]; })) spans.push([at, end, fc[1]]);
        from = end;
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    spans.forEach(function (s) {
      frag.appendChild(document.createTextNode(text.slice(pos, s[0])));
      var m = el("mark", null, text.slice(s[0], s[1])); m.title = s[2]; frag.appendChild(m); pos = s[1];
    });
    frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }
  function sourceLine(v) {
    var d = DATA.docs[v.d] || {}, p = el("div", "src");
    p.appendChild(document.createTextNode((d.published || "undated") + " · "));
    if (d.url && /^https?:/i.test(d.url)) {
      var a = el("a", null, d.title || d.url); a.href = d.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      p.appendChild(a);
    } else p.appendChild(document.createTextNode(d.title || "source"));
    return p;
  }
  function select(id, scroll) {
    state.sel = id; var e = byId[id], box = $("detail");
    while (box.firstChild) box.removeChild(box.firstChild);
    var h = el("div", "l1");
    var b = el("span", "badge", e.t); b.style.background = color(e.t); h.appendChild(b);
    h.appendChild(el("strong", null, " " + dateLabel(e)));
    box.appendChild(h);
    var dl = el("dl");
    function item(k, v) { if (!v) return; dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); }
    item("Parties", e.p.map(function (c) { return actorName(c) + " (" + c + ")"; }).join(", "));
    item("Agent", e.a ? actorName(e.a) + " (" + e.a + ")" : "");
    item("Mediators", e.m.map(actorName).join(", "));
    item("Location", e.loc); item("Status", e.s); item("Modality", e.mod);
    item("Date", e.dt ? "“" + e.dt + "” (" + e.g + ")" : "precision: " + e.g);
    item("Sources", e.n + " document" + (e.n === 1 ? "" : "s"));
    box.appendChild(dl);
    if (e.dis) {
      box.appendChild(el("h3", null, "Sources disagree"));
      e.dis.forEach(function (d) {
        var c = el("div", "dispute"); c.appendChild(el("b", null, d.f));
        var ul = el("ul");
        d.v.forEach(function (v) {
          var docs = {}; v.e.forEach(function (k) { docs[e.ev[k].d] = 1; });
          var names = Object.keys(docs).map(function (k) { return (DATA.docs[k] || {}).title; });
          ul.appendChild(el("li", null, v.l + " — " + names.join("; ")));
        });
        c.appendChild(ul); box.appendChild(c);
      });
    }
    box.appendChild(el("h3", null, "Evidence (" + e.ev.length + ")"));
    e.ev.forEach(function (v) {
      var c = el("div", "ev"), q = el("blockquote");
      q.appendChild(highlight(v.x, e)); c.appendChild(q); c.appendChild(sourceLine(v)); box.appendChild(c);
    });
    var k = filtered.indexOf(e);
    if (scroll && k >= 0) $("list").scrollTop = Math.max(0, k * ROW - 2 * ROW);
    drawList(); drawTimeline();
  }

  /* ---------- actor network ---------- */
  function drawNetwork() {
    var svg = $("network"), W = svg.clientWidth || 600, H = 420;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var edges = {}, deg = {};
    function add(a, b, kind) {
      if (a === b) return;
      var k = kind === "neg" ? (a < b ? a + "|" + b : b + "|" + a) + "|neg" : a + "|" + b + "|" + kind;
      edges[k] = (edges[k] || 0) + 1; deg[a] = (deg[a] || 0) + 1; deg[b] = (deg[b] || 0) + 1;
    }
    filtered.forEach(function (e) {
      if (e.mod === "negated" || e.mod === "hypothetical") return;
      var ps = {}; e.p.forEach(function (c) { ps[groupOf(c)] = 1; });
      var ms = {}; e.m.forEach(function (c) { ms[groupOf(c)] = 1; });
      var P = Object.keys(ps).filter(function (g) { return !ms[g]; }), M = Object.keys(ms);
      if (e.t === "obstruction" && e.a) {
        var ag = groupOf(e.a); P.forEach(function (g) { add(ag, g, "obs"); }); return;
      }
      if (["talks", "agreement", "ceasefire", "mediation", "suspension"].indexOf(e.t) >= 0) {
        for (var i = 0; i < P.length; i++) for (var j = i + 1; j < P.length; j++) add(P[i], P[j], "neg");
      }
      M.forEach(function (m) { P.forEach(function (g) { add(m, g, "med"); }); });
    });
    var nodes = Object.keys(deg).sort(function (a, b) { return deg[b] - deg[a] || (a < b ? -1 : 1); }).slice(0, 24);
    if (!nodes.length) { var t = sv("text", { x: 20, y: 30 }); t.textContent = "No interactions among the filtered entries."; svg.appendChild(t); return; }
    var pos = {}, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 50;
    nodes.forEach(function (g, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / nodes.length;
      pos[g] = [cx + R * Math.cos(a), cy + R * Math.sin(a), a];
    });
    var defs = sv("defs", {});
    ["med", "obs"].forEach(function (k) {
      var mk = sv("marker", { id: "arr-" + k, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
      mk.appendChild(sv("path", { d: "M0,0L10,5L0,10z", fill: k === "med" ? "#2e8b57" : "#d92d20" })); defs.appendChild(mk);
    });
    svg.appendChild(defs);
    /* Only the strongest ties: a hairball hides who actually talks to whom. */
    var keys = Object.keys(edges).filter(function (k) { var p = k.split("|"); return pos[p[0]] && pos[p[1]]; })
      .sort(function (a, b) { return edges[b] - edges[a] || (a < b ? -1 : 1); }).slice(0, 60);
    keys.forEach(function (k) {
      var p = k.split("|");
      var a = pos[p[0]], b = pos[p[1]], kind = p[2];
      var ln = sv("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], "class": kind,
        "stroke-width": Math.min(6, 1 + Math.log2(edges[k])), "stroke-opacity": 0.7 });
      if (kind !== "neg") ln.setAttribute("marker-end", "url(#arr-" + kind + ")");
      var tt = sv("title", {}); tt.textContent = groupName(p[0]) + (kind === "neg" ? " ↔ " : kind === "med" ? " mediated for " : " obstructed ") + groupName(p[1]) + " (" + edges[k] + ")";
      ln.appendChild(tt); svg.appendChild(ln);
    });
    var maxd = deg[nodes[0]];
    nodes.forEach(function (g) {
      var p = pos[g], r = 6 + 10 * Math.sqrt(deg[g] / maxd);
      var c = sv("circle", { cx: p[0], cy: p[1], r: r, "class": state.actor === g ? "on" : "" });
      var tt = sv("title", {}); tt.textContent = groupName(g) + " — click to filter"; c.appendChild(tt);
      c.addEventListener("click", function () { state.actor = state.actor === g ? "" : g; $("f-actor").value = state.actor; apply(); });
      svg.appendChild(c);
      var out = Math.cos(p[2]) >= 0, lx = p[0] + (r + 4) * Math.cos(p[2]), ly = p[1] + (r + 4) * Math.sin(p[2]) + 4;
      var t = sv("text", { x: lx, y: ly, "text-anchor": Math.abs(Math.cos(p[2])) < 0.2 ? "middle" : out ? "start" : "end" });
      t.textContent = groupName(g); svg.appendChild(t);
    });
  }

  /* ---------- position matrix ---------- */
  function drawPositions() {
    var box = $("positions");
    while (box.firstChild) box.removeChild(box.firstChild);
    var rows = {}, issues = {};
    DATA.positions.forEach(function (p) {
      var g = groupOf(p.a), t = toT(p.d);
      if (state.actor && g !== state.actor) return;
      if (state.doc && String(p.doc) !== state.doc) return;
      if (state.from != null && t != null && t < state.from) return;
      if (state.to != null && t != null && t >= state.to) return;
      (rows[g] = rows[g] || {}); (rows[g][p.i] = rows[g][p.i] || []).push(p); issues[p.i] = 1;
    });
    var G = Object.keys(rows).sort(function (a, b) { return Object.keys(rows[b]).length - Object.keys(rows[a]).length || (a < b ? -1 : 1); }).slice(0, 30);
    var I = Object.keys(issues).sort();
    if (!G.length) { box.appendChild(el("p", "muted", "No positions for the current filters.")); return; }
    var tb = el("table"), hr = el("tr");
    hr.appendChild(el("th", null, "actor \\ issue"));
    I.forEach(function (i) { hr.appendChild(el("th", null, i.replace(/_/g, " "))); });
    tb.appendChild(hr);
    G.forEach(function (g) {
      var tr = el("tr"); tr.appendChild(el("th", null, groupName(g)));
      I.forEach(function (i) {
        var td = el("td", "cell");
        (rows[g][i] || []).sort(function (a, b) { return (a.d || "9") < (b.d || "9") ? -1 : 1; }).forEach(function (p) {
          var s = el("span", "sq"); s.style.background = STANCE[p.st] || "#98a2b3";
          s.title = (p.d || "undated") + " · " + actorName(p.a) + " " + p.st.replace(/_/g, " ") + " · " + p.x;
          td.appendChild(s);
        });
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    box.appendChild(tb);
  }

  /* ---------- start ---------- */
  var dated = entries.filter(function (e) { return e.t0 != null; });
  var lo = dated.length ? dated.reduce(function (m, e) { return Math.min(m, e.t0); }, Infinity) : null;
  var hi = dated.length ? dated.reduce(function (m, e) { return Math.max(m, e.t1 - DAY); }, -Infinity) : null;
  var disputed = entries.filter(function (e) { return e.dis; }).length;
  $("stats").textContent = entries.length + " entries from " + DATA.docs.length + " sources" +
    (lo != null ? " · " + fmt(lo) + " – " + fmt(hi) : "") + " · " + disputed + " disputed";
  fillSelects(); bind(); bindTimeline();
  var x0 = extent(); view.t0 = x0[0]; view.t1 = x0[1];
  apply();
  document.body.dataset.renderMs = String(Math.round(performance.now() - began));
  document.body.dataset.ready = "1";
})();
