// The meeting page's entry helpers: rows keep the order they are shown in (drag them, or
// use the arrow keys on their handle); choosing a person fills the titles held on the
// meeting's date; a pasted list of names or agenda lines becomes rows, with new and
// ambiguous names marked; the role of many attendance rows is set at once; a form without
// a chosen file is posted urlencoded.
// Admin media scripts load in <head>: wait for the form to exist.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  const form = document.querySelector("#meeting_form");
  const $ = window.django && window.django.jQuery;
  if (!form || !$) return;
  const panel = document.getElementById("quick-entry");
  const entryUrl = panel ? panel.dataset.entryUrl : null;
  // A final record opens read-only: no handles, pickers or quick entry to change nothing
  // (a handle or a picker there also pushed each row's caption over its values).
  const editable = form.querySelector("[name='title']") !== null;

  // ---- rows of an inline -------------------------------------------------------
  function groupOf(prefix) {
    return document.getElementById(prefix + "-group");
  }

  function rowsOf(prefix) {
    const group = groupOf(prefix);
    if (!group) return [];
    const pattern = new RegExp("^" + prefix + "-\\d+$");
    return Array.from(group.querySelectorAll("[id^='" + prefix + "-']")).filter((el) => pattern.test(el.id));
  }

  function field(row, name) {
    return row.querySelector("[name$='-" + name + "']");
  }

  function renumber(prefix) {
    rowsOf(prefix).forEach((row, index) => {
      const order = field(row, "order");
      if (order && order.value !== String(index)) order.value = String(index);
    });
  }

  function addRow(prefix) {
    const group = groupOf(prefix);
    const total = group.querySelector("[name='" + prefix + "-TOTAL_FORMS']");
    group.querySelector(".add-row a").click();
    return document.getElementById(prefix + "-" + (Number(total.value) - 1));
  }

  // ---- order: handles, dragging and the keyboard ----------------------------------
  let dragged = null;

  function addHandle(row, prefix) {
    if (row.querySelector(".order-handle")) return;
    // A span, not a button: Chromium starts no drag from a button.
    const handle = document.createElement("span");
    handle.setAttribute("role", "button");
    handle.tabIndex = 0;
    handle.className = "order-handle";
    handle.textContent = "⠿";
    handle.title = "拖动调整顺序，或按 ↑ ↓ 键";
    handle.setAttribute("aria-label", "调整顺序（按上下方向键移动本行）");
    handle.draggable = true;
    handle.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
      event.preventDefault();
      const rows = rowsOf(prefix);
      const index = rows.indexOf(row);
      if (event.key === "ArrowUp" && index > 0) rows[index - 1].before(row);
      if (event.key === "ArrowDown" && index < rows.length - 1) rows[index + 1].after(row);
      renumber(prefix);
      handle.focus();
    });
    handle.addEventListener("dragstart", (event) => {
      dragged = row;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.id);
    });
    handle.addEventListener("dragend", () => {
      dragged = null;
      renumber(prefix);
    });
    row.addEventListener("dragover", (event) => {
      if (!dragged || dragged === row || !rowsOf(prefix).includes(dragged)) return;
      event.preventDefault();
      const box = row.getBoundingClientRect();
      if (event.clientY < box.top + box.height / 2) row.before(dragged);
      else row.after(dragged);
    });
    row.addEventListener("drop", (event) => { event.preventDefault(); renumber(prefix); });
    const place = row.querySelector("td.original") || row.querySelector("h3");
    (place || row).prepend(handle);
  }

  const prefixes = Array.from(document.querySelectorAll(".inline-group")).filter(
    (group) => group.querySelector(".ordered-inline") || group.classList.contains("ordered-inline")
  ).map((group) => group.id.replace(/-group$/, ""));

  if (editable) prefixes.forEach((prefix) => rowsOf(prefix).forEach((row) => addHandle(row, prefix)));
  form.addEventListener("submit", () => prefixes.forEach(renumber));

  document.addEventListener("formset:added", (event) => {
    const prefix = event.detail && event.detail.formsetName;
    if (!prefixes.includes(prefix)) return;
    addHandle(event.target, prefix);
    renumber(prefix);
    if (prefix === "attendances") addRowPicker(event.target);
    const year = field(event.target, "year");
    const date = document.getElementById("id_date");
    if (year && !year.value && date && /^\d{4}/.test(date.value)) year.value = date.value.slice(0, 4);
  });

  // ---- titles held on the meeting's date -----------------------------------------
  function lookup(params) {
    const date = document.getElementById("id_date");
    const query = new URLSearchParams(params);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date.value)) query.set("date", date.value);
    return fetch(entryUrl + "?" + query.toString(), { credentials: "same-origin" }).then((r) => r.json());
  }

  function fillTitles(select, titlesName) {
    const row = select.closest("[id]");
    const titles = row && field(row.closest(".form-row, .inline-related") || row, titlesName);
    if (!entryUrl || !titles || titles.value || !select.value) return;
    lookup({ ids: select.value }).then((data) => {
      const found = data.titles && data.titles[select.value];
      if (found && !titles.value) titles.value = found;
    });
  }

  $(document).on("change", "#attendances-group select[name$='-person']", function () { fillTitles(this, "titles"); });
  $(document).on("change", "#agenda_items-group select[name$='-speaker']", function () { fillTitles(this, "speaker_titles"); });

  // ---- choosing rows: the role of many at once -------------------------------------
  function addRowPicker(row) {
    const place = row.querySelector("td.original");
    if (!place || place.querySelector(".row-pick")) return;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "row-pick";
    box.setAttribute("aria-label", "选择本行");
    place.append(box);
  }

  function bulkRoleBar() {
    const group = groupOf("attendances");
    if (!group) return;
    rowsOf("attendances").forEach(addRowPicker);
    const bar = document.createElement("div");
    bar.className = "bulk-role";
    const all = document.createElement("label");
    all.innerHTML = '<input type="checkbox" class="pick-all"> 全选';
    const select = document.createElement("select");
    select.setAttribute("aria-label", "身份");
    const template = document.getElementById("quick-names-role");
    if (template) select.innerHTML = template.innerHTML;
    const apply = document.createElement("button");
    apply.type = "button";
    apply.className = "button";
    apply.textContent = "将勾选的人员设为此身份";
    bar.append(all, select, apply);
    all.querySelector("input").addEventListener("change", (event) => {
      group.querySelectorAll(".row-pick").forEach((box) => { box.checked = event.target.checked; });
    });
    apply.addEventListener("click", () => {
      rowsOf("attendances").forEach((row) => {
        const box = row.querySelector(".row-pick");
        const role = field(row, "role");
        if (box && box.checked && role) role.value = select.value;
      });
    });
    const heading = group.querySelector("fieldset h2");
    if (heading) heading.after(bar);
    else group.prepend(bar);
  }

  // ---- pasted names and agenda -------------------------------------------------------
  function choose(row, name, choice) {
    const select = field(row, name);
    if (!select || !choice) return;
    select.append(new Option(choice.label, choice.id, true, true));
    $(select).trigger("change");
  }

  function mark(row, entry) {
    if (entry.status === "found") return;
    row.classList.add("needs-attention");
    const note = document.createElement("p");
    note.className = "entry-note";
    note.textContent = entry.status === "new"
      ? "新名字“" + entry.name + "”：档案中没有此人，请点“+”新建"
      : "“" + entry.name + "”有同名：" + entry.candidates.join("、") + "，请选择";
    const place = row.querySelector("td.original") || row.querySelector("h3") || row;
    place.append(note);
  }

  function report(entries, what) {
    const out = document.getElementById("quick-entry-report");
    const fresh = entries.filter((e) => e.status === "new").map((e) => e.name);
    const ambiguous = entries.filter((e) => e.status === "ambiguous").map((e) => e.name);
    let text = "已添加 " + entries.length + " 项" + what + "。";
    if (fresh.length) text += "新名字（需新建）：" + fresh.join("、") + "。";
    if (ambiguous.length) text += "同名需选择：" + ambiguous.join("、") + "。";
    out.textContent = text;
  }

  function pasteNames() {
    const text = document.getElementById("quick-names");
    const role = document.getElementById("quick-names-role").value;
    if (!text.value.trim()) return Promise.resolve();
    return lookup({ names: text.value }).then((data) => {
      data.names.forEach((entry) => {
        const row = addRow("attendances");
        choose(row, "person", entry.person);
        field(row, "titles").value = entry.titles;
        field(row, "role").value = role;
        mark(row, entry);
      });
      renumber("attendances");
      report(data.names, "参会人员");
      text.value = "";
    });
  }

  function pasteAgenda() {
    const text = document.getElementById("quick-agenda");
    if (!text.value.trim()) return Promise.resolve();
    return lookup({ agenda: text.value }).then((data) => {
      data.agenda.forEach((entry) => {
        const row = addRow("agenda_items");
        if (entry.kind) field(row, "kind").value = entry.kind;
        choose(row, "speaker", entry.person);
        choose(row, "org", entry.org);
        field(row, "speaker_titles").value = entry.titles;
        field(row, "title").value = entry.title;
        mark(row, entry);
      });
      renumber("agenda_items");
      report(data.agenda, "议程");
      text.value = "";
    });
  }

  // ---- posting -----------------------------------------------------------------
  // The form is multipart for its file inputs; with no file chosen it is sent urlencoded,
  // which the server reads in a fraction of the time (a big meeting posts ~3,000 fields).
  form.addEventListener("submit", () => {
    const files = Array.from(form.querySelectorAll("input[type='file']"));
    if (!files.some((input) => input.files && input.files.length)) {
      form.enctype = "application/x-www-form-urlencoded";
    }
  });

  if (editable && panel && entryUrl) {
    panel.hidden = false;
    document.getElementById("quick-names-add").addEventListener("click", pasteNames);
    document.getElementById("quick-agenda-add").addEventListener("click", pasteAgenda);
  }
  if (editable) bulkRoleBar();
});
