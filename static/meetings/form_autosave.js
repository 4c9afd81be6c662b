// Keeps a copy of the meeting form in localStorage while a clerk types, so a closed
// tab, an expired session or a crash loses nothing; offers it back on the next visit.
// Admin media scripts load in <head>: wait for the form to exist.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  const form = document.querySelector("#meeting_form");
  if (!form || !window.localStorage) return;
  const key = "meeting-autosave:" + window.location.pathname;

  function fields() {
    return Array.from(form.elements).filter(
      (el) => el.name && !["csrfmiddlewaretoken", "version"].includes(el.name) && el.type !== "file" && el.type !== "submit"
    );
  }

  function snapshot() {
    const data = {};
    fields().forEach((el) => {
      data[el.name] = el.type === "checkbox" ? el.checked : el.value;
    });
    return data;
  }

  function restore(data) {
    fields().forEach((el) => {
      if (!(el.name in data)) return;
      if (el.type === "checkbox") el.checked = data[el.name];
      else el.value = data[el.name];
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  const initial = JSON.stringify(snapshot());
  const saved = localStorage.getItem(key);
  if (saved && saved !== initial) {
    const bar = document.createElement("div");
    bar.className = "messagelist autosave-offer";
    bar.setAttribute("role", "status");
    bar.innerHTML =
      '<p class="warning">此页有上次未保存的内容。 ' +
      '<button type="button" class="button" data-action="restore">恢复</button> ' +
      '<button type="button" class="button" data-action="discard">丢弃</button></p>';
    form.parentNode.insertBefore(bar, form);
    bar.addEventListener("click", (event) => {
      const action = event.target.dataset.action;
      if (action === "restore") restore(JSON.parse(saved));
      if (action === "discard") localStorage.removeItem(key);
      if (action) bar.remove();
    });
  }

  let timer = null;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => localStorage.setItem(key, JSON.stringify(snapshot())), 500);
  });
  form.addEventListener("submit", () => {
    clearTimeout(timer);
    localStorage.removeItem(key);
  });
});
