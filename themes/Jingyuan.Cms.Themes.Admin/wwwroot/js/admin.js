// 管理后台: small behaviours, no dependencies.
(function () {
    "use strict";
    // <button data-confirm="确定删除吗？"> or <form data-confirm="…">: ask before submitting.
    document.addEventListener("submit", function (e) {
        var form = e.target;
        var submitter = e.submitter;
        var text = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
        // Forms are novalidate (the server's messages are the ones shown), so a file refused at its field stops the post here.
        var refused = form.querySelector && form.querySelector("input[type=file][aria-invalid=true]");
        if (refused) {
            e.preventDefault();
            refused.focus();
            return;
        }
        if (text && !window.confirm(text)) {
            e.preventDefault();
        }
    }, true);
    // <button data-reveal-url data-reveal-target>: fetch one personal value in clear (audited by the server).
    document.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest("[data-reveal-url]") : null;
        if (!button) { return; }
        var form = button.closest("form");
        var token = form && form.querySelector("input[name=__RequestVerificationToken]");
        var body = new FormData();
        if (token) { body.append("__RequestVerificationToken", token.value); }
        button.disabled = true;
        fetch(button.getAttribute("data-reveal-url"), { method: "POST", body: body, credentials: "same-origin" })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
            .then(function (data) {
                var input = document.getElementById(button.getAttribute("data-reveal-target"));
                if (input) { input.value = data.value; }
                button.remove();
            })
            .catch(function () { button.disabled = false; window.alert(button.getAttribute("data-reveal-error")); });
    });
    // <input type=file data-max-file-bytes data-max-files>: refuse an oversized choice at the field, before
    // a large body is sent only to be cut off by the server's request limit.
    document.addEventListener("change", function (e) {
        var input = e.target;
        if (!input.matches || !input.matches("input[type=file][data-max-file-bytes]")) { return; }
        var max = Number(input.getAttribute("data-max-file-bytes"));
        var maxFiles = Number(input.getAttribute("data-max-files")) || Infinity;
        var message = "";
        var files = Array.prototype.slice.call(input.files || []);
        var big = files.filter(function (f) { return f.size > max; })[0];
        if (big) { message = input.getAttribute("data-too-large").replace("{name}", big.name); }
        else if (files.length > maxFiles) { message = input.getAttribute("data-too-many"); }
        input.setCustomValidity(message);
        input.classList.toggle("is-invalid", message !== "");
        input.setAttribute("aria-invalid", message !== "" ? "true" : "false");
        var error = document.getElementById(input.getAttribute("data-error"));
        if (error) { error.textContent = message; }
    });
    // <input type=checkbox data-check-all="name">: ticks or clears every checkbox of that name on the page.
    document.addEventListener("change", function (e) {
        var all = e.target;
        if (!all.matches || !all.matches("input[type=checkbox][data-check-all]")) { return; }
        document.querySelectorAll("input[type=checkbox][name='" + all.getAttribute("data-check-all") + "']").forEach(function (box) {
            box.checked = all.checked;
        });
    });
    // Move focus to the first invalid field after a failed post, so keyboard and screen-reader users land on it.
    document.addEventListener("DOMContentLoaded", function () {
        var invalid = document.querySelector(".input-validation-error, .is-invalid");
        if (invalid && typeof invalid.focus === "function") {
            invalid.focus();
        }
        // Scrolling table wrappers: reachable by keyboard and named (axe rule scrollable-region-focusable).
        document.querySelectorAll(".table-responsive, .jy-scroll-x").forEach(function (el) {
            if (!el.hasAttribute("tabindex")) { el.setAttribute("tabindex", "0"); }
            if (!el.hasAttribute("role")) { el.setAttribute("role", "region"); }
            if (!el.hasAttribute("aria-label") && !el.hasAttribute("aria-labelledby")) {
                var caption = el.querySelector("caption");
                el.setAttribute("aria-label", caption ? caption.textContent.trim() : (el.getAttribute("data-label") || "表格"));
            }
        });
        // Mark fields the server rejected for assistive technology.
        document.querySelectorAll(".input-validation-error").forEach(function (el) {
            el.setAttribute("aria-invalid", "true");
            el.classList.add("is-invalid");
        });
    });
})();
