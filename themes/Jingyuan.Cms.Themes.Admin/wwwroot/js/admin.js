// 管理后台: small behaviours, no dependencies.
(function () {
    "use strict";
    // <button data-confirm="确定删除吗？"> or <form data-confirm="…">: ask before submitting.
    document.addEventListener("submit", function (e) {
        var form = e.target;
        var submitter = e.submitter;
        var text = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
        if (text && !window.confirm(text)) {
            e.preventDefault();
        }
    }, true);
    // Move focus to the first invalid field after a failed post, so keyboard and screen-reader users land on it.
    document.addEventListener("DOMContentLoaded", function () {
        var invalid = document.querySelector(".input-validation-error, .is-invalid");
        if (invalid && typeof invalid.focus === "function") {
            invalid.focus();
        }
        // Mark fields the server rejected for assistive technology.
        document.querySelectorAll(".input-validation-error").forEach(function (el) {
            el.setAttribute("aria-invalid", "true");
            el.classList.add("is-invalid");
        });
    });
})();
