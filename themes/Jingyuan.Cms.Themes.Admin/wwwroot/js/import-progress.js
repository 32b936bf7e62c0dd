// 后台导入进度: polls the job's JSON status and moves the bar; reloads once the job is done,
// so the page shows the result (or every refused cell) as the server renders it.
(function () {
    "use strict";
    var box = document.getElementById("import-progress");
    if (!box || box.getAttribute("data-done") === "true") { return; }
    var bar = box.querySelector(".progress-bar");
    var status = document.getElementById("import-status");
    var url = box.getAttribute("data-status-url");

    function show(s) {
        box.setAttribute("aria-valuenow", String(s.percent));
        bar.style.width = s.percent + "%";
        bar.textContent = s.percent + "%";
        status.textContent = s.text;
    }

    function poll() {
        fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (s) {
                if (!s) { window.setTimeout(poll, 3000); return; }
                show(s);
                if (s.done) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }

    window.setTimeout(poll, 500);
})();
