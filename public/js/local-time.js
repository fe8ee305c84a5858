// The visitor's own time beside a talk's, when their clock differs from the event's. The page is complete without it.
(() => {
  const time = document.querySelector("time[data-local][data-end]");
  if (!time) return;
  const start = new Date(time.dateTime);
  const end = new Date(time.dataset.end);
  const offset = /([+-])(\d\d):(\d\d)$/.exec(time.dateTime);
  const eventOffset = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || -start.getTimezoneOffset() === eventOffset) return;
  const lang = document.documentElement.lang || undefined;
  const clock = { hour: "2-digit", minute: "2-digit" };
  const from = new Intl.DateTimeFormat(lang, { weekday: "short", ...clock }).format(start);
  const to = new Intl.DateTimeFormat(lang, clock).format(end);
  const zone = new Intl.DateTimeFormat(lang, { timeZoneName: "short" }).formatToParts(start).find((part) => part.type === "timeZoneName");
  const line = document.createElement("span");
  line.className = "local-time";
  line.textContent = `${time.dataset.local}: ${from}–${to}${zone ? ` (${zone.value})` : ""}`;
  time.parentElement.append(document.createElement("br"), line);
})();
